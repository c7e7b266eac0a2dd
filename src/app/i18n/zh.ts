import type { Messages } from './en';

export const zh: Messages = {
  app: {
    title: '家庭办公室模拟器',
    loading: '正在打开办公室……',
  },
  toolbar: {
    label: '工具',
    undo: '撤销',
    redo: '重做',
    planView: '平面视图',
    view3d: '三维视图',
    language: '语言',
    export: '导出分支',
    import: '导入文件',
  },
  status: {
    refused: '已拒绝：{{reason}}',
    unsaved_one: '{{count}} 个事件未保存',
    unsaved_other: '{{count}} 个事件未保存',
    saved: '所有更改已保存',
    memoryOnly: '无法保存：{{reason}}。工作仍保留在此标签页中，请导出以免丢失。',
    readOnlyFollower: '另一个标签页正在编辑此办公室；此处的编辑会发送给它。',
    viewingPast: '正在查看过去（第 {{seq}} 个事件，共 {{total}} 个）：只读',
    events_one: '{{count}} 个事件',
    events_other: '{{count}} 个事件',
  },
  timeline: {
    label: '时间线',
    cursor: '事件',
    backToHead: '回到现在',
    continueHere: '从这里继续',
    branchNameDefault: '假设 {{n}}',
  },
  branches: {
    label: '分支',
    current: '当前分支',
    switch: '切换分支',
    delete: '删除分支',
    confirmDelete: '删除分支“{{name}}”？它自己的事件将被删除；其他分支保留。',
    refusedLast: '不能删除最后一个分支。',
    refusedChildren: '其他分支从此分支延续；请先删除它们。',
    main: '主线',
  },
  import: {
    refused: '导入被拒绝：{{reason}}',
    accepted: '已将“{{name}}”导入为新分支。',
  },
  scene: {
    viewport: '办公室房间，三维视图',
    viewportPlan: '办公室房间，平面视图',
  },
  languages: {
    en: 'English',
    zh: '简体中文',
  },
};
