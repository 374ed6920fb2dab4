import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { TwitterServiceUpdate } from '../../api/channel-schema';
import { evaluatePost, type PostKind } from '../../lib/filter-rules';
import { twitterLanguages } from '../../lib/languages';
import { TextField } from '../../components/ui/field';
import { TextAreaField } from '../../components/ui/text-area-field';
import styles from './channels.module.css';

const kinds: PostKind[] = ['Tweet', 'Retweet', 'Direct message'];

/** "Test a post": would the Hub source this sample, judged on the form as it is now (unsaved). */
export function PostPreview({ blockedKeywords }: { blockedKeywords: readonly string[] }) {
  const { control } = useFormContext<TwitterServiceUpdate>();
  const rules = useWatch({ control });
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('@customer');
  const [language, setLanguage] = useState('en');
  const [kind, setKind] = useState<PostKind>('Tweet');
  const languageId = useId();
  const verdict = text.trim()
    ? evaluatePost(
        {
          allowAnyLanguage: rules.allowAnyLanguage ?? false,
          languages: rules.languages ?? [],
          keywords: rules.keywords ?? [],
          exclusions: rules.exclusions ?? [],
          blockedKeywords,
          skipRetweets: rules.skipRetweets ?? true,
          handles: rules.handles ?? [],
          useHandlesAsKeywords: rules.useHandlesAsKeywords ?? true,
          messageTypes: {
            private: rules.messageTypes?.private ?? true,
            public: rules.messageTypes?.public ?? true,
          },
        },
        { text, author, language, kind },
      )
    : null;

  return (
    <div className={styles.preview}>
      <p className={styles.help}>
        Type a sample post to see whether the Hub would source it with the settings on this page,
        before you save. Rules: the kind needs Public (tweets, retweets) or Private (direct
        messages), and Skip Retweets drops retweets; the language must be one of the Languages; a
        tweet needs an active keyword or a mention of a handle; a keyword matches when each of its
        words appears whole, in any order, ignoring case but not accents, and #tags or @names match
        only themselves; an exclusion drops the post, unless it mentions a handle while handles are
        not used as keywords.
      </p>
      <TextAreaField
        label="Sample post"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className={styles.inline}>
        <TextField
          label="Author"
          value={author}
          onChange={(event) => setAuthor(event.target.value)}
        />
        <div className={styles.form}>
          <label htmlFor={languageId}>
            <strong>Post language</strong>
          </label>
          <select
            id={languageId}
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
          >
            {twitterLanguages().map(({ code, name }) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className={styles.group}>
        <legend>Kind</legend>
        <div className={styles.inline}>
          {kinds.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="sample-kind"
                checked={kind === option}
                onChange={() => setKind(option)}
              />{' '}
              {option}
            </label>
          ))}
        </div>
      </fieldset>
      <div role="status" aria-live="polite">
        {verdict ? (
          <p className={verdict.sourced ? styles.verdictYes : styles.verdictNo}>
            <strong>{verdict.sourced ? 'Would be sourced' : 'Would not be sourced'}</strong> (rule{' '}
            {verdict.rule}): {verdict.reason}
          </p>
        ) : (
          <p className={styles.help}>Type a sample post to see the answer.</p>
        )}
      </div>
    </div>
  );
}
