import { Combobox } from '@base-ui/react/combobox';
import { CSPProvider } from '@base-ui/react/csp-provider';
import type { ComboOption, MultiComboboxWidgetProps } from './multi-combobox';
import fieldStyles from './field.module.css';
import styles from './multi-combobox.module.css';

const labelContains = (option: ComboOption, query: string) =>
  option.label.toLowerCase().includes(query.trim().toLowerCase());

/** The combobox itself, loaded by `MultiCombobox`. */
export function MultiComboboxWidget({
  label,
  options,
  value,
  onChange,
  matches = labelContains,
  placeholder,
  disabled = false,
  emptyText,
  inputId,
  describedBy,
}: MultiComboboxWidgetProps) {
  const byValue = new Map(options.map((option) => [option.value, option]));
  const chosen = value.flatMap((entry) => byValue.get(entry) ?? []);
  return (
    // The strict Content Security Policy allows no <style> elements (decision 0006).
    <CSPProvider disableStyleElements>
      <Combobox.Root
        items={options}
        multiple
        value={chosen}
        onValueChange={(next: ComboOption[]) => onChange(next.map((option) => option.value))}
        isItemEqualToValue={(item: ComboOption, other: ComboOption) => item.value === other.value}
        itemToStringLabel={(item: ComboOption) => item.label}
        itemToStringValue={(item: ComboOption) => item.value}
        filter={(item: ComboOption, query: string) => !query.trim() || matches(item, query)}
        disabled={disabled}
        // Picking one keeps the list open, for picking several from one search.
        onOpenChange={(open, details) => {
          if (!open && details.reason === 'item-press') details.cancel();
        }}
      >
        <label htmlFor={inputId} className={fieldStyles.label}>
          {label}
        </label>
        <Combobox.Chips
          className={styles.group}
          aria-label={chosen.length > 0 ? `Chosen ${label}` : undefined}
        >
          {chosen.map((option) => (
            <Combobox.Chip
              key={option.value}
              className={styles.chip}
              aria-description="Press Backspace or Delete to remove"
            >
              {option.label}
              <Combobox.ChipRemove className={styles.remove} aria-label={`Remove ${option.label}`}>
                <svg aria-hidden="true" viewBox="0 0 16 16">
                  <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
                </svg>
              </Combobox.ChipRemove>
            </Combobox.Chip>
          ))}
          <Combobox.Input
            id={inputId}
            className={styles.input}
            placeholder={chosen.length > 0 ? undefined : placeholder}
            aria-describedby={describedBy}
            aria-description={
              chosen.length > 0
                ? `${chosen.length} chosen. From the start of the input, Left Arrow reaches them.`
                : undefined
            }
          />
        </Combobox.Chips>
        <Combobox.Portal container={document.getElementById('main')}>
          <Combobox.Positioner className={styles.positioner} sideOffset={4}>
            <Combobox.Popup className={styles.popup}>
              <Combobox.Empty className={styles.empty}>{emptyText}</Combobox.Empty>
              <Combobox.List className={styles.list}>
                {(option: ComboOption) => (
                  <Combobox.Item key={option.value} value={option} className={styles.option}>
                    <Combobox.ItemIndicator className={styles.check}>
                      <svg aria-hidden="true" viewBox="0 0 16 16">
                        <path d="M3.5 8.5l3 3 6-7" />
                      </svg>
                    </Combobox.ItemIndicator>
                    <span className={styles.optionLabel}>{option.label}</span>
                  </Combobox.Item>
                )}
              </Combobox.List>
            </Combobox.Popup>
          </Combobox.Positioner>
        </Combobox.Portal>
      </Combobox.Root>
    </CSPProvider>
  );
}
