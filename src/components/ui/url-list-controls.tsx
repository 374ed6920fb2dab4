import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatCount, formatNumber, type Noun } from '../../lib/format';
import { PAGE_SIZE } from '../../api/page-schema';
import { Alert } from './alert';
import { LoadFailed } from './list-page';
import { Button } from './button';
import styles from './url-list-controls.module.css';

/** Sets or removes one URL parameter; any change but paging goes back to page 1. */
function useUrlParam() {
  const [, setSearch] = useSearchParams();
  return useCallback(
    (name: string, value: string | undefined, options?: { replace?: boolean }) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          if (name !== 'page') next.delete('page');
          return next;
        },
        { replace: options?.replace ?? false },
      ),
    [setSearch],
  );
}

/**
 * The list search. What is typed drives the list at once (each superseded request is cancelled),
 * so results follow the last keystroke without a debounce; the URL (`q`) follows once typing
 * pauses, so views can be shared without writing history on every key. When the URL changes from
 * elsewhere (Back, a link), the box follows it.
 */
export function useListSearch() {
  const [search] = useSearchParams();
  const urlText = search.get('q') ?? '';
  const [text, setText] = useState(urlText);
  const [seenUrlText, setSeenUrlText] = useState(urlText);
  if (urlText !== seenUrlText) {
    setSeenUrlText(urlText);
    if (urlText !== text.trim()) setText(urlText);
  }
  const setParam = useUrlParam();
  const q = text.trim();

  useEffect(() => {
    if (q === urlText) return;
    const timer = setTimeout(() => setParam('q', q || undefined, { replace: true }), URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, urlText, setParam]);

  return {
    text,
    setText,
    q: q || undefined,
    /** The typed search is not in the URL yet: the URL's page belongs to the old search. */
    ahead: q !== urlText,
  };
}

const URL_DELAY_MS = 300;

export function SearchField({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className={styles.filter}>
      {label}
      <input
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/**
 * A column header that sorts the list by its column: a button inside the header, the order kept
 * in the URL's `sort` like the Sort select's, and `aria-sort` saying how the list is sorted now.
 */
export function SortHeader({
  label,
  current,
  ascending,
  descending,
  firstDescending = false,
}: {
  label: string;
  /** The list's order now, default included. */
  current: string;
  /** The `sort` values of this column, by direction; a column may sort one way only. */
  ascending?: string;
  descending?: string;
  /** Newest first reads better for dates: the first press sorts descending. */
  firstDescending?: boolean;
}) {
  const setParam = useUrlParam();
  const direction =
    current === ascending ? 'ascending' : current === descending ? 'descending' : undefined;
  const first = firstDescending ? (descending ?? ascending) : (ascending ?? descending);
  const next =
    direction === 'ascending'
      ? (descending ?? ascending)
      : direction === 'descending'
        ? (ascending ?? descending)
        : first;
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className={styles.sortButton} onClick={() => setParam('sort', next)}>
        {label}
        <svg aria-hidden="true" viewBox="0 0 16 16" data-direction={direction ?? 'none'}>
          <path className={styles.up} d="M5 6.5l3-3 3 3" />
          <path className={styles.down} d="M5 9.5l3 3 3-3" />
        </svg>
      </button>
    </th>
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

function Pagination({
  page,
  pageSize,
  total,
  noun,
}: {
  page: number;
  pageSize: number;
  total: number;
  noun: Noun;
}) {
  const setParam = useUrlParam();
  const pages = lastPage(total, pageSize);
  return (
    <nav className={styles.pagination} aria-label={`Pages of ${noun.other}`}>
      <Button disabled={page <= 1} onClick={() => setParam('page', String(page - 1))}>
        Previous page
      </Button>
      <span>
        Page {formatNumber(page)} of {formatNumber(pages)} · {formatCount(total, noun)}
      </span>
      <Button disabled={page >= pages} onClick={() => setParam('page', String(page + 1))}>
        Next page
      </Button>
    </nav>
  );
}

const lastPage = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/**
 * What a page past the last one shows (an old link, or a list that shrank): not the empty
 * list's message, since the list is not empty, but the way to its last page.
 */
function PastLastPage({ total, pageSize, noun }: { total: number; pageSize: number; noun: Noun }) {
  const [search] = useSearchParams();
  const last = new URLSearchParams(search);
  last.set('page', String(lastPage(total, pageSize)));
  return (
    <Alert tone="info" title={`No ${noun.other} on this page`}>
      <p>
        The list has {formatCount(total, noun)}.{' '}
        <Link to={{ search: `?${last.toString()}` }}>
          Go to the last page, page {formatNumber(lastPage(total, pageSize))}
        </Link>
      </p>
    </Alert>
  );
}

type Page<Item> = { items: Item[]; total: number };

/**
 * A paged list's body in each of its states: it could not be loaded, it is loading, the page is
 * past the last one, the list is empty, or its rows (`children`) and the pager.
 */
export function PagedResults<Item>({
  page,
  pageNumber,
  noun,
  failure,
  empty,
  children,
}: {
  /** The page to show; none while it loads. */
  page: Page<Item> | null | undefined;
  pageNumber: number;
  noun: Noun;
  /** Why it could not be loaded, and how to try again; null when it could. */
  failure: { message: string; onRetry: () => void } | null;
  empty: { title: string; message: string };
  children: (page: Page<Item>) => ReactNode;
}) {
  if (failure) return <LoadFailed title={`The ${noun.other} could not be loaded`} {...failure} />;
  if (!page) return <p role="status">Loading {noun.other}…</p>;
  if (page.items.length > 0) {
    return (
      <>
        {children(page)}
        <Pagination page={pageNumber} pageSize={PAGE_SIZE} total={page.total} noun={noun} />
      </>
    );
  }
  if (page.total > 0) return <PastLastPage total={page.total} pageSize={PAGE_SIZE} noun={noun} />;
  return (
    <Alert tone="info" title={empty.title}>
      <p>{empty.message}</p>
    </Alert>
  );
}
