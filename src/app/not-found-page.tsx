import { Link } from 'react-router';
import { PublicPage } from '../components/ui/public-page';

export function NotFoundPage() {
  return (
    <PublicPage title="Page not found">
      <p>
        There is no page at this address. Check the link, or go to{' '}
        <Link to="/channels">My Channels</Link>.
      </p>
    </PublicPage>
  );
}
