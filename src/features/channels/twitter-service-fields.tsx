import { useQuery } from '@tanstack/react-query';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { channelQueries } from '../../api/channel-api';
import {
  KEYWORD_BLOCK_DAYS,
  KEYWORD_SPIKE_PER_MINUTE,
  ENTRY_MAX_CHARACTERS,
  HANDLE_PATTERN,
  LIST_MAX_ENTRIES,
  RPC_CACHE_TIMEOUT_MAX,
  type TwitterServiceChannel,
  type TwitterServiceUpdate,
} from '../../api/channel-schema';
import { COMPLIANCE_EVENTS_WARNING } from '../../api/channel-config';
import { authorizedHandleKeys } from '../../api/channel-rules';
import { ChipInput } from '../../components/ui/chip-input';
import { TextField } from '../../components/ui/field';
import { CheckboxField } from '../../components/ui/checkbox-field';
import { Switch } from '../../components/ui/switch';
import { entryKey, sameEntry } from '../../lib/entry';
import { countCharacters } from '../../lib/text-rules';
import { broadKeywordWarning } from '../../lib/keyword-warnings';
import { toTwitterLanguageCode, twitterLanguages } from '../../lib/languages';
import { MultiCombobox, type ComboOption } from '../../components/ui/multi-combobox';
import { formatDateTime, groupDigits } from '../../lib/format';
import { ChannelSection } from './channel-section';
import { PostPreview } from './post-preview';
import styles from './channels.module.css';

const entryRule = (entry: string) =>
  countCharacters(entry) > ENTRY_MAX_CHARACTERS
    ? `more than ${ENTRY_MAX_CHARACTERS} characters`
    : null;

const keywordWarnings = new Map<string, string | null>();
function keywordWarning(entry: string) {
  if (!keywordWarnings.has(entry)) {
    if (keywordWarnings.size > 10_000) keywordWarnings.clear();
    const warning = broadKeywordWarning(entry);
    keywordWarnings.set(entry, warning ? `${warning}: may source unrelated posts.` : null);
  }
  return keywordWarnings.get(entry) ?? null;
}

function toHandle(entry: string) {
  return entry.startsWith('@') ? entry : `@${entry}`;
}

let languageOptionList: ComboOption[] | undefined;
/** X's languages as options, named in the reader's language; built on first use and kept. */
const languageOptions = () =>
  (languageOptionList ??= twitterLanguages().map(({ code, name }) => ({
    value: code,
    label: `${name} (${code})`,
  })));

/** A language answers its name or its code, and the current codes X keeps old ones for (he, id). */
function languageMatches(option: ComboOption, query: string) {
  const wanted = query.trim().toLowerCase();
  return (
    option.value === toTwitterLanguageCode(wanted) || option.label.toLowerCase().includes(wanted)
  );
}

/** Languages, Keywords, Exclusions, handles, RPC cache timeout and message types. */
export function TwitterServiceFields({
  channel,
  readOnly,
}: {
  channel: TwitterServiceChannel;
  readOnly: boolean;
}) {
  const {
    control,
    register,
    setValue,
    formState: { errors },
  } = useFormContext<TwitterServiceUpdate>();
  const [allowAny, handles, complianceEvents, doNotStore] = useWatch({
    control,
    name: [
      'allowAnyLanguage',
      'handles',
      'messageTypes.complianceEvents',
      'doNotStorePersonalData',
    ],
  });
  const accounts = useQuery(channelQueries.ofType('Twitter:Account'));
  const authorizedHandles = authorizedHandleKeys(accounts.data?.items ?? []);
  return (
    <>
      <ChannelSection id="listening-rules" title="Listening rules" disabled={readOnly}>
        <fieldset
          className={styles.group}
          disabled={readOnly}
          data-invalid={errors.languages ? true : undefined}
        >
          <legend>Languages</legend>
          <Switch label="Allow any language" {...register('allowAnyLanguage')} />
          {allowAny ? null : (
            <Controller
              control={control}
              name="languages"
              render={({ field }) => (
                <MultiCombobox
                  label="Languages"
                  options={languageOptions()}
                  value={field.value}
                  onChange={field.onChange}
                  matches={languageMatches}
                  placeholder="Name or code, e.g. French or fr"
                  emptyText="X filters on no language by that name or code."
                  disabled={readOnly}
                  error={errors.languages?.message}
                />
              )}
            />
          )}
        </fieldset>

        <Controller
          control={control}
          name="keywords"
          render={({ field, fieldState }) => (
            <ChipInput
              label="Keywords"
              fileName={`${channel.name} keywords`}
              values={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              maxEntries={LIST_MAX_ENTRIES}
              validateEntry={(entry) => {
                const block = channel.blockedKeywords.find((candidate) =>
                  sameEntry(candidate.keyword, entry),
                );
                return block
                  ? `blocked after a traffic spike; it can be added back from ${formatDateTime(block.blockedUntil)}`
                  : entryRule(entry);
              }}
              warningFor={keywordWarning}
              warningHelpHref="#keyword-best-practices"
              error={fieldState.error?.message}
              description={
                readOnly
                  ? undefined
                  : 'Words, phrases, #hashtags and @mentions to source. Enter or Tab adds; paste a comma- or line-separated list to add many.'
              }
            />
          )}
        />
        {channel.blockedKeywords.length > 0 ? (
          <div className={styles.group} role="group" aria-labelledby="blocked-heading">
            <h3 id="blocked-heading" className={styles.subheading}>
              Blocked keywords
            </h3>
            <p className={styles.help}>
              The Hub removed these after their traffic passed {KEYWORD_SPIKE_PER_MINUTE} tweets a
              minute.
            </p>
            <ul>
              {channel.blockedKeywords.map((block) => (
                <li key={block.keyword}>
                  “{block.keyword}”: can be added back from {formatDateTime(block.blockedUntil)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <KeywordBestPractices />
        <Controller
          control={control}
          name="exclusions"
          render={({ field, fieldState }) => (
            <ChipInput
              label="Exclusions"
              fileName={`${channel.name} exclusions`}
              values={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              maxEntries={LIST_MAX_ENTRIES}
              validateEntry={entryRule}
              error={fieldState.error?.message}
              description="Posts that contain any of these are not sourced."
            />
          )}
        />
        <fieldset className={styles.group} disabled={readOnly}>
          <legend>Skip Retweets</legend>
          <Controller
            control={control}
            name="skipRetweets"
            render={({ field }) => (
              <div className={styles.inline}>
                <label>
                  <input type="radio" checked={field.value} onChange={() => field.onChange(true)} />{' '}
                  Yes
                </label>
                <label>
                  <input
                    type="radio"
                    checked={!field.value}
                    onChange={() => field.onChange(false)}
                  />{' '}
                  No
                </label>
              </div>
            )}
          />
        </fieldset>
      </ChannelSection>
      <ChannelSection id="handles" title="Handles" disabled={readOnly}>
        <Controller
          control={control}
          name="handles"
          render={({ field, fieldState }) => (
            <ChipInput
              label="Twitter Handle(s)"
              values={field.value}
              onChange={(next) => {
                field.onChange(next);
                if (next.length === 1)
                  setValue('defaultReplyHandle', next[0] ?? null, { shouldDirty: true });
                if (next.length === 0) setValue('defaultReplyHandle', null, { shouldDirty: true });
              }}
              onBlur={field.onBlur}
              maxEntries={LIST_MAX_ENTRIES}
              normalize={toHandle}
              validateEntry={(entry) =>
                HANDLE_PATTERN.test(entry) ? null : 'a handle is @ and 1 to 15 letters, digits or _'
              }
              warningFor={(entry) =>
                accounts.isSuccess && !authorizedHandles.has(entryKey(entry))
                  ? 'No authorized Twitter:Account channel'
                  : null
              }
              error={fieldState.error?.message}
              description={
                readOnly ? undefined : 'The handles this channel answers for, such as @Acme.'
              }
            />
          )}
        />
        {handles.length >= 2 ? (
          <label className={styles.form}>
            <strong>Default reply handle</strong>
            {/* Controlled: a select that appears with a second handle shows the default kept. */}
            <Controller
              control={control}
              name="defaultReplyHandle"
              render={({ field }) => (
                <select
                  ref={field.ref}
                  name={field.name}
                  value={field.value ?? ''}
                  onChange={(event) => field.onChange(event.target.value || null)}
                  onBlur={field.onBlur}
                  disabled={readOnly}
                  aria-invalid={errors.defaultReplyHandle ? true : undefined}
                >
                  <option value="">Choose a handle</option>
                  {handles.map((handle) => (
                    <option key={handle}>{handle}</option>
                  ))}
                </select>
              )}
            />
            {errors.defaultReplyHandle ? (
              <span className={styles.error}>{errors.defaultReplyHandle.message}</span>
            ) : null}
          </label>
        ) : handles.length === 1 ? (
          <p>
            <strong>Default reply handle</strong>: {handles[0]}
          </p>
        ) : null}
        <Switch
          label="Use the specified handles as keywords"
          disabled={readOnly}
          {...register('useHandlesAsKeywords')}
        />
      </ChannelSection>
      <ChannelSection id="delivery-and-privacy" title="Delivery and privacy" disabled={readOnly}>
        <TextField
          label="RPC cache timeout"
          type="number"
          min={0}
          max={RPC_CACHE_TIMEOUT_MAX}
          step={1}
          inputMode="numeric"
          className={styles.number}
          readOnly={readOnly}
          description={`Whole seconds, 0 to ${groupDigits(RPC_CACHE_TIMEOUT_MAX)}; 0 turns the cache off. Chatbots want a small value or 0.`}
          error={errors.rpcCacheTimeout?.message}
          {...register('rpcCacheTimeout', { valueAsNumber: true })}
        />
        <MessageTypes
          readOnly={readOnly}
          third={{ name: 'complianceEvents', label: 'Compliance Events' }}
        />
        {complianceEvents === false ? (
          <p role="alert" className={styles.error}>
            {COMPLIANCE_EVENTS_WARNING}
          </p>
        ) : null}
        <Switch
          label="Do not store personal data"
          disabled={readOnly}
          {...register('doNotStorePersonalData')}
        />
        {doNotStore ? (
          <p className={styles.help}>
            This applies from now on; data stored before is not removed.
          </p>
        ) : null}
      </ChannelSection>
      <ChannelSection id="test-a-post" title="Test a post">
        <PostPreview blockedKeywords={channel.blockedKeywords.map((block) => block.keyword)} />
      </ChannelSection>
    </>
  );
}

type MessageTypeValues = {
  messageTypes: {
    private: boolean;
    public: boolean;
    complianceEvents?: boolean;
    adsInteractions?: boolean;
  };
};

/** Queue Message Type: Private and Public, and the type's third kind. */
export function MessageTypes({
  readOnly,
  third,
}: {
  readOnly: boolean;
  third: { name: 'complianceEvents' | 'adsInteractions'; label: string };
}) {
  const {
    register,
    formState: { errors },
  } = useFormContext<MessageTypeValues>();
  return (
    <fieldset
      className={styles.group}
      disabled={readOnly}
      data-invalid={errors.messageTypes?.message ? true : undefined}
    >
      <legend>Queue Message Type</legend>
      <CheckboxField label="Private" {...register('messageTypes.private')} />
      <CheckboxField label="Public" {...register('messageTypes.public')} />
      <CheckboxField label={third.label} {...register(`messageTypes.${third.name}`)} />
      {errors.messageTypes?.message ? (
        <p className={styles.error}>{errors.messageTypes.message}</p>
      ) : null}
    </fieldset>
  );
}

function KeywordBestPractices() {
  return (
    <details id="keyword-best-practices" className={styles.group}>
      <summary>Best practices for keywords</summary>
      <ul>
        <li>
          Check each keyword on X's search first: only keywords whose results are relevant belong
          here.
        </li>
        <li>
          Avoid single common words, very short terms, generic hashtags (#awesome, #iphone) and
          generic banking words (savings account, overdraft, #balance): they source floods of
          unrelated posts.
        </li>
        <li>
          Avoid ambiguous names: #United brings posts about the United Nations, the United States
          and Manchester United. Prefer a specific phrase, such as the full company name.
        </li>
        <li>
          A keyword whose traffic passes {KEYWORD_SPIKE_PER_MINUTE} tweets a minute is removed by
          the Hub and blocked for {KEYWORD_BLOCK_DAYS} days.
        </li>
      </ul>
    </details>
  );
}
