/**
 * Official English pages where a rendering of utils/lexicon/terms.ts was found next to its
 * Chinese term (same-day Chinese and English texts of the ministry), found by
 * tests/bench/terms-check.ts --write-sources on the bilingual corpus. URLs only: no text of the
 * pages is kept. Key: zh + U+0000 + rendering. Generated: do not edit by hand.
 */
export const CONFIRMED_SOURCES: Record<string, string> = {
  '2030年可持续发展议程\u00002030 Agenda for Sustainable Development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1618558.shtml',
  '21世纪海上丝绸之路\u000021st Century Maritime Silk Road':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '一个中国原则\u0000one-China principle':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '一个中国原则\u0000the one-China principle':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '一个中国政策\u0000one-China policy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581940.shtml',
  '一国两制\u0000One Country, Two Systems':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '一国两制\u0000"one country, two systems"':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '一小撮\u0000a handful of':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1710842.shtml',
  '一小撮\u0000a small number of':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1671670.shtml',
  '一带一路\u0000BRI':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '一带一路\u0000Belt and Road':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '一带一路\u0000the Belt and Road Initiative':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '一贯立场\u0000consistent position':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564980.shtml',
  '三个联合公报\u0000three joint communiques':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1578409.shtml',
  '三股势力\u0000terrorism, separatism and extremism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '三股势力\u0000three forces':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '上海精神\u0000Shanghai Spirit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1567257.shtml',
  '上海精神\u0000the Shanghai Spirit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1567257.shtml',
  '不冲突不对抗\u0000non-conflict and non-confrontation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1609368.shtml',
  '不冲突不对抗、相互尊重、合作共赢\u0000non-conflict and non-confrontation, mutual respect and win-win cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1609368.shtml',
  '不可分割的一部分\u0000inalienable part':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572644.shtml',
  '不可分割的一部分\u0000integral part':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1698607.shtml',
  '不可告人\u0000hidden agenda':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1758992.shtml',
  '不可告人\u0000ulterior':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '不可靠实体清单\u0000unreliable entity list':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1675070.shtml',
  "不干涉内政\u0000non-interference in each other's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573668.shtml',
  "不干涉内政\u0000non-interference in other countries' internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566463.shtml',
  '不扩散核武器条约\u0000NPT':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1632218.shtml',
  '不扩散核武器条约\u0000Treaty on the Non-Proliferation of Nuclear Weapons':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1632218.shtml',
  '不针对第三方\u0000not target any third party':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1647428.shtml',
  '不首先使用核武器\u0000no first use of nuclear weapons':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1589014.shtml',
  '与时俱进\u0000progressing with the times':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580976.shtml',
  '世界和平\u0000world peace':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '世界和平与发展\u0000world peace and development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '世界多极化\u0000multipolarity':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1634038.shtml',
  '世纪谎言\u0000lie of the century':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1722301.shtml',
  '东伊运\u0000ETIM':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1641502.shtml',
  '东伊运\u0000East Turkistan Islamic Movement':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1641502.shtml',
  '丝绸之路经济带\u0000Silk Road Economic Belt':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '两个一百年\u0000Two Centenary Goals':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '两个一百年\u0000two centenary goals':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '两国人民\u0000people of the two countries':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580228.shtml',
  '两国人民\u0000the two peoples':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1789509.shtml',
  '两国元首\u0000the two heads of state':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '两国元首\u0000the two presidents':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1689110.shtml',
  '两国元首重要共识\u0000important consensus reached by the two heads of state':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1607513.shtml',
  '两国方案\u0000two-State solution':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '两国方案\u0000two-state solution':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '严正交涉\u0000lodged stern representations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '严正交涉\u0000stern representations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '严正交涉和强烈抗议\u0000stern representations and strong protests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719976.shtml',
  '严正立场\u0000solemn position':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569968.shtml',
  '严重关切\u0000grave concern':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1588050.shtml',
  '严重关切\u0000serious concern':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1653187.shtml',
  '个别国家\u0000a certain country':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648493.shtml',
  '个别国家\u0000certain country':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648493.shtml',
  '个别国家\u0000individual countries':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1624697.shtml',
  '中俄关系\u0000China-Russia relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '中共中央总书记\u0000General Secretary of the CPC Central Committee':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1592240.shtml',
  '中共中央政治局委员\u0000member of the Political Bureau of the CPC Central Committee':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '中共中央政治局常委\u0000member of the Standing Committee of the Political Bureau of the CPC Central Committee':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1592240.shtml',
  '中华民族伟大复兴\u0000national rejuvenation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '中印关系\u0000China-India relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1565728.shtml',
  '中国—东盟\u0000China-ASEAN':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '中国公民\u0000Chinese citizens':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564980.shtml',
  '中国公民\u0000Chinese nationals':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  "中国内政\u0000China's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  "中国固有领土\u0000China's inherent territory":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1772006.shtml',
  '中国国际进口博览会\u0000CIIE':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1712002.shtml',
  '中国国际进口博览会\u0000China International Import Expo':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1607153.shtml',
  '中国威胁论\u0000China threat theory':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1637013.shtml',
  '中国梦\u0000Chinese Dream':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '中国特色大国外交\u0000major-country diplomacy with Chinese characteristics':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '中国特色社会主义\u0000socialism with Chinese characteristics':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '中央外事工作委员会\u0000Central Commission for Foreign Affairs':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1593246.shtml',
  '中央外事工作委员会办公室\u0000Office of the Central Commission for Foreign Affairs':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1593246.shtml',
  '中导条约\u0000INF Treaty':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1610459.shtml',
  '中巴经济走廊\u0000CPEC':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '中巴经济走廊\u0000China-Pakistan Economic Corridor':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '中方\u0000China':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '中方\u0000the Chinese side':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  "中方一贯主张\u0000China's consistent position":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1642317.shtml',
  '中方始终认为\u0000China always believes':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561931.shtml',
  '中方愿同\u0000China is ready to work with':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1579914.shtml',
  '中方愿同\u0000China stands ready to work with':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564980.shtml',
  "中方的立场是明确的\u0000China's position is clear":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572644.shtml',
  '中方高度重视\u0000China attaches great importance to':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1619995.shtml',
  '中方高度重视\u0000China highly values':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '中日关系\u0000China-Japan relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '中日四个政治文件\u0000four political documents between China and Japan':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1603722.shtml',
  '中欧全面战略伙伴关系\u0000China-EU comprehensive strategic partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1577969.shtml',
  '中欧关系\u0000China-EU relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569335.shtml',
  '中欧班列\u0000China-Europe freight train':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1773113.shtml',
  '中美三个联合公报\u0000three China-US joint communiques':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '中美关系\u0000China-US relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '中美关系健康稳定发展\u0000sound and steady development of China-US relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1609368.shtml',
  '中资企业\u0000Chinese businesses':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1770103.shtml',
  '中资企业\u0000Chinese companies':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '中资企业\u0000Chinese enterprises':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '中阿命运共同体\u0000China-Arab community with a shared future':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1794266.shtml',
  '中非关系\u0000China-Africa relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580228.shtml',
  '中非命运共同体\u0000China-Africa community with a shared future':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580228.shtml',
  '丰硕成果\u0000fruitful outcomes':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '丰硕成果\u0000fruitful results':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1647752.shtml',
  '主权\u0000sovereignty':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '主权、安全、发展利益\u0000sovereignty, security and development interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '主权和领土完整\u0000sovereignty and territorial integrity':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '主管部门\u0000competent authorities':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1744466.shtml',
  '主管部门\u0000competent authority':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '习近平外交思想\u0000Xi Jinping Thought on Diplomacy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1625726.shtml',
  '事实和真相\u0000facts and truth':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1701592.shtml',
  '事实胜于雄辩\u0000facts speak louder than words':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1577090.shtml',
  "互不干涉内政\u0000non-interference in each other's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573668.shtml',
  '互利互惠\u0000mutual benefit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1579914.shtml',
  '互利互惠\u0000mutually beneficial':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1579914.shtml',
  '互利共赢\u0000mutual benefit and win-win':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '互利共赢\u0000mutual benefit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '互利共赢\u0000win-win':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '互利合作\u0000mutually beneficial cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '互学互鉴\u0000learn from each other':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575883.shtml',
  '互学互鉴\u0000mutual learning':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '互联互通\u0000connectivity':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573668.shtml',
  '产业链供应链\u0000industrial and supply chains':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1754555.shtml',
  '人工智能\u0000AI':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1695956.shtml',
  '人工智能\u0000artificial intelligence':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1695956.shtml',
  '人心所向\u0000the will of the people':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '人文交流\u0000people-to-people and cultural exchanges':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580976.shtml',
  '人文交流\u0000people-to-people exchanges':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '人权\u0000human rights':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '人类卫生健康共同体\u0000global community of health for all':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1780716.shtml',
  '人类命运共同体\u0000community with a shared future for mankind':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '人道主义危机\u0000humanitarian crisis':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1698607.shtml',
  '人道主义援助\u0000humanitarian aid':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581940.shtml',
  '人道主义援助\u0000humanitarian assistance':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '以世贸组织为核心的多边贸易体制\u0000WTO-centered multilateral trading system':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1614808.shtml',
  '以世贸组织为核心的多边贸易体制\u0000multilateral trading system with the WTO at its core':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1654570.shtml',
  '以人民为中心\u0000people-centered':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1618892.shtml',
  '以国际法为基础的国际秩序\u0000international order based on international law':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1663725.shtml',
  '以联合国为核心的国际体系\u0000UN-centered international system':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1701592.shtml',
  '以联合国为核心的国际体系\u0000the international system with the UN at its core':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '伊核问题\u0000Iranian nuclear issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '伊核问题\u0000the Iranian nuclear issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '伊核问题全面协议\u0000JCPOA':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '伊核问题全面协议\u0000the Joint Comprehensive Plan of Action':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '优势互补\u0000complement each other':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1613116.shtml',
  '会见\u0000meeting':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '会见\u0000met with':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '会谈\u0000held talks':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '会谈\u0000talks':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '传统友谊\u0000traditional friendship':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '例行记者会\u0000regular press conference':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '供给侧结构性改革\u0000supply-side structural reform':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1734624.shtml',
  '依法保障\u0000protected by law':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1762834.shtml',
  '依法处理\u0000in accordance with the law':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572946.shtml',
  '依法治国\u0000rule of law':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1774812.shtml',
  '保护主义\u0000protectionism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '保持冷静克制\u0000remain calm and exercise restraint':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1684227.shtml',
  '保持冷静克制\u0000stay calm and exercise restraint':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1675600.shtml',
  '信任赤字\u0000trust deficit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1712371.shtml',
  '债务问题\u0000debt issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1586627.shtml',
  '债务问题\u0000debt issues':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1646384.shtml',
  '债务陷阱\u0000debt trap':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562307.shtml',
  "停止干涉中国内政\u0000stop interfering in China's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1701592.shtml',
  '健康稳定发展\u0000sound and stable development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1629668.shtml',
  '健康稳定发展\u0000sound and steady development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '全天候战略合作伙伴关系\u0000all-weather strategic cooperative partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1565728.shtml',
  '全方位战略伙伴关系\u0000comprehensive strategic partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1629365.shtml',
  '全球公共产品\u0000global public good':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1780716.shtml',
  '全球战略稳定\u0000global strategic stability':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '全球治理\u0000global governance':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '全球治理体系\u0000global governance system':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '全面协议\u0000JCPOA':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '全面协议\u0000Joint Comprehensive Plan of Action':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '全面合作伙伴关系\u0000comprehensive cooperative partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '全面建成小康社会\u0000building a moderately prosperous society in all respects':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1729013.shtml',
  '全面建成小康社会\u0000complete the building of a moderately prosperous society in all respects':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1735680.shtml',
  '全面战略伙伴关系\u0000comprehensive strategic partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '全面战略协作伙伴关系\u0000comprehensive strategic partnership of coordination':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '全面战略合作伙伴关系\u0000comprehensive strategic cooperative partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '全面深化改革\u0000comprehensively deepening reform':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1577969.shtml',
  '全面禁止核试验条约\u0000CTBT':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1770510.shtml',
  '全面禁止核试验条约\u0000Comprehensive Nuclear-Test-Ban Treaty':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1770510.shtml',
  '公平、公正、非歧视\u0000fair, just and non-discriminatory':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1633680.shtml',
  '公平、公正、非歧视的营商环境\u0000fair, just and non-discriminatory business environment':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1653187.shtml',
  '公平正义\u0000equity and justice':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1695338.shtml',
  '公平正义\u0000fairness and justice':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566054.shtml',
  '公开、透明、负责任\u0000open, transparent and responsible':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1752172.shtml',
  '公开透明\u0000open and transparent':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1579914.shtml',
  '公开透明\u0000openness and transparency':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580573.shtml',
  '公道自在人心\u0000justice will prevail':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1670850.shtml',
  '共同、综合、合作、可持续\u0000common, comprehensive, cooperative and sustainable':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1634038.shtml',
  '共同但有区别的责任\u0000common but differentiated responsibilities':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1700483.shtml',
  '共商共建共享\u0000extensive consultation, joint contribution and shared benefits':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1579567.shtml',
  '关于你提到的\u0000as to what you mentioned':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1660060.shtml',
  '关于你提到的\u0000regarding your question':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1638314.shtml',
  '关税\u0000tariff':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '关税\u0000tariffs':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '内政\u0000domestic affairs':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '内政\u0000internal affairs':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '军控\u0000arms control':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '冲突各方\u0000all parties to the conflict':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1653646.shtml',
  '冲突各方\u0000parties to the conflict':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1653646.shtml',
  '冷战思维\u0000Cold War mentality':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1579044.shtml',
  '冷战思维和零和博弈\u0000Cold War mentality and zero-sum game':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1631811.shtml',
  '冷静克制\u0000exercise restraint':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1672341.shtml',
  '冷静克制\u0000stay calm and exercise restraint':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1675600.shtml',
  '减贫\u0000poverty reduction':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566835.shtml',
  '出口管制\u0000export control':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1689110.shtml',
  '出口管制\u0000export controls':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563933.shtml',
  '分裂势力\u0000separatist forces':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1586627.shtml',
  '创新、协调、绿色、开放、共享\u0000innovative, coordinated, green, open and shared':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1673682.shtml',
  '别有用心\u0000ulterior motives':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573668.shtml',
  '别有用心\u0000with ulterior motives':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573668.shtml',
  '制裁\u0000sanction':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '制裁\u0000sanctions':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '劝和促谈\u0000promote peace talks':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1634957.shtml',
  '劝和促谈\u0000promoting peace talks':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561931.shtml',
  '加征关税\u0000additional tariffs':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1574293.shtml',
  '加征关税\u0000impose additional tariffs':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1577969.shtml',
  '务实合作\u0000practical cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '包容性\u0000inclusive':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '包容性\u0000inclusiveness':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581484.shtml',
  '区域全面经济伙伴关系协定\u0000RCEP':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1613461.shtml',
  '区域全面经济伙伴关系协定\u0000Regional Comprehensive Economic Partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564980.shtml',
  '半岛和平稳定\u0000peace and stability on the Peninsula':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '半岛无核化\u0000denuclearization of the Peninsula':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '半岛问题\u0000Korean Peninsula issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '半岛问题\u0000the Peninsula issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '协调、合作、稳定\u0000coordination, cooperation and stability':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1619268.shtml',
  '单边主义\u0000unilateralism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564980.shtml',
  '单边主义和保护主义\u0000unilateralism and protectionism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564980.shtml',
  '单边制裁\u0000unilateral sanctions':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '南南合作\u0000South-South cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '南海仲裁案\u0000South China Sea arbitration':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1680717.shtml',
  '南海各方行为宣言\u0000DOC':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571009.shtml',
  '南海各方行为宣言\u0000Declaration on the Conduct of Parties in the South China Sea':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1613873.shtml',
  '南海行为准则\u0000COC':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571009.shtml',
  '南海行为准则\u0000Code of Conduct in the South China Sea':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571009.shtml',
  '南海问题\u0000South China Sea issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '南海问题\u0000the South China Sea issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '印太战略\u0000Indo-Pacific Strategy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1578759.shtml',
  '历史潮流\u0000historical trend':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1592800.shtml',
  '历史潮流\u0000the trend of history':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1604154.shtml',
  '历史的垃圾堆\u0000the dustbin of history':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1682558.shtml',
  '原则立场\u0000principled position':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560357.shtml',
  '去极端化\u0000deradicalization':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1655318.shtml',
  '友好合作\u0000friendly cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '双方\u0000both sides':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1744466.shtml',
  '双方\u0000the two sides':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '双轨并进\u0000dual-track approach':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1641502.shtml',
  '双重标准\u0000double standards':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '反制措施\u0000countermeasures':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563933.shtml',
  '反华\u0000anti-China':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1614808.shtml',
  '反华势力\u0000anti-China forces':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1701043.shtml',
  '反恐和去极端化\u0000counter-terrorism and deradicalization':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1655318.shtml',
  '反腐败\u0000anti-corruption':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566835.shtml',
  '反腐败\u0000fight against corruption':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566835.shtml',
  '发展中国家\u0000developing countries':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '发展中国家\u0000developing country':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580976.shtml',
  '发展和安全\u0000development and security':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1788415.shtml',
  '发挥建设性作用\u0000play a constructive role':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1761753.shtml',
  '叙利亚问题\u0000Syrian issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1590266.shtml',
  '叙利亚问题\u0000the Syrian issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1590266.shtml',
  '可持续发展\u0000sustainable development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '可持续发展议程\u00002030 Agenda':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1618558.shtml',
  '可持续发展议程\u0000Agenda for Sustainable Development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1618558.shtml',
  "台湾是中国领土不可分割的一部分\u0000Taiwan is an inalienable part of China's territory":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572644.shtml',
  '台湾问题\u0000Taiwan question':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '台湾问题\u0000the Taiwan question':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '台独\u0000Taiwan independence':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581484.shtml',
  '台独\u0000"Taiwan independence"':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581484.shtml',
  '司法主权\u0000judicial sovereignty':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1624697.shtml',
  '各国人民\u0000people of all countries':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1574293.shtml',
  '各方\u0000all parties':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '各方\u0000all sides':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1593246.shtml',
  '合作共赢\u0000win-win cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '合法权益\u0000lawful rights and interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569968.shtml',
  '合法权益\u0000legitimate rights and interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562307.shtml',
  '合理关切\u0000legitimate concerns':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '同舟共济\u0000solidarity':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1707781.shtml',
  '同舟共济\u0000stand together':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1748946.shtml',
  '命运共同体\u0000community of shared future':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1593246.shtml',
  '命运共同体\u0000community with a shared future':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '和平与发展\u0000peace and development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '和平共处五项原则\u0000Five Principles of Peaceful Coexistence':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '和平利用外空\u0000peaceful use of outer space':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569968.shtml',
  '和平发展道路\u0000path of peaceful development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1603722.shtml',
  '和平稳定\u0000peace and stability':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '和平统一\u0000peaceful reunification':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1626635.shtml',
  '和平谈判\u0000peace talks':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1696514.shtml',
  '团结合作\u0000solidarity and cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '团结抗疫\u0000solidarity against COVID-19':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1789220.shtml',
  '固有领土\u0000inherent territory':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648493.shtml',
  '国事访问\u0000state visit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '国务委员\u0000State Councilor':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '国务委员兼外长\u0000State Councilor and Foreign Minister':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '国务院总理\u0000Premier of the State Council':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572644.shtml',
  '国务院总理\u0000Premier':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '国家主席\u0000President':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '国家主权\u0000national sovereignty':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '国家主权、安全和发展利益\u0000sovereignty, security and development interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1672341.shtml',
  '国家安全\u0000national security':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  "国家治理体系和治理能力现代化\u0000modernizing China's system and capacity for governance":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1608076.shtml',
  '国家统一\u0000national reunification':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1626635.shtml',
  '国防政策\u0000national defense policy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1606490.shtml',
  '国际关系基本准则\u0000basic norms governing international relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '国际关系民主化\u0000democracy in international relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1582646.shtml',
  '国际关系民主化\u0000greater democracy in international relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1670288.shtml',
  '国际反恐合作\u0000international counter-terrorism cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572946.shtml',
  '国际法\u0000international law':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '国际法和国际关系基本准则\u0000international law and basic norms governing international relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1587407.shtml',
  '国际社会\u0000international community':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '国际社会\u0000the international community':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '国际社会普遍共识\u0000universal consensus of the international community':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581940.shtml',
  '圆满成功\u0000complete success':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1752564.shtml',
  '圆满成功\u0000full success':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575883.shtml',
  '地区和平稳定\u0000regional peace and stability':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560357.shtml',
  '坚决反对\u0000firmly oppose':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '坚决反对\u0000firmly opposes':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '坚定不移\u0000unswervingly':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '坚定决心\u0000firm determination':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562307.shtml',
  '坚定决心\u0000firm resolve':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1629668.shtml',
  '坚定捍卫\u0000firmly defend':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1676327.shtml',
  '坚定支持\u0000firm support':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1634038.shtml',
  '坚定支持\u0000firmly supports':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '坚定维护\u0000firmly safeguard':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '坚定维护\u0000firmly uphold':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1565728.shtml',
  '外交部发言人\u0000Foreign Ministry Spokesperson':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '外国势力\u0000foreign forces':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1682741.shtml',
  '外空军备竞赛\u0000arms race in outer space':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569968.shtml',
  '外部势力\u0000external forces':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1626635.shtml',
  '外部势力干涉\u0000external interference':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1642317.shtml',
  '多边主义\u0000multilateralism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '多边贸易体制\u0000multilateral trading system':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564980.shtml',
  '大势所趋\u0000irresistible trend':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '大势所趋\u0000the trend of the times':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '大国关系\u0000major-country relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '奉劝\u0000advise':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '奉劝\u0000urge':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '好朋友、好伙伴、好兄弟\u0000good friends, good partners and good brothers':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1759985.shtml',
  '子虚乌有\u0000fabricated':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1608884.shtml',
  '守望相助\u0000mutual assistance':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1672917.shtml',
  '安全和合法权益\u0000safety and legitimate rights and interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1772428.shtml',
  '安全和合法权益\u0000safety and legitimate rights':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1772428.shtml',
  '安全观\u0000security concept':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1634038.shtml',
  '安理会决议\u0000Security Council resolution':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564526.shtml',
  '安理会决议\u0000Security Council resolutions':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564526.shtml',
  '宗教信仰自由\u0000freedom of religious belief':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '实体清单\u0000Entity List':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1675070.shtml',
  '实体清单\u0000entity list':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1675070.shtml',
  '客观公正\u0000objective and fair':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '客观公正\u0000objective and impartial':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572946.shtml',
  '客观公正立场\u0000objective and impartial position':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1725418.shtml',
  '对外开放\u0000opening up to the outside world':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575883.shtml',
  '对外开放\u0000opening-up':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '对等反制\u0000reciprocal countermeasures':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1758235.shtml',
  '对话协商\u0000dialogue and consultation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '小圈子\u0000clique':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1661409.shtml',
  '小圈子\u0000exclusive clique':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1661409.shtml',
  '小康社会\u0000moderately prosperous society':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1727490.shtml',
  '局势升级\u0000escalation of the situation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1641847.shtml',
  '局势升级\u0000escalation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580228.shtml',
  '工作访问\u0000working visit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1567257.shtml',
  '巴以冲突\u0000Palestinian-Israeli conflict':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '巴勒斯坦问题\u0000Palestinian question':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1793427.shtml',
  '巴勒斯坦问题\u0000the Palestinian question':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1793427.shtml',
  '巴黎协定\u0000Paris Agreement':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1618558.shtml',
  '巴黎协定\u0000the Paris Agreement':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1618558.shtml',
  '常任理事国\u0000permanent member':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '常任理事国\u0000permanent members':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572644.shtml',
  "干涉中国内政\u0000interfere in China's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  "干涉中国内政\u0000interference in China's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1613461.shtml',
  '平等协商\u0000equal-footed consultation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1689110.shtml',
  '平等相待\u0000equality':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '平等相待\u0000treat each other as equals':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1784166.shtml',
  '应对气候变化\u0000address climate change':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1618558.shtml',
  '应对气候变化\u0000tackle climate change':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1661701.shtml',
  '建交\u0000establish diplomatic relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '建交\u0000establishment of diplomatic relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '建交以来\u0000since the establishment of diplomatic relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1582646.shtml',
  '建设性作用\u0000constructive role':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1761753.shtml',
  '开放包容\u0000open and inclusive':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569968.shtml',
  '开放包容\u0000openness and inclusiveness':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '开放包容、合作共赢\u0000openness, inclusiveness and win-win cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581484.shtml',
  '开放型世界经济\u0000open world economy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '开放的大门只会越开越大\u0000door to the outside world will only open wider':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1623846.shtml',
  '强权政治\u0000power politics':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1582646.shtml',
  '强烈不满和坚决反对\u0000strong dissatisfaction with and firm opposition to':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580228.shtml',
  '强烈不满和坚决反对\u0000strongly dissatisfied with and firmly opposed to':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '强烈谴责\u0000strong condemnation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1758235.shtml',
  '强烈谴责\u0000strongly condemns':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '强迫劳动\u0000forced labor':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1751334.shtml',
  '当事方\u0000parties concerned':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '必要措施\u0000necessary measures':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562307.shtml',
  '恐怖主义\u0000terrorism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '患难与共\u0000share weal and woe':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1616746.shtml',
  '患难与共\u0000through thick and thin':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1691074.shtml',
  '意识形态偏见\u0000ideological bias':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1587703.shtml',
  '意识形态偏见\u0000ideological prejudice':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1603722.shtml',
  '我们注意到\u0000we have noted':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '我们注意到\u0000we noted':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1689110.shtml',
  '战略互信\u0000strategic mutual trust':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '战略伙伴关系\u0000strategic partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '战略合作伙伴关系\u0000strategic cooperative partnership':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '战略沟通\u0000strategic communication':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569968.shtml',
  '战略稳定\u0000strategic stability':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '所谓\u0000so-called':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '打击恐怖主义\u0000combat terrorism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1590266.shtml',
  '打击恐怖主义\u0000fight against terrorism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1654570.shtml',
  '打压中国企业\u0000cracking down on Chinese enterprises':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1633218.shtml',
  '打压中国企业\u0000oppress Chinese companies':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1681711.shtml',
  '扩大对外开放\u0000expand opening-up':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '承前启后\u0000build on the past achievements':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1593246.shtml',
  '抗疫合作\u0000anti-pandemic cooperation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1767488.shtml',
  '抗疫合作\u0000cooperation against COVID-19':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1778769.shtml',
  '抹黑中国\u0000smear China':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1690301.shtml',
  '抹黑中国\u0000smearing China':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1631149.shtml',
  '改革开放\u0000reform and opening up':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572946.shtml',
  '改革开放\u0000reform and opening-up':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '政治互信\u0000political mutual trust':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '政治化\u0000politicization':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1767935.shtml',
  '政治化\u0000politicize':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1611201.shtml',
  '政治操弄\u0000political manipulation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1628941.shtml',
  '政治解决\u0000political settlement':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '政治解决进程\u0000political settlement process':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '敦促\u0000urge':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '敦促\u0000urges':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1687014.shtml',
  '数字经济\u0000digital economy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1614808.shtml',
  '数据安全\u0000data security':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1637635.shtml',
  '新兴市场国家和发展中国家\u0000emerging markets and developing countries':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581484.shtml',
  '新冠疫苗\u0000COVID-19 vaccine':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1787042.shtml',
  '新冠肺炎\u0000COVID-19':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1761753.shtml',
  '新冠肺炎\u0000novel coronavirus pneumonia':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1774812.shtml',
  '新冠肺炎疫情\u0000COVID-19 epidemic':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1749341.shtml',
  '新冠肺炎疫情\u0000COVID-19 outbreak':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1748946.shtml',
  '新冠肺炎疫情\u0000COVID-19 pandemic':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1761753.shtml',
  '新发展理念\u0000new development philosophy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1639956.shtml',
  '新台阶\u0000new height':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '新台阶\u0000new level':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563933.shtml',
  '新型国际关系\u0000a new type of international relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '新型国际关系\u0000new type of international relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '新型大国关系\u0000new type of major country relations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1681711.shtml',
  '新型大国关系\u0000new type of major country relationship':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1681711.shtml',
  '新安全观\u0000new security concept':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1634038.shtml',
  '新时代\u0000new era':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562307.shtml',
  '新时代\u0000the new era':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562307.shtml',
  '新时代中俄全面战略协作伙伴关系\u0000China-Russia comprehensive strategic partnership of coordination for a new era':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1698134.shtml',
  '新的历史起点\u0000new historical starting point':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1653646.shtml',
  '新的更大贡献\u0000greater contributions':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1570647.shtml',
  '新篇章\u0000new chapter':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1576325.shtml',
  '新闻自由\u0000freedom of the press':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1757799.shtml',
  '新闻自由\u0000press freedom':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1696968.shtml',
  '无理打压\u0000unreasonable suppression':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573668.shtml',
  '无理打压\u0000unwarranted suppression':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1631471.shtml',
  '无端指责\u0000groundless accusations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569968.shtml',
  '无端指责\u0000unwarranted accusations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1624190.shtml',
  '是非曲直\u0000merits of the matter':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1727131.shtml',
  '暴力恐怖\u0000violent and terrorist':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '暴力恐怖\u0000violent terrorism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1610830.shtml',
  '最大的发展中国家\u0000largest developing country':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580976.shtml',
  '有关各方\u0000all parties concerned':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580976.shtml',
  '有关各方\u0000relevant parties':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '有关国家\u0000countries concerned':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1643710.shtml',
  '有关国家\u0000relevant countries':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1761753.shtml',
  '有关方面\u0000relevant parties':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '有关方面\u0000the parties concerned':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '有罪推定\u0000presumption of guilt':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1623453.shtml',
  '朝鲜半岛问题\u0000the Korean Peninsula issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559978.shtml',
  '极少数\u0000a very small number of':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1611201.shtml',
  '构建人类命运共同体\u0000build a community with a shared future for mankind':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '构建人类命运共同体\u0000building a community with a shared future for mankind':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '某些国家\u0000certain countries':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1577969.shtml',
  '某些国家\u0000some countries':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1606198.shtml',
  '标本兼治\u0000address both the symptoms and root causes':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1606828.shtml',
  '核不扩散\u0000nuclear non-proliferation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566463.shtml',
  '核心利益\u0000core interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '核心利益和重大关切\u0000core interests and major concerns':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '根据事情本身的是非曲直\u0000on the merits of the matter itself':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1727131.shtml',
  '根源\u0000root cause':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1643545.shtml',
  '根源\u0000root causes':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1643545.shtml',
  '正式访问\u0000official visit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '正当合法权益\u0000legitimate and lawful rights and interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569968.shtml',
  '正当权益\u0000legitimate rights and interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573668.shtml',
  '正确义利观\u0000principle of pursuing the greater good and shared interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1637013.shtml',
  '毫无根据\u0000groundless':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1563568.shtml',
  '毫无根据\u0000totally groundless':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1589014.shtml',
  '民族团结\u0000ethnic solidarity':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '民族团结\u0000ethnic unity':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1701043.shtml',
  '气候变化\u0000climate change':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1577969.shtml',
  '求同存异\u0000seek common ground while shelving differences':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564526.shtml',
  '污名化\u0000stigmatization':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1761753.shtml',
  '污名化\u0000stigmatize':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1761753.shtml',
  '法治\u0000rule of law':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '法治精神\u0000spirit of the rule of law':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1629668.shtml',
  '泛化国家安全概念\u0000stretching the concept of national security':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1695338.shtml',
  '注定失败\u0000doomed to fail':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1780978.shtml',
  '涉台问题\u0000Taiwan question':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '涉台问题\u0000Taiwan-related issues':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1560672.shtml',
  '涉港问题\u0000Hong Kong-related issues':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1675600.shtml',
  '涉疆问题\u0000Xinjiang-related issues':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '涉藏问题\u0000Tibet-related issues':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1623846.shtml',
  '深切哀悼\u0000deep condolences':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580228.shtml',
  '深切哀悼\u0000deepest condolences':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1731707.shtml',
  '混淆是非\u0000confounds right with wrong':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1645493.shtml',
  '混淆是非\u0000confusing right and wrong':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1604154.shtml',
  '港人治港\u0000Hong Kong people administering Hong Kong':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1647752.shtml',
  '溯源\u0000origin tracing':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1780978.shtml',
  '滥用国家力量\u0000abusing its state power':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1793861.shtml',
  '滥用国家力量\u0000abusing state power':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1665708.shtml',
  '火上浇油\u0000add fuel to the flames':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1716261.shtml',
  '火上浇油\u0000adding fuel to the fire':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1685342.shtml',
  '特使\u0000special envoy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '独立自主的和平外交政策\u0000independent foreign policy of peace':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1710842.shtml',
  '生态文明\u0000ecological conservation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1661701.shtml',
  '生态文明建设\u0000ecological conservation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1661701.shtml',
  '甩锅\u0000blame-shifting':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1589844.shtml',
  '甩锅\u0000shift the blame':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1755093.shtml',
  '疫情防控\u0000COVID-19 prevention and control':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1753656.shtml',
  '疫情防控\u0000epidemic prevention and control':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1734309.shtml',
  '病毒溯源\u0000origin of the virus':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1752172.shtml',
  '病毒溯源\u0000origin-tracing':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1761753.shtml',
  '百年未有之大变局\u0000changes unseen in a century':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1654570.shtml',
  '百年未有之大变局\u0000profound changes unseen in a century':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1654570.shtml',
  '直接当事方\u0000directly concerned parties':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '直接当事方\u0000parties directly concerned':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1562652.shtml',
  '相互尊重\u0000mutual respect':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1689110.shtml',
  '真实亲诚\u0000sincerity, real results, amity and good faith':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1623453.shtml',
  '真诚友好、平等相待\u0000sincerity, friendship and equality':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '睦邻友好\u0000good-neighborliness and friendship':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1707781.shtml',
  '种族灭绝\u0000genocide':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1793427.shtml',
  '科技创新\u0000scientific and technological innovation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1607513.shtml',
  '科技创新\u0000technological innovation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1607513.shtml',
  '积极作用\u0000positive role':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '积极成果\u0000positive outcomes':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '积极成果\u0000positive results':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '积极评价\u0000positive evaluation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1625726.shtml',
  '积极进展\u0000positive progress':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '立即停止\u0000immediately stop':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '第三方\u0000third party':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1609368.shtml',
  '答记者问\u0000remarks on':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  "粗暴干涉中国内政\u0000gross interference in China's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1699375.shtml',
  '粤港澳大湾区\u0000Greater Bay Area':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1639169.shtml',
  '粤港澳大湾区\u0000Guangdong-Hong Kong-Macao Greater Bay Area':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1639169.shtml',
  '粮食安全\u0000food security':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1618558.shtml',
  '繁荣稳定\u0000prosperity and stability':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '纠正错误\u0000correct its mistakes':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1583054.shtml',
  "纯属中国内政\u0000purely China's domestic affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1622128.shtml',
  "纯属中国内政\u0000purely China's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648493.shtml',
  '经济全球化\u0000economic globalization':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564980.shtml',
  '经贸问题\u0000economic and trade issues':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '继往开来\u0000build on past achievements':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1582646.shtml',
  '维和\u0000peacekeeping':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '维和行动\u0000peacekeeping operations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '绿色低碳\u0000green and low-carbon':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1622727.shtml',
  '绿色发展\u0000green development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1655318.shtml',
  '缓和局势\u0000ease the situation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1790521.shtml',
  '网络安全\u0000cyber security':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '网络安全\u0000cybersecurity':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1637290.shtml',
  '网络空间命运共同体\u0000community with a shared future in cyberspace':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1617873.shtml',
  '美方\u0000the US side':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1689110.shtml',
  '美方\u0000the US':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '职业技能教育培训中心\u0000vocational education and training centers':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1622727.shtml',
  '联合国安理会常任理事国\u0000permanent member of the UN Security Council':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1569335.shtml',
  '联合国宪章\u0000the UN Charter':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566463.shtml',
  '联合国宪章宗旨和原则\u0000purposes and principles of the UN Charter':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566463.shtml',
  '联合国海洋法公约\u0000UNCLOS':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1606828.shtml',
  '联合国海洋法公约\u0000United Nations Convention on the Law of the Sea':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1606828.shtml',
  '联合声明\u0000joint statement':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '联防联控\u0000joint prevention and control':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1749688.shtml',
  '能源安全\u0000energy security':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1672341.shtml',
  '脱贫攻坚\u0000poverty alleviation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1730335.shtml',
  '脱钩\u0000decouple':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1677414.shtml',
  '脱钩\u0000decoupling':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1671670.shtml',
  '自由贸易试验区\u0000pilot free trade zone':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1677852.shtml',
  '致贺电\u0000congratulatory message':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1620929.shtml',
  '致贺电\u0000sent a congratulatory message':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1656557.shtml',
  '航行和飞越自由\u0000freedom of navigation and overflight':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1604508.shtml',
  '航行自由\u0000freedom of navigation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564526.shtml',
  '营商环境\u0000business environment':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573983.shtml',
  '落实好\u0000implement':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '虚假信息\u0000disinformation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1748946.shtml',
  '虚假信息\u0000false information':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1637635.shtml',
  '表示哀悼\u0000mourns':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1682741.shtml',
  '表示欢迎\u0000welcomes':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '表示祝贺\u0000congratulates':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '表示祝贺\u0000extends congratulations':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1791668.shtml',
  '表示赞赏\u0000appreciates':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1603452.shtml',
  '表示赞赏\u0000commends':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1564526.shtml',
  '言论自由\u0000freedom of expression':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1748946.shtml',
  '言论自由\u0000freedom of speech':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1708023.shtml',
  '诚挚慰问\u0000sincere condolences':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '诚挚慰问\u0000sincere sympathies':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580228.shtml',
  '请向主管部门询问\u0000refer you to competent authorities':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1638000.shtml',
  '谎言\u0000lie':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '谎言\u0000lies':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719112.shtml',
  '负责任大国\u0000responsible major country':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575883.shtml',
  '负责任的大国\u0000responsible major country':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1639566.shtml',
  '贸易战\u0000trade war':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1561142.shtml',
  '贸易战没有赢家\u0000there is no winner in a trade war':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1580228.shtml',
  '贸易摩擦\u0000trade friction':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573983.shtml',
  '贸易摩擦\u0000trade frictions':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573983.shtml',
  '走和平发展道路\u0000follow the path of peaceful development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1702256.shtml',
  '进博会\u0000CIIE':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1712652.shtml',
  '进博会\u0000China International Import Expo':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1607153.shtml',
  '逆历史潮流而动\u0000against the trend of history':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1608884.shtml',
  '逆历史潮流而动\u0000against the trend of the times':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1592240.shtml',
  '通电话\u0000phone call':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572946.shtml',
  '通电话\u0000talked over the phone':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1781212.shtml',
  '通过对话协商\u0000through dialogue and consultation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559310.shtml',
  '造谣抹黑\u0000smearing':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1665026.shtml',
  '里程碑\u0000milestone':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1572345.shtml',
  '重大关切\u0000major concerns':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '重要共识\u0000important consensus':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml',
  '金砖+\u0000BRICS Plus':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1566054.shtml',
  '金砖精神\u0000BRICS spirit':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1707781.shtml',
  '钓鱼岛及其附属岛屿\u0000Diaoyu Dao and its affiliated islands':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1578409.shtml',
  '铁杆朋友\u0000iron-clad friend':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1753656.shtml',
  '铁杆朋友\u0000iron-clad friends':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1753656.shtml',
  '长期繁荣稳定\u0000long-term prosperity and stability':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1683732.shtml',
  '长臂管辖\u0000long-arm jurisdiction':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1573668.shtml',
  '防御性国防政策\u0000national defense policy that is defensive in nature':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1689960.shtml',
  '阿人主导、阿人所有\u0000Afghan-led and Afghan-owned':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1567257.shtml',
  '阿富汗问题\u0000Afghan issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1567257.shtml',
  '阿富汗问题\u0000the Afghan issue':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1567257.shtml',
  '降温\u0000de-escalate':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1729747.shtml',
  '降温\u0000de-escalation':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1641502.shtml',
  '零和博弈\u0000zero-sum game':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1576325.shtml',
  '霸权主义\u0000hegemonism':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1762834.shtml',
  '领事保护\u0000consular protection':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1581940.shtml',
  '领土主权和海洋权益\u0000territorial sovereignty and maritime rights and interests':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575371.shtml',
  '领土完整\u0000territorial integrity':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1559633.shtml',
  '颜色革命\u0000color revolution':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719615.shtml',
  '颜色革命\u0000color revolutions':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1719615.shtml',
  '颠倒黑白\u0000call white black':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1578759.shtml',
  '颠倒黑白\u0000calling white black':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '风雨同舟\u0000through thick and thin':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1691074.shtml',
  '香港事务\u0000Hong Kong affairs':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  "香港事务纯属中国内政\u0000Hong Kong affairs are purely China's internal affairs":
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1668451.shtml',
  '香港国安法\u0000Hong Kong national security law':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1794266.shtml',
  '高层交往\u0000high-level exchanges':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1648902.shtml',
  '高度自治\u0000high degree of autonomy':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1686638.shtml',
  '高度评价\u0000highly appreciate':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1583054.shtml',
  '高度评价\u0000speak highly of':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1611201.shtml',
  '高度重视\u0000attach great importance to':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1577090.shtml',
  '高度重视\u0000attaches great importance to':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1571641.shtml',
  '高水平对外开放\u0000high-level opening-up':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1621651.shtml',
  '高质量发展\u0000high-quality development':
    'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1575883.shtml',
};
