// ESLint 9 flat config. LWC sources use Salesforce's LWC rules (TypeScript flavour); Node tooling uses
// typescript-eslint. `npm run lint` fails on any error or warning.
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const jestPlugin = require('eslint-plugin-jest');
const globals = require('globals');

const lwcFiles = ['force-app/**/*.ts'];

module.exports = [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      'force-app/**/lwc/**/*.js',
      'force-app/**/staticresources/**',
      '.preview-data/**',
      'test-results/**',
      'bench-results/**',
      'preview/dist/**',
      '**/*.d.ts'
    ]
  },
  ...lwcConfig.configs.recommendedTs.map((c) => ({ ...c, files: lwcFiles })),
  {
    files: lwcFiles,
    rules: {
      // Types are checked by tsc; the babel parser only strips them. tsc also catches accidental use of
      // DOM globals such as `name` (lib.dom declares them `void`), and this rule misfires on interface members.
      'no-unused-vars': 'off',
      'no-undef': 'off',
      'no-restricted-globals': 'off'
    }
  },
  {
    files: ['force-app/**/__tests__/**/*.ts', 'force-app/test/**/*.ts'],
    plugins: { jest: jestPlugin },
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: {
      ...jestPlugin.configs['flat/recommended'].rules,
      'jest/no-disabled-tests': 'error',
      'jest/no-focused-tests': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'assert*'] }],
      '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
      // Tests wait for renders in loops and with timers; components may not.
      'no-await-in-loop': 'off',
      '@lwc/lwc/no-async-operation': 'off'
    }
  },
  ...tseslint.configs.recommended.map((c) => ({
    ...c,
    files: ['scripts/**/*.ts', 'preview/**/*.ts', 'bench/**/*.ts', 'demo-org/**/*.ts']
  })),
  {
    files: ['scripts/**/*.ts', 'preview/**/*.ts', 'bench/**/*.ts', 'demo-org/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['*.js', 'scripts/**/*.{js,mjs,cjs}', '.ci/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } }
  }
];
