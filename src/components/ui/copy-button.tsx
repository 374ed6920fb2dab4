import { useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { Button } from './button';
import styles from './copy-button.module.css';

type CopyButtonProps = {
  value: string;
  /** What is copied, for the button's name: "Copy <what>". */
  what: string;
};

export function CopyButton({ value, what }: CopyButtonProps) {
  const [result, setResult] = useState<'copied' | 'refused' | null>(null);
  return (
    <span className={styles.wrap}>
      <Button
        className={styles.button}
        onClick={async () => {
          setResult((await copyText(value)) ? 'copied' : 'refused');
        }}
      >
        Copy<span className="visually-hidden"> {what}</span>
      </Button>
      <span role="status" className={result === 'refused' ? styles.refused : styles.copied}>
        {result === 'copied' ? 'Copied' : null}
        {result === 'refused'
          ? 'The browser refused to copy. Select the value and copy it by hand.'
          : null}
      </span>
    </span>
  );
}
