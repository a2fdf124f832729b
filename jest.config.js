// Jest for the LWC components and service bundles (sfdx-lwc-jest preset, TypeScript through @lwc/jest-transformer).
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  moduleNameMapper: {
    '^@test/(.*)$': '<rootDir>/force-app/test/$1',
    // Shared Apex implementations answering from the demo org (force-app/test/apex/demoOrgApex.ts).
    '^@salesforce/apex/([A-Za-z0-9_]+\\.[A-Za-z0-9_]+)$': '<rootDir>/force-app/test/apex/$1'
  },
  setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest.setup.js'],
  // The .ts is the source; the emitted .js beside it is a build artefact.
  collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!**/__tests__/**', '!**/*.d.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: { global: { lines: 85 } },
  testPathIgnorePatterns: ['/node_modules/', '/\\.sf/']
};
