import { useEffect, useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ApiError } from './api-error';
import { useFormMutation } from './use-form-mutation';

type VersionedSaveOptions<Values extends FieldValues, Item extends { version: number }> = {
  /** The item as last read; a newer version becomes the base of an untouched form. */
  item: Item;
  form: UseFormReturn<Values>;
  save: (version: number, values: Values) => Promise<Item>;
  /** Reads the item as the Hub has it now. */
  readLatest: () => Promise<Item>;
  toValues: (item: Item) => Values;
  isField: (path: string) => path is Path<Values>;
  onSaved: (saved: Item) => Promise<unknown> | unknown;
  showOwnWay?: (error: ApiError) => boolean;
};

/**
 * Saving an edit of a versioned item: If-Match with the version read, and when someone else
 * saved in between (412) the choice to reload their version or overwrite it with mine. Both the
 * save and the overwrite validate the form and are single-submit.
 */
export function useVersionedSave<Values extends FieldValues, Item extends { version: number }>(
  options: VersionedSaveOptions<Values, Item>,
) {
  const { item, form, toValues } = options;
  const [conflict, setConflict] = useState(false);
  const versionRef = useRef(item.version);

  const isDirty = form.formState.isDirty;
  useEffect(() => {
    if (item.version > versionRef.current && !isDirty) {
      versionRef.current = item.version;
      form.reset(toValues(item));
    }
  }, [item, isDirty, form, toValues]);

  const mutation = useFormMutation({
    mutationFn: (values: Values) => options.save(versionRef.current, values),
    isField: options.isField,
    setError: form.setError,
    onSuccess: async (saved: Item) => {
      versionRef.current = saved.version;
      form.reset(toValues(saved));
      await options.onSaved(saved);
    },
    showOwnWay: (error) => {
      if (error.status === 412) {
        setConflict(true);
        return true;
      }
      return options.showOwnWay?.(error) ?? false;
    },
  });

  async function readLatest() {
    const latest = await options.readLatest();
    versionRef.current = latest.version;
    return latest;
  }

  return {
    ...mutation,
    conflict,
    /** Validates and saves. */
    submit: form.handleSubmit((values) => {
      setConflict(false);
      return mutation.submit(values);
    }),
    /** 412: drop my changes and show what the other person saved. */
    reloadTheirs: async () => {
      try {
        form.reset(toValues(await readLatest()));
        setConflict(false);
        mutation.setFormMessage(null);
      } catch (error) {
        mutation.showStepFailure(error);
      }
    },
    /** 412: save my values over theirs, validated and single-submit like any save. */
    overwrite: () =>
      form.handleSubmit((values) => {
        setConflict(false);
        return mutation.submit(values, readLatest);
      })(),
  };
}
