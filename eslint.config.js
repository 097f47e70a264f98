import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'generated/**', 'node_modules/**', 'artifacts/**', 'demo/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Fact and note text is rendered as text, never as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/][parent.type='AssignmentExpression']", message: 'Never render text as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never render text as HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render text as HTML.' },
      ],
    },
  },
  {
    // The content script holds public fact-base data only: the notebook is out of its reach.
    files: ['entrypoints/content.ts', 'reader/**', 'page/**', 'spotter/**'],
    ignores: ['reader/cardChannel.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/notebook/**', 'dexie'], message: 'The content script never touches the reader’s notes.' },
        { group: ['**/generated/factbase.json', '**/generated/factbase-records.json', '**/factbase/bundled'], message: 'The content script holds the spotter index only.' },
      ] }],
    },
  },
);
