// The operating system's own words for a socket or resolver error, as people paste them in the language of their
// system and often without the number: a localized Windows' WinSock text (what Python's [WinError n] and .NET's
// SocketException print) and glibc's translated strerror()/gai_strerror(). Each row is one exact text as its
// source prints it, under the number or errno it stands for; os-text-rules.ts gives it the cause the English and
// Italian rows of that number or errno already give. A text no source showed is left out, never translated here.
//
// `words` is the part of the text a paste is read by, when the whole text says more than is needed (a clause
// another message could share is left out); by default the text without its closing full stop.
import { WINSOCK } from './code-tables.js'

/** A WinSock error number, or the errno / EAI_ name glibc's text stands for. */
export type OsCode =
  | number
  | 'ECONNREFUSED'
  | 'ETIMEDOUT'
  | 'ECONNRESET'
  | 'EHOSTUNREACH'
  | 'ENETUNREACH'
  | 'ECONNABORTED'
  | 'EHOSTDOWN'
  | 'EAI_NONAME'
  | 'EAI_AGAIN'
  | 'EAI_NODATA'

export interface OsText {
  code: OsCode
  /** BCP 47 tag of the system language that prints it. */
  lang: string
  text: string
  words?: string
  source: string
}

export type Row = [code: OsCode, text: string, words?: string]

export function from(source: string, lang: string, rows: Row[]): OsText[] {
  return rows.map(([code, text, words]) => ({ code, lang, text, source, ...(words ? { words } : {}) }))
}

// glibc's catalogues, msgid by msgid: "Connection refused", "Connection timed out", "Connection reset by peer",
// "No route to host", "Network is unreachable", "Software caused connection abort", "Host is down" (strerror),
// "Name or service not known", "Temporary failure in name resolution", "No address associated with hostname"
// (gai_strerror). Read from bminor/glibc at 04e750e7 (2026-01-20).
const GLIBC_ORDER: OsCode[] = [
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  'EHOSTDOWN',
  'EAI_NONAME',
  'EAI_AGAIN',
  'EAI_NODATA',
]

export function glibc(po: string, lang: string, texts: string[]): OsText[] {
  return from(
    `bminor/glibc:po/${po}.po`,
    lang,
    texts.map((text, i): Row => [GLIBC_ORDER[i], text]),
  )
}

const GLIBC: OsText[] = [
  ...glibc('zh_CN', 'zh-CN', [
    '连接被拒绝',
    '连接超时',
    '连接被对方重置',
    '没有到主机的路由',
    '网络不可达',
    '由软件导致的连接中止',
    '主机已关闭',
    '名称或服务未知',
    '域名解析出现暂时性错误',
    '没有与主机名关联的地址',
  ]),
  ...glibc('zh_TW', 'zh-TW', [
    '連線被拒絕',
    '連線超過時間',
    '連線被對方重設',
    '找不到通往該主機的路由路徑',
    '無法接觸網路',
    '軟體造成連線中斷',
    '遠端系統已停機了',
    '名稱或服務未知',
    '解析名稱時發生暫時性錯誤',
    '沒有位址關聯至此主機名稱',
  ]),
  ...glibc('es', 'es', [
    'Conexión rehusada',
    'Expiró el tiempo de conexión',
    'Conexión reinicializada por la máquina remota',
    "No existe ninguna ruta hasta el `host'",
    'La red es inaccesible',
    'El programa provocó el fin de la conexión',
    "El `host' no está operativo",
    'Nombre o servicio desconocido',
    'Fallo temporal en la resolución del nombre',
    'No existe ninguna dirección asociada al nombre',
  ]),
  ...glibc('pt_BR', 'pt-BR', [
    'Conexão recusada',
    'Tempo esgotado para conexão',
    'Conexão fechada pela outra ponta',
    'Não há rota para o host',
    'A rede está fora de alcance',
    'Término de conexão causada por software',
    'Host está desligado',
    'Nome ou serviço desconhecido',
    'Falha temporário na resolução de nome',
    'Não há endereço associado com o nome',
  ]),
  ...glibc('pt', 'pt-PT', [
    'Ligação recusada',
    'Ligação expirada',
    'Ligação reposta pelo peer',
    'Sem caminho para o anfitrião',
    'Rede inacessível',
    'O programa abortou a ligação',
    'O anfitrião está em baixo',
    'Nome ou serviço desconhecidos',
    'Falha temporária na resolução de nome',
    'Sem endereço associado ao nome de servidor',
  ]),
  ...glibc('ru', 'ru', [
    'В соединении отказано',
    'Время ожидания соединения истекло',
    'Соединение разорвано другой стороной',
    'Нет маршрута до узла',
    'Сеть недоступна',
    'Программа вызвала разрыв соединения',
    'Узел выключен',
    'Неизвестное имя или служба',
    'Временный сбой в разрешении имен',
    'С именем узла не связано ни одного адреса',
  ]),
  ...glibc('ja', 'ja', [
    '接続を拒否されました',
    '接続がタイムアウトしました',
    '接続が相手からリセットされました',
    'ホストへの経路がありません',
    'ネットワークに届きません',
    'ソフトウェアが接続を中断しました',
    'ホストが落ちています',
    '名前またはサービスが不明です',
    '名前解決に一時的に失敗しました',
    'ホスト名にアドレスが割り当てられていません',
  ]),
  ...glibc('ko', 'ko', [
    '연결이 거부됨',
    '연결 시간 초과',
    '상대편이 연결을 끊음',
    '호스트로 갈 루트가 없음',
    '네트워크가 접근 불가능합니다',
    '소프트웨어가 연결 중단을 초래했습니다',
    '호스트가 죽었습니다',
    '이름 혹은 서비스를 알 수 없습니다',
    'name resolution에서 일시적인 실패',
    '호스트이름과 대응되는 주소가 없음',
  ]),
  ...glibc('it', 'it', [
    'Connessione rifiutata',
    'Connessione scaduta',
    'Connessione interrotta dal corrispondente',
    "Nessun instradamento per l'host",
    'La rete non è raggiungibile',
    'Connessione interrotta per un problema software',
    "L'host non è attivo",
    'Nome o servizio sconosciuto',
    'Errore temporaneo nella risoluzione del nome',
    'Nessun indirizzo associato al nome host',
  ]),
  ...glibc('de', 'de', [
    'Verbindungsaufbau abgelehnt',
    'Die Wartezeit für die Verbindung ist abgelaufen',
    'Die Verbindung wurde vom Kommunikationspartner zurückgesetzt',
    'Keine Route zum Zielrechner',
    'Das Netzwerk ist nicht erreichbar',
    'Das Programm verursachte den Abbruch der Verbindung',
    'Der Rechner ist nicht aktiv',
    'Der Name oder der Dienst ist nicht bekannt',
    'Temporärer Fehler bei der Namensauflösung',
    'Zu diesem Hostnamen gehört keine Adresse',
  ]),
  ...glibc('fr', 'fr', [
    'Connexion refusée',
    "Connexion terminée par expiration du délai d'attente",
    'Connexion ré-initialisée par le correspondant',
    "Aucun chemin d'accès pour atteindre l'hôte cible",
    "Le réseau n'est pas accessible",
    "Le logiciel a provoqué l'abandon de la connexion",
    "L'hôte cible est arrêté ou en panne",
    'Nom ou service inconnu',
    'Échec temporaire dans la résolution du nom',
    "Aucune adresse associée avec le nom de l'hôte",
  ]),
]

const GH = 'https://github.com/'

// Windows' localized system messages, each as a paste quotes it with its number (Python's [WinError n], .NET's
// SocketException (n)) or as .NET prints it for that SocketError; the first page cited is where it was read.
const WINDOWS: OsText[] = [
  ...from(`${GH}matterport/Mask_RCNN/issues/2996`, 'zh-CN', [
    // Also kerryjiang/SuperSocket#444 (SocketException (10060)).
    [10060, '由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。', '连接方在一段时间后没有正确答复'],
  ]),
  // Also barry-ran/QtScrcpy#192 ("(10061)").
  ...from(`${GH}MogooStudio/analysis/issues/1`, 'zh-CN', [
    [10061, '由于目标计算机积极拒绝，无法连接。', '目标计算机积极拒绝'],
  ]),
  // An older zh-CN wording of the same message, quoted with its number.
  ...from(`${GH}FutunnOpen/futuquant/issues/10`, 'zh-CN', [
    [10061, '无法联机，因为目标计算机拒绝联机。', '目标计算机拒绝联机'],
  ]),
  // Also rustdesk/rustdesk#10359 ("(os error 10054)").
  ...from(`${GH}michaelliao/learn-python3/issues/48`, 'zh-CN', [[10054, '远程主机强迫关闭了一个现有的连接。']]),
  // Also MikeWang000000/Natter#41.
  ...from(`${GH}AirtestProject/Poco/issues/125`, 'zh-CN', [
    [10053, '你的主机中的软件中止了一个已建立的连接。', '主机中的软件中止了一个已建立的连接'],
  ]),
  // .NET's SocketException for HostNotFound (11001), printed without the number.
  ...from(`${GH}shadowsocks/shadowsocks-windows/issues/3106`, 'zh-CN', [[11001, '不知道这样的主机。']]),
  ...from(`${GH}insidesherpa/JPMC-tech-task-1-PY3/issues/189`, 'zh-TW', [
    [10061, '無法連線，因為目標電腦拒絕連線。', '因為目標電腦拒絕連線'],
  ]),
  ...from(`${GH}IIC2233/Syllabus-2022-1/issues/271`, 'es', [
    [
      10060,
      'Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente ' +
        'tras un periodo de tiempo',
      'la parte conectada no respondió adecuadamente',
    ],
  ]),
  // Also IIC2233/syllabus-2021-1#741.
  ...from(`${GH}IIC2233/syllabus-2020-1/issues/1132`, 'es', [
    [
      10054,
      'Se ha forzado la interrupción de una conexión existente por el host remoto',
      'forzado la interrupción de una conexión existente',
    ],
  ]),
  ...from(`${GH}IIC2233/syllabus-2020-1/issues/1259`, 'es', [
    [
      10053,
      'Se ha anulado una conexión establecida por el software en su equipo host',
      'anulado una conexión establecida',
    ],
  ]),
  // Also dotnet/dotnet-api-docs#9821 (SocketException (10061)).
  ...from(`${GH}IIC2233/Syllabus-2024-1/issues/543`, 'es', [
    [
      10061,
      'No se puede establecer una conexión ya que el equipo de destino denegó expresamente ' + 'dicha conexión.',
      'el equipo de destino denegó expresamente',
    ],
  ]),
  ...from(`${GH}abbat/ydcmd/issues/22`, 'ru', [
    [
      10061,
      'Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение',
      'конечный компьютер отверг запрос на подключение',
    ],
  ]),
  // Also zyddnys/manga-image-translator#164.
  ...from(`${GH}daxartio/tinvest/issues/217`, 'ru', [
    [
      10054,
      'Удаленный хост принудительно разорвал существующее подключение',
      'принудительно разорвал существующее подключение',
    ],
  ]),
  ...from(`${GH}MShawon/YouTube-Viewer/issues/229`, 'ja', [
    [
      10061,
      '対象のコンピューターによって拒否されたため、接続できませんでした。',
      '対象のコンピューターによって拒否されたため',
    ],
  ]),
  ...from(`${GH}re3turn/twicrawler/issues/17`, 'ja', [
    [10054, '既存の接続はリモート ホストに強制的に切断されました。'],
  ]),
  // Inside .NET's WebException ("Impossível conectar-se ao servidor remoto ---> …SocketException: …"), wrapped there
  // over three lines. Also voidstrap/Voidstrap#675 (HttpRequestException).
  ...from(`${GH}hama3254/Crunchyroll-Downloader-v3.0/issues/683`, 'pt-BR', [
    [
      10060,
      'Uma tentativa de conexão falhou porque o componente conectado não respondeu corretamente após um período de ' +
        'tempo ou a conexão estabelecida falhou porque o host conectado não respondeu',
      'o componente conectado não respondeu corretamente',
    ],
  ]),
  // WSAEACCES (10013) inside .NET's WebException, as Spanish and Chinese Windows print it.
  ...from(`${GH}jonas-med-ett-s/idle_master_extended/issues/492`, 'es', [
    [10013, 'Intento de acceso a un socket no permitido por sus permisos de acceso'],
  ]),
  ...from(`${GH}2dust/v2rayN/issues/1732`, 'zh-CN', [[10013, '以一种访问权限不允许的方式做了一个访问套接字的尝试。']]),
  ...from(`${GH}rickiepark/handson-ml/issues/4`, 'ko', [
    [
      10060,
      '연결된 구성원으로부터 응답이 없어 연결하지 못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다',
      '연결된 구성원으로부터 응답이 없어 연결하지 못했거나',
    ],
  ]),
  ...from(`${GH}idealo/image-super-resolution/issues/38`, 'ko', [
    [10054, '현재 연결은 원격 호스트에 의해 강제로 끊겼습니다'],
  ]),
]

// WinSock's Italian texts, kept beside their numbers in code-tables.ts, are read the same way (a number whose
// text says too little by itself has no cause there, and no row here).
const ITALIAN_WINDOWS: OsText[] = Object.entries(WINSOCK).flatMap(([n, { cause, it, source }]) =>
  cause && it ? [{ code: Number(n), lang: 'it', text: it, source }] : [],
)

export const OS_TEXTS: readonly OsText[] = [...WINDOWS, ...ITALIAN_WINDOWS, ...GLIBC]
