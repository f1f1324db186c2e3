import { LEVELS, type CategoryId } from '@/engine/types';
import { SORTS, type AdFilter, type SortKey } from '@/utils/casework/filter';
import { useMessages } from '../messages';
import { languageName } from './format';

export interface AdFiltersProps {
  filter: AdFilter;
  facets: { sites: string[]; categories: CategoryId[]; langs: string[]; dismissed: number };
  onChange: (change: Partial<AdFilter>) => void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** Search, filters and sort of the stored ads. Every control is labelled; changes apply at once. */
export function AdFilters({ filter, facets, onChange }: AdFiltersProps) {
  const m = useMessages();
  return (
    <form class="filters" role="search" aria-label={m.t('dashboard.filter.heading')} onSubmit={(e) => e.preventDefault()}>
      <div class="filter-search">
        <label for="f-query">{m.t('dashboard.filter.search')}</label>
        <input id="f-query" type="search" value={filter.query} onInput={(e) => onChange({ query: value(e) })} aria-describedby="f-query-hint" />
        <span id="f-query-hint" class="small muted">
          {m.t('dashboard.filter.searchHint')}
        </span>
      </div>
      <fieldset class="filter-levels">
        <legend>{m.t('dashboard.filter.level')}</legend>
        {LEVELS.map((level) => (
          <label class="toggle" key={level}>
            <input
              type="checkbox"
              name="level"
              value={level}
              checked={filter.levels.includes(level)}
              onChange={(e) =>
                onChange({ levels: (e.target as HTMLInputElement).checked ? [...filter.levels, level] : filter.levels.filter((l) => l !== level) })
              }
            />
            {m.t(`level.${level}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <label for="f-category">{m.t('dashboard.filter.category')}</label>
        <select id="f-category" value={filter.category} onChange={(e) => onChange({ category: value(e) as CategoryId | '' })}>
          <option value="">{m.t('dashboard.filter.any')}</option>
          {facets.categories.map((c) => (
            <option key={c} value={c}>
              {m.t(`dashboard.category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="f-site">{m.t('dashboard.filter.site')}</label>
        <select id="f-site" value={filter.site} onChange={(e) => onChange({ site: value(e) })}>
          <option value="">{m.t('dashboard.filter.any')}</option>
          {facets.sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="f-lang">{m.t('dashboard.filter.language')}</label>
        <select id="f-lang" value={filter.lang} onChange={(e) => onChange({ lang: value(e) })}>
          <option value="">{m.t('dashboard.filter.any')}</option>
          {facets.langs.map((l) => (
            <option key={l} value={l}>
              {languageName(m, l)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="f-from">{m.t('dashboard.filter.from')}</label>
        <input id="f-from" type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => onChange({ from: value(e) })} />
      </div>
      <div>
        <label for="f-to">{m.t('dashboard.filter.to')}</label>
        <input id="f-to" type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => onChange({ to: value(e) })} />
      </div>
      <div>
        <label for="f-reviewed">{m.t('dashboard.filter.reviewed')}</label>
        <select id="f-reviewed" value={filter.reviewed} onChange={(e) => onChange({ reviewed: value(e) as AdFilter['reviewed'] })}>
          <option value="any">{m.t('dashboard.filter.any')}</option>
          <option value="no">{m.t('dashboard.filter.notReviewed')}</option>
          <option value="yes">{m.t('dashboard.filter.reviewedOnly')}</option>
        </select>
      </div>
      <label class="toggle filter-dismissed">
        <input type="checkbox" checked={filter.dismissed} onChange={(e) => onChange({ dismissed: (e.target as HTMLInputElement).checked })} />
        {m.tn('dashboard.filter.dismissed', facets.dismissed)}
      </label>
      <div>
        <label for="f-sort">{m.t('dashboard.filter.sort')}</label>
        <select id="f-sort" value={filter.sort} onChange={(e) => onChange({ sort: value(e) as SortKey })}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {m.t(`dashboard.sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
