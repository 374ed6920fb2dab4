import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from './button';
import styles from './url-list-controls.module.css';

/** Sets or removes one URL parameter; any change but paging goes back to page 1. */
export function useUrlParam() {
  const [, setSearch] = useSearchParams();
  return (name: string, value: string | undefined, options?: { replace?: boolean }) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: options?.replace ?? false },
    );
}

/** A search box whose text reaches the URL (`q`) once typing pauses, so views can be shared. */
export function UrlSearchField({ label, placeholder }: { label: string; placeholder: string }) {
  const [search] = useSearchParams();
  const current = search.get('q') ?? '';
  const [text, setText] = useState(current);
  const setParam = useUrlParam();

  useEffect(() => {
    const timer = setTimeout(() => {
      if (current !== text.trim()) setParam('q', text.trim() || undefined, { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, current, setParam]);

  return (
    <label className={styles.filter}>
      {label}
      <input
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
      />
    </label>
  );
}

type Option = { value: string; label: string };

/** A select bound to one URL parameter; the empty option removes it. */
export function UrlSelect({
  label,
  name,
  options,
  emptyLabel,
}: {
  label: string;
  name: string;
  options: readonly Option[];
  emptyLabel?: string;
}) {
  const [search] = useSearchParams();
  const setParam = useUrlParam();
  const id = useId();
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={search.get(name) ?? ''}
        onChange={(event) => setParam(name, event.target.value || undefined)}
      >
        {emptyLabel ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Reads a positive page number from the URL. */
export function readPage(search: URLSearchParams) {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

export function Pagination({
  page,
  pageSize,
  total,
  noun,
}: {
  page: number;
  pageSize: number;
  total: number;
  noun: string;
}) {
  const setParam = useUrlParam();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className={styles.pagination} aria-label={`Pages of ${noun}`}>
      <Button disabled={page <= 1} onClick={() => setParam('page', String(page - 1))}>
        Previous page
      </Button>
      <span>
        Page {page} of {pages} · {total} {noun}
      </span>
      <Button disabled={page >= pages} onClick={() => setParam('page', String(page + 1))}>
        Next page
      </Button>
    </nav>
  );
}
