import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Channel, ChannelUpdate } from '../../api/channel-schema';
import { missingForActive } from '../../api/channel-rules';
import { describeWhoMay } from '../../api/permissions';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ChannelConfigActions } from './channel-config-actions';
import { ChannelHistory } from './channel-history';
import { ChannelSection, scrollBehavior, SectionNav } from './channel-section';
import { CommonFields } from './common-fields';
import { DeleteChannelDialog } from './delete-channel-dialog';
import { SaveProblemAlert } from './save-problem';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { useChannelSave } from './use-channel-save';
import styles from './channels.module.css';

type FrameProps<Values extends ChannelUpdate & FieldValues> = {
  channel: Channel;
  form: UseFormReturn<Values>;
  readOnly: boolean;
  mayDelete: boolean;
  /** The guide's button for this type: "Update and Proceed" or "Update". */
  submitLabel: string;
  /** Where "Update and Proceed" leads once saved; "Update" beside it saves and stays. */
  proceedTo?: string;
  /** The type's own sections of the form, after General. */
  children?: ReactNode;
  /** Sections that are not part of the form (a provider login), after the form's sections. */
  after?: ReactNode;
};

/**
 * The Update Channel page around a type's own sections: one scrolling page with a section
 * navigation, General first and the Danger zone last, and a sticky bar with the save buttons.
 */
export function ChannelFormFrame<Values extends ChannelUpdate & FieldValues>({
  channel,
  form,
  readOnly,
  mayDelete,
  submitLabel,
  proceedTo,
  children,
  after,
}: FrameProps<Values>) {
  const navigate = useNavigate();
  const save = useChannelSave(channel, form);
  const [deleting, setDeleting] = useState(false);
  // Which submit button was pressed; Enter in a field presses the first one.
  const proceedRef = useRef(true);
  const formId = useId();
  const sectionsRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  // Counts the saves after which the page stayed: each leads the reader to its problem, if any.
  const [stayedSaves, setStayedSaves] = useState(0);
  const missing = missingForActive(channel);
  const dirty = form.formState.isDirty;

  useEffect(() => {
    if (stayedSaves > 0) showFirstProblem(sectionsRef.current, problemRef.current);
  }, [stayedSaves]);

  return (
    <FormProvider {...form}>
      <div className={styles.editor}>
        <SectionNav container={sectionsRef} />
        <div ref={sectionsRef} className={styles.sections}>
          {readOnly ? (
            <Alert tone="info">
              Your role can read this channel. {describeWhoMay('channel:update')} can change it.
            </Alert>
          ) : null}
          {channel.status === 'Suspended' && missing.length > 0 && !readOnly ? (
            <Alert tone="info" title="Before this channel can be Active">
              <ul>
                {missing.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {/* Why the last save did not go through, at the top, where a refused save leads. */}
          <div ref={problemRef} tabIndex={-1} className={styles.problem}>
            <SaveProblemAlert
              conflict={save.conflict}
              missing={save.missing}
              message={save.formMessage}
              onReloadTheirs={() => void save.reloadTheirs()}
              onOverwrite={() => void save.overwrite()}
            />
          </div>
          <form
            id={formId}
            className={styles.formSections}
            noValidate
            onSubmit={async (event) => {
              await save.submit(proceedRef.current ? proceedTo : undefined)(event);
              // Still here with something to fix: the field, or the save's problem, is shown.
              if (!save.leavingRef.current) setStayedSaves((count) => count + 1);
            }}
          >
            <CommonFields channel={channel} readOnly={readOnly} />
            {children}
          </form>
          {after}
          {/* Sections that only show the channel, before the Danger zone. */}
          <ChannelConfigActions channel={channel} />
          <ChannelHistory channel={channel} />
          {mayDelete ? (
            <ChannelSection id="danger-zone" title="Danger zone" tone="danger">
              <div className={styles.dangerRow}>
                <p className={styles.help}>
                  Deleting the channel removes its configuration from the Hub; DMS stops receiving
                  its messages. It cannot be undone.
                </p>
                <Button variant="danger" onClick={() => setDeleting(true)}>
                  Delete channel
                </Button>
              </div>
            </ChannelSection>
          ) : null}
          {readOnly ? null : (
            <div className={styles.actionBar} role="region" aria-label="Save changes">
              <p className={styles.saveState} aria-live="polite">
                {save.waitingForNetwork ? (
                  <span className={styles.warningText}>
                    You are offline. The save is kept and will be sent when the connection is back.
                  </span>
                ) : dirty ? (
                  <span className={styles.dirty}>Unsaved changes</span>
                ) : save.saved ? (
                  <span className={styles.savedText}>Saved.</span>
                ) : null}
              </p>
              <div className={styles.barActions}>
                <Button
                  type="submit"
                  form={formId}
                  variant="primary"
                  pending={save.pending}
                  onClick={() => (proceedRef.current = true)}
                >
                  {submitLabel}
                </Button>
                {proceedTo ? (
                  <Button
                    type="submit"
                    form={formId}
                    disabled={save.pending}
                    onClick={() => (proceedRef.current = false)}
                  >
                    Update
                  </Button>
                ) : null}
              </div>
            </div>
          )}
        </div>
      </div>
      <UnsavedChangesGuard dirty={dirty && !save.pending} leavingRef={save.leavingRef} />
      {deleting ? (
        <DeleteChannelDialog
          channel={channel}
          onCancel={() => setDeleting(false)}
          onDeleted={() => {
            // The channel is gone: its unsaved changes have nothing left to be saved to.
            save.leaveOnPurpose();
            void navigate('/channels', { replace: true });
          }}
        />
      ) : null}
    </FormProvider>
  );
}

/**
 * After a refused save: the first field in error, in the order of the page (however far up),
 * else the save's problem, is scrolled to and focused. A group in error (`data-invalid`) gives
 * its first control.
 */
function showFirstProblem(sections: HTMLElement | null, problem: HTMLElement | null) {
  const invalid = sections?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
  const target =
    invalid && !invalid.matches('[aria-invalid="true"]')
      ? (invalid.querySelector<HTMLElement>(
          '[aria-invalid="true"], input:not([type="hidden"]), select, textarea, button',
        ) ?? invalid)
      : (invalid ?? (problem?.childElementCount ? problem : null));
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
}
