/** The hosts the setup guide asks firewalls to allow, for attachments to reach DMS. */
export const networkAllowlist = [
  {
    title: 'Attachment storage (Amazon S3, eu-west-1)',
    hosts: [
      '*.s3.eu-west-1.amazonaws.com',
      '*.s3-eu-west-1.amazonaws.com',
      '*.s3.dualstack.eu-west-1.amazonaws.com',
      '*.s3-control.eu-west-1.amazonaws.com',
      '*.s3-control.dualstack.eu-west-1.amazonaws.com',
    ],
  },
  {
    title: 'Twitter',
    hosts: [
      'twitter.com',
      '*.twitter.com',
      'twimg.com',
      '*.twimg.com',
      'twtr.net',
      '*.twtr.net',
      'twtr.com',
      '*.twtr.com',
      'abs.twimg.com',
      '*.abs.twimg.com',
    ],
  },
  {
    title: 'Facebook',
    hosts: ['*.facebook.com', '*.facebook.net', '*.fbcdn.net', '*.fbstatic.com', '*.akamaihd.net'],
  },
] as const;
