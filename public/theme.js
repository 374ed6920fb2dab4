// Applies the colour theme chosen in the console (src/app/theme.ts) before the first paint.
try {
  var theme = localStorage.getItem('hub-console.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
  // Storage refused: the system's preference applies.
}
