// English and Chinese names of the device machines' states and of the smart
// binder's categories, for the message catalog (keys `deviceState.<path>` and
// `binderCategory.<id>`). A state path is the machine id and the state value
// joined with '/', e.g. `handheldScanner/scanning/passing`: '/' because '.'
// is i18next's key separator. `test/unit/app/device-names.test.ts` walks every
// machine so a new state without a name fails.

type Names = Readonly<Record<string, { readonly en: string; readonly zh: string }>>;

export const deviceStateNames: Names = {
  'eBoard/idle': { en: 'idle', zh: '空闲' },
  'eBoard/capturing': { en: 'capturing', zh: '记录中' },
  'eBoard/saving': { en: 'saving the page', zh: '保存页面' },
  'eBoard/uploading': { en: 'uploading', zh: '上传中' },
  'eBoard/retryWait': { en: 'waiting to retry the upload', zh: '等待重新上传' },
  'eBoard/converting': { en: 'converting', zh: '转换中' },
  'eBoard/synced': { en: 'synced', zh: '已同步' },
  'handheldScanner/idle': { en: 'idle', zh: '空闲' },
  'handheldScanner/scanning/awaitingPass': {
    en: 'waiting for the next pass',
    zh: '等待下一遍扫描',
  },
  'handheldScanner/scanning/passing': { en: 'scanning a pass', zh: '正在扫描一遍' },
  'handheldScanner/stitching': { en: 'stitching', zh: '拼接中' },
  'handheldScanner/converting': { en: 'converting the format', zh: '转换格式' },
  'handheldScanner/waitingNetwork': { en: 'waiting for the network', zh: '等待网络' },
  'handheldScanner/uploading': { en: 'uploading', zh: '上传中' },
  'smartBinder/ready': { en: 'ready', zh: '就绪' },
  'smartBinder/signalling': { en: 'signalling a slot', zh: '正在提示位置' },
  'audioRecorder/idle': { en: 'idle', zh: '空闲' },
  'audioRecorder/recording': { en: 'recording', zh: '录音中' },
  'audioRecorder/paused': { en: 'paused', zh: '已暂停' },
  'audioRecorder/saved': { en: 'saved', zh: '已保存' },
  'audioRecorder/uploading': { en: 'uploading', zh: '上传中' },
  'audioRecorder/transcribing': { en: 'transcribing', zh: '转写中' },
  'computer/idle': { en: 'idle', zh: '空闲' },
  'computer/editing/working': { en: 'editing', zh: '编辑中' },
  'computer/editing/saving': { en: 'saving a version', zh: '保存版本' },
  'printer/idle': { en: 'idle', zh: '空闲' },
  'printer/warming': { en: 'warming up', zh: '预热中' },
  'printer/working': { en: 'working', zh: '工作中' },
  'printer/jammed': { en: 'paper jam', zh: '卡纸' },
  'printer/needsPaper': { en: 'out of paper', zh: '缺纸' },
  'printer/needsToner': { en: 'out of toner', zh: '缺墨粉' },
  'network/online': { en: 'online', zh: '在线' },
  'network/offline': { en: 'offline', zh: '离线' },
  'share/created': { en: 'created', zh: '已创建' },
  'share/queued': { en: 'queued', zh: '排队中' },
  'share/sending': { en: 'sending', zh: '发送中' },
  'share/delivered': { en: 'delivered', zh: '已送达' },
  'share/viewed': { en: 'viewed', zh: '已查看' },
  'share/feedbackReceived': { en: 'feedback received', zh: '已收到反馈' },
};

/** The smart binder's default categories (models/devices/smart-binder/params.ts). */
export const binderCategoryNames: Names = {
  sketches: { en: 'sketches', zh: '草图' },
  documents: { en: 'documents', zh: '文件' },
  contracts: { en: 'contracts', zh: '合同' },
};

export const pick = (names: Names, l: 'en' | 'zh'): Record<string, string> =>
  Object.fromEntries(Object.entries(names).map(([id, n]) => [id, n[l]]));
