import { useRef, useState, type ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Channel, ChannelUpdate } from '../../api/channel-schema';
import { missingForActive } from '../../api/channel-rules';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ChannelConfigActions } from './channel-config-actions';
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
  /** The guide's button for this type: "Update and Proceed" or "Update". */
  submitLabel: string;
  /** Where "Update and Proceed" leads once saved; "Update" beside it saves and stays. */
  proceedTo?: string;
  children?: ReactNode;
};

/** The Update Channel page around a type's own fields: save, problems, guard, delete. */
export function ChannelFormFrame<Values extends ChannelUpdate & FieldValues>({
  channel,
  form,
  readOnly,
  submitLabel,
  proceedTo,
  children,
}: FrameProps<Values>) {
  const navigate = useNavigate();
  const save = useChannelSave(channel, form);
  const [deleting, setDeleting] = useState(false);
  // Which submit button was pressed; Enter in a field presses the first one.
  const proceedRef = useRef(true);
  const missing = missingForActive(channel);
  const dirty = form.formState.isDirty;
  return (
    <FormProvider {...form}>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => save.submit(proceedRef.current ? proceedTo : undefined)(event)}
      >
        {readOnly ? (
          <Alert tone="info">Your role can read this channel. An Admin changes it.</Alert>
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
        <CommonFields channel={channel} readOnly={readOnly} />
        {children}
        <SaveProblemAlert
          conflict={save.conflict}
          missing={save.missing}
          message={save.formMessage}
          onReloadTheirs={() => void save.reloadTheirs()}
          onOverwrite={() => void save.overwrite()}
        />
        <div aria-live="polite">
          {save.saved && !dirty ? <Alert tone="success">Saved.</Alert> : null}
          {save.waitingForNetwork ? (
            <Alert tone="warning">
              You are offline. The save is kept and will be sent when the connection is back.
            </Alert>
          ) : null}
        </div>
        {readOnly ? null : (
          <div className={styles.actions}>
            <Button
              type="submit"
              variant="primary"
              pending={save.pending}
              onClick={() => (proceedRef.current = true)}
            >
              {submitLabel}
            </Button>
            {proceedTo ? (
              <Button
                type="submit"
                disabled={save.pending}
                onClick={() => (proceedRef.current = false)}
              >
                Update
              </Button>
            ) : null}
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete channel
            </Button>
            {dirty ? <span className={styles.help}>Unsaved changes</span> : null}
          </div>
        )}
      </form>
      <ChannelConfigActions channel={channel} />
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
