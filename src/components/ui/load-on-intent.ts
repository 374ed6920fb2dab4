import { useReducer } from 'react';

/**
 * A module that loads the first time someone shows they are about to use it (a pointer over a
 * trigger, or focus on it), never with the page: the widget library of the menus and tooltips
 * stays out of a list page's first paint (decision 0015). Once loaded it is kept, so later
 * triggers render the real widget at once.
 */
export function loadOnIntent<Module>(load: () => Promise<Module>) {
  let loaded: Module | undefined;
  let pending: Promise<Module> | undefined;
  const request = () => {
    pending ??= load().then((module) => {
      loaded = module;
      return module;
    });
    return pending;
  };
  return function useModuleOnIntent() {
    const [, loadedNow] = useReducer((count: number) => count + 1, 0);
    return {
      module: loaded,
      /** Starts loading; the component renders again once the module is there. */
      request: () => {
        if (!loaded) void request().then(loadedNow);
      },
    };
  };
}
