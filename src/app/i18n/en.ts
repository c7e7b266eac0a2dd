/** English messages: the source catalog. zh.ts must have the same keys (checked by a test). */
export const en = {
  app: {
    title: 'Home office simulator',
    loading: 'Opening the office…',
  },
  toolbar: {
    label: 'Tools',
    undo: 'Undo',
    redo: 'Redo',
    planView: 'Plan view',
    view3d: '3D view',
    language: 'Language',
    export: 'Export branch',
    import: 'Import file',
  },
  status: {
    refused: 'Refused: {{reason}}',
    unsaved_one: '{{count}} unsaved event',
    unsaved_other: '{{count}} unsaved events',
    saved: 'All changes saved',
    memoryOnly: 'Not saving: {{reason}}. Your work stays in this tab; export it to keep it.',
    readOnlyFollower: 'Another tab is editing this office; edits here are sent to it.',
    viewingPast: 'Viewing the past (event {{seq}} of {{total}}): read-only',
    events_one: '{{count}} event',
    events_other: '{{count}} events',
  },
  timeline: {
    label: 'Timeline',
    cursor: 'Event',
    backToHead: 'Back to now',
    continueHere: 'Continue from here',
    branchNameDefault: 'What if {{n}}',
  },
  branches: {
    label: 'Branches',
    current: 'Current branch',
    switch: 'Switch branch',
    delete: 'Delete branch',
    confirmDelete: 'Delete branch “{{name}}”? Its own events are removed; other branches stay.',
    refusedLast: 'The last branch cannot be deleted.',
    refusedChildren: 'Other branches continue from this one; delete them first.',
    main: 'Main',
  },
  import: {
    refused: 'Import refused: {{reason}}',
    accepted: 'Imported “{{name}}” as a new branch.',
  },
  scene: {
    viewport: 'Office room, 3D view',
    viewportPlan: 'Office room, plan view',
  },
  languages: {
    en: 'English',
    zh: '简体中文',
  },
} as const;

/** Same tree of keys, any strings: what another language must provide. */
type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
export type Messages = Catalog<typeof en>;
