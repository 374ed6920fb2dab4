import { activityQueries } from '../../api/activity-api';
import { activityListParamsSchema, type ActivityListParams } from '../../api/activity-schema';
import type { ReadOptions } from '../../api/client';
import { PAGE_SIZE } from '../../api/page-schema';
import { readPage } from '../../lib/page-param';

// What the Activity page shows, apart from the page itself: the route's loader starts this
// request while the page's code is still loading. Filters live in the URL: `resource`, `type`,
// `actor`, and the days `from` and `to` (YYYY-MM-DD, in the reader's time zone, both included).

const { shape } = activityListParamsSchema;

/** The start of a `YYYY-MM-DD` day in the reader's time zone, `days` later; undefined if not a day. */
function startOfDay(text: string | null, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return undefined;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(day.getTime()) ? undefined : day.toISOString();
}

export function readActivityParams(search: URLSearchParams): ActivityListParams {
  const pick = <Value>(parsed: { success: boolean; data?: Value }) =>
    parsed.success ? parsed.data : undefined;
  return {
    resource: pick(shape.resource.safeParse(search.get('resource') ?? undefined)),
    type: pick(shape.type.safeParse(search.get('type') ?? undefined)),
    actor: pick(shape.actor.safeParse(search.get('actor') ?? undefined)),
    from: startOfDay(search.get('from')),
    // The whole of the last day: up to the start of the next.
    to: startOfDay(search.get('to'), 1),
    page: readPage(search),
    pageSize: PAGE_SIZE,
  };
}

/** Whether any filter narrows the history (the empty state says so). */
export function hasFilters(params: ActivityListParams) {
  const { resource, type, actor, from, to } = params;
  return [resource, type, actor, from, to].some((value) => value !== undefined);
}

/** The page a visit to these search parameters shows. */
export function activityListQuery(search = new URLSearchParams(), read?: ReadOptions) {
  return activityQueries.list(readActivityParams(search), read);
}
