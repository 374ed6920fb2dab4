import { useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { Button } from './button';
import { TooltipButton } from './tooltip-button';
import styles from './copy-button.module.css';

type CopyButtonProps = {
  value: string;
  /** What is copied, for the button's name: "Copy <what>". */
  what: string;
};

type CopyResult = 'copied' | 'refused' | null;

function useCopy(value: string) {
  const [result, setResult] = useState<CopyResult>(null);
  return {
    result,
    copy: async () => setResult((await copyText(value)) ? 'copied' : 'refused'),
  };
}

function CopyStatus({ result }: { result: CopyResult }) {
  return (
    <span role="status" className={result === 'refused' ? styles.refused : styles.copied}>
      {result === 'copied' ? 'Copied' : null}
      {result === 'refused'
        ? 'The browser refused to copy. Select the value and copy it by hand.'
        : null}
    </span>
  );
}

export function CopyButton({ value, what }: CopyButtonProps) {
  const { result, copy } = useCopy(value);
  return (
    <span className={styles.wrap}>
      <Button size="small" onClick={() => void copy()}>
        Copy<span className="visually-hidden"> {what}</span>
      </Button>
      <CopyStatus result={result} />
    </span>
  );
}

/**
 * A copy icon for values shown shortened in a list: its name ("Copy Channel ID of Acme") shows
 * as a tooltip, with the whole value under it.
 */
export function CopyIconButton({ value, what }: CopyButtonProps) {
  const { result, copy } = useCopy(value);
  return (
    <span className={styles.wrap}>
      <TooltipButton label={`Copy ${what}`} detail={value} onClick={() => void copy()}>
        <svg aria-hidden="true" viewBox="0 0 16 16">
          <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" />
          <path
            d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5"
            fill="none"
            stroke="currentColor"
          />
        </svg>
      </TooltipButton>
      <CopyStatus result={result} />
    </span>
  );
}
