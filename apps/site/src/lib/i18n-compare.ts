/**
 * The words of the comparison pages (/compare/, /compare/<area>/, /compare/curves/, /data/) in both
 * editions, as data: the pages and their scripts take `UI[lang]`. Dependency-free, so that a browser
 * script can import the part it needs without loading the SDK. The documents' own words are never
 * here: values, summaries and quotes come from the encodings.
 */
export type Lang = 'zh' | 'en';

const fill = (s: string, vars: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
export { fill };

/** The edition's prefix of a path: `/compare/` → `/en/compare/`. */
export const inLang = (lang: Lang, path: string): string => (lang === 'en' ? `/en${path}` : path);

/** What the comparison table's page and script say. */
export const TABLE_UI = {
  zh: {
    home: '首页',
    compare: '对照',
    breadcrumb: '位置',
    intro: '每行是一个对齐的主题，每列是所选地方的一份文件（默认显示前几份，可在下面选择其他地方）。格中每一项是文件的一条规定：数值或承诺（链接到该规定的编码页）、摘要、条款（链接到原文）；有多种读法的附解读说明。',
    statusIntro: '状态：',
    version: '数据集版本 v{v}。引用一格时请写数据集版本和该格规定的页面地址（点数值即到）。下载：',
    areaCsv: '本领域 CSV',
    allData: '全部数据',
    asOf: '按哪一天的有效状态',
    update: '更新',
    asOfHint: '已失效或尚未施行的文件，其列以灰色标出（按各文件所载有效期；默认今天，按本机日期）。',
    tools: '筛选与排序',
    topicFilter: '按主题筛选（只查主题名称，如“起付线”）',
    statusFilter: '按状态（只留下所选地方中有这一状态的行）',
    allStatuses: '全部状态',
    sortBy: '按数值排列地方（每个地方取该行同一单位中最低的数值）',
    docOrder: '按所选顺序',
    sortOrder: '排列顺序',
    asc: '从低到高',
    desc: '从高到低',
    reset: '清除筛选与排序',
    caption: '{label}：{rows} 个主题 × {n} 份文件',
    topic: '主题',
    permalink: '本行的固定链接',
    otherAreas: '其他领域',
    allAreas: '全部领域',
    sep: '：',
    formula: '按公式计算（见原文）',
    deferral: '另行规定：',
    quote: '原文',
    interp: '解读：',
    interpOther: '；另一读法：',
    listSep: '、',
    rowsShown: '显示 {n} / {all} 行',
    sorted: '地方按“{row}”的数值{order}排列，没有可比数值的地方在后。',
    loading: '正在载入所选地方的对照…',
    failed: '所选地方的对照载入失败，请检查网络后重试。',
  },
  en: {
    home: 'Home',
    compare: 'Comparison',
    breadcrumb: 'You are here',
    intro: 'Each row is one topic, aligned across the documents; each column is the document of a place chosen (the first few by default: choose others below). Each item in a cell is one provision of the document: its value or commitment (linked to the provision), its summary and its clause (linked to the text), with a note where the text can be read more than one way. The documents’ own words are quoted in Chinese.',
    statusIntro: 'Status: ',
    version: 'Dataset version v{v}. To cite a cell, give the dataset version and the address of the provision (follow its value). Downloads: ',
    areaCsv: 'this area as CSV',
    allData: 'all data',
    asOf: 'Status on the day',
    update: 'Update',
    asOfHint: 'Columns of documents lapsed or not yet in force on that day are greyed (by each document’s own term of validity; today by default, on this device’s clock).',
    tools: 'Filter and sort',
    topicFilter: 'Filter by topic (the topic’s name only, e.g. “threshold”)',
    statusFilter: 'By status (keeps rows where a place shown has it)',
    allStatuses: 'Every status',
    sortBy: 'Order the places by a row’s figures (each place’s lowest figure in the row’s unit)',
    docOrder: 'In the order chosen',
    sortOrder: 'Order',
    asc: 'lowest first',
    desc: 'highest first',
    reset: 'Clear filters and sorting',
    caption: '{label}: {rows} topics × {n} documents',
    topic: 'Topic',
    permalink: 'Link to this row',
    otherAreas: 'Other areas',
    allAreas: 'All areas',
    sep: ': ',
    formula: 'by a formula (see the text)',
    deferral: 'Set elsewhere: ',
    quote: 'The text (Chinese)',
    interp: 'Reading used here: ',
    interpOther: '; other reading: ',
    listSep: ', ',
    rowsShown: 'Showing {n} of {all} rows',
    sorted: 'Places ordered by the figures of “{row}”, {order}; places without a comparable figure last.',
    loading: 'Loading the places chosen…',
    failed: 'Could not load the places chosen; check the connection and try again.',
  },
} as const;
export type TableUi = (typeof TABLE_UI)[Lang];

/** The comparison index page. */
export const INDEX_UI = {
  zh: {
    title: '分领域对照',
    description: '{n}份城市特殊困难群体帮扶文件按领域逐项对照：对象认定、低保、特困、临时救助、医疗、教育、住房、就业等，每格注明原文与状态。',
    lead: '{n}份文件的每一条已编码规定都落在下表某一领域的某一行：对齐的主题行，以及每个领域“其他规定与承诺”一行。共 {rows} 行、{cells} 格；规定按状态计：已量化 {q} 条，有承诺、无数值 {p} 条，另行规定的标准 {s} 条；未提及的格 {m} 个。',
    also: '另见：',
    curves: '低保金与临时救助曲线',
    curvesHint: '（按家庭情况计算）',
    data: '数据下载',
    dataHint: '（数据集 v{v}）',
    caption: '各领域的主题数与格的状态',
    area: '领域',
    topics: '主题',
    note: '表中数字为“格”（主题 × 文件）的个数。每个领域的对照表默认显示前几份文件，可选择其他地方。',
  },
  en: {
    title: 'Comparison by area',
    description: 'The {n} local documents on help for urban residents in special hardship compared area by area: eligibility, dibao, tekun, temporary aid, medical aid, education, housing, employment; each cell with its quote and status.',
    lead: 'Every encoded provision of the {n} documents falls in one row of one area below: aligned topic rows, and in each area a row of “other provisions”. {rows} rows and {cells} cells in all; provisions by status: {q} quantified, {p} promised without a number, {s} deferring to a standard set elsewhere; {m} cells not mentioned.',
    also: 'See also: ',
    curves: 'Dibao and temporary-aid curves',
    curvesHint: ' (computed for a household)',
    data: 'Data downloads',
    dataHint: ' (dataset v{v})',
    caption: 'Topics per area and the status of their cells',
    area: 'Area',
    topics: 'Topics',
    note: 'The figures count cells (topic × document). Each area’s table shows the first few documents by default; other places can be chosen.',
  },
} as const;
