import type { Tier } from '../../../src/config/schema.js';
import { lang, type TrafficExample } from './build.js';

/**
 * Second non-English batch (session 7, names `l2-<lang>-`), written without running the router:
 * 16 languages (Thai, Hebrew, Indonesian, Swedish, Ukrainian, Greek and Czech are new), easy
 * lookups and translations, everyday work, hard proofs, designs and investigations, some mixed
 * with English code, two as conversations.
 */
const l2 = (code: string, name: string, tier: Tier, texts: string | readonly string[]): TrafficExample => {
  const e = lang(code, name, tier, texts);
  return { ...e, name: `l2-${e.name}`, group: `l2-${e.group}` };
};

export const secondLanguageExamples: TrafficExample[] = [
  // Korean
  l2('ko', 'ktx', 'haiku', '서울에서 부산까지 KTX로 몇 시간 정도 걸려요?'),
  l2('ko', 'retro', 'sonnet', '다음 주에 개발팀 스프린트 회고를 진행하려고 합니다. 1시간짜리 회고 진행 순서와 팀원들에게 던질 질문 목록을 만들어 주세요. 팀원은 7명이고 최근 배포 장애가 두 번 있었습니다.'),
  l2('ko', 'lock-continue', 'opus', [
    '재고 서비스에서 같은 상품이 동시에 주문되면 가끔 재고가 음수가 됩니다. Redis 분산 락(SET NX PX 3000)을 쓰고 있는데도요. 락을 잡은 뒤 DB에서 재고를 읽고, 차감하고, 락을 해제합니다. 어떤 경우에 이런 일이 생기는지 분석해 주세요.',
    '가장 흔한 원인은 락의 만료 시간입니다. 락을 잡은 프로세스가 GC 정지나 느린 DB 쿼리로 3초 이상 멈추면 락이 만료되고, 다른 프로세스가 같은 락을 잡아 같은 재고 값을 읽습니다. 첫 번째 프로세스는 깨어난 뒤 자신이 아직 락을 가지고 있다고 믿고 차감을 진행하므로, 두 번의 차감이 같은 읽기 값을 기준으로 일어납니다. 또한 해제 시 값 비교 없이 DEL을 하면 다른 프로세스의 락을 지워 버릴 수 있습니다. 해결책으로는 펜싱 토큰, DB 수준의 조건부 업데이트(UPDATE ... SET stock = stock - 1 WHERE stock >= 1), 그리고...',
    '계속해 주세요',
  ]),
  // Arabic
  l2('ar', 'leap-year', 'haiku', 'كم عدد أيام السنة الكبيسة؟'),
  l2('ar', 'ramadan-email', 'sonnet', 'اكتب رسالة بريد إلكتروني لعملاء متجرنا الإلكتروني نخبرهم فيها بمواعيد العمل الجديدة خلال شهر رمضان وبمواعيد التوصيل، بأسلوب ودود ومهني.'),
  l2('ar', 'clinic-design', 'opus', 'صمّم نظامًا موزعًا لحجز المواعيد في شبكة من 300 عيادة، بحيث لا يُحجز الموعد نفسه مرتين حتى عند انقطاع الاتصال بين مراكز البيانات، مع إمكانية الحجز من تطبيق الهاتف عند ضعف الشبكة. ناقش بالتفصيل المفاضلة بين الاتساق والتوافر، وطريقة حل التعارضات، وما يحدث عند فشل كل مكوّن.'),
  // Hindi
  l2('hi', 'kg-pounds', 'haiku', '1 किलोग्राम में कितने पाउंड होते हैं?'),
  l2('hi', 'diwali-msg', 'sonnet', 'मेरी कपड़ों की दुकान के ग्राहकों के लिए एक व्हाट्सऐप संदेश लिखिए जिसमें दिवाली सेल (सभी कुर्तों पर 30% छूट, 25 अक्टूबर से 2 नवंबर तक) की जानकारी हो। संदेश आकर्षक हो पर बहुत लंबा नहीं।'),
  l2('hi', 'wilson', 'opus', 'सिद्ध कीजिए कि किसी भी अभाज्य संख्या p के लिए (p-1)! + 1, p से विभाज्य होता है (विल्सन का प्रमेय), और फिर इसका विलोम भी सिद्ध कीजिए कि यदि n > 1 के लिए (n-1)! + 1, n से विभाज्य है तो n अभाज्य है। हर चरण का तर्क स्पष्ट लिखिए।'),
  // Russian
  l2('ru', 'dates', 'haiku', 'Извлеки все даты из текста: «Встреча перенесена с 12 марта на 3 апреля, а отчёт нужно сдать до 28 марта.»'),
  l2('ru', 'slow-python', 'sonnet', "Почему этот код на Python такой медленный на 200 тысячах строк и как его ускорить?\n\n```python\nresult = []\nfor row in rows:\n    if row['id'] not in [r['id'] for r in result]:\n        result.append(row)\n```"),
  l2('ru', 'mantel', 'opus', 'Докажите, что любой граф с n вершинами и более чем n²/4 рёбрами содержит треугольник (теорема Мантеля), и покажите, что эта оценка точная. Затем объясните, как это доказательство обобщается в теореме Турана.'),
  // Portuguese
  l2('pt', 'timezone', 'haiku', 'Qual é a diferença de fuso horário entre Lisboa e São Paulo agora?'),
  l2('pt', 'slow-query', 'sonnet', "Essa consulta está demorando 12 segundos no Postgres. Como posso otimizar?\n\n```sql\nSELECT c.nome, count(p.id)\nFROM clientes c\nLEFT JOIN pedidos p ON p.cliente_id = c.id\nWHERE date_trunc('month', p.criado_em) = '2024-09-01'\nGROUP BY c.nome;\n```"),
  l2('pt', 'four-day-week', 'opus', 'Faça uma síntese crítica da literatura sobre os efeitos da semana de quatro dias na produtividade e no bem-estar: compare os pilotos do Reino Unido, da Islândia e de Portugal, suas metodologias, vieses de seleção das empresas participantes e resultados contraditórios, e diga que conclusões são robustas.'),
  // Italian
  l2('it', 'menu-post', 'sonnet', 'Scrivi un post per Instagram per annunciare il nuovo menù autunnale del mio ristorante (zucca, funghi porcini, castagne), con un tono caldo e qualche hashtag.'),
  l2('it', 'deadlock-continue', 'opus', [
    'Il nostro servizio Java va in stallo ogni due o tre giorni sotto carico: tutte le richieste restano appese e il thread dump mostra 200 thread in attesa su un ReentrantLock della cache dei prezzi e uno in attesa su una connessione del pool JDBC. Non riusciamo a riprodurlo in test. Qual è la causa e come lo sistemiamo?',
    "Il quadro è quello di un'attesa circolare tra due risorse: il thread che tiene il lock della cache aspetta una connessione dal pool, e le connessioni sono tutte tenute da thread che, prima di restituirle, cercano di prendere il lock della cache. Con un pool di dimensione finita basta che tutte le connessioni siano occupate in quel momento: per questo succede solo sotto carico. Per confermarlo, guarda nel thread dump chi possiede il lock (\"locked <0x...>\") e che cosa stanno facendo i thread che hanno una connessione aperta...",
    'continua',
  ]),
  // Turkish
  l2('tr', 'thanks', 'haiku', '"Teşekkür ederim, yarın görüşürüz" cümlesini İngilizceye çevirir misin?'),
  l2('tr', 'shifts', 'sonnet', 'Küçük bir kafe işletiyorum, 5 çalışanım var. Hafta içi 07:00-19:00, hafta sonu 08:00-22:00 açığız ve her vardiyada en az iki kişi olmalı. Kimse haftada 40 saati geçmemeli. Bana haftalık bir vardiya planı hazırla.'),
  l2('tr', 'tickets', 'opus', 'Yüksek trafikli bir konser bileti satış sisteminde aynı koltuğun iki kez satılmasını nasıl önleriz? Veritabanı kilitleri, iyimser eşzamanlılık kontrolü ve kuyruk tabanlı rezervasyon yaklaşımlarını karşılaştır; her birinin hangi hata senaryolarında (düğüm çökmesi, ağ bölünmesi, ödeme zaman aşımı) bozulduğunu adım adım göster.'),
  // Vietnamese
  l2('vi', 'capital', 'haiku', 'Thủ đô của Úc là thành phố nào?'),
  l2('vi', 'leave-email', 'sonnet', 'Viết giúp tôi một email xin nghỉ phép 3 ngày (từ thứ Tư đến thứ Sáu tuần sau) gửi quản lý, lý do là việc gia đình, và nói rõ tôi đã bàn giao công việc cho ai.'),
  l2('vi', 'fermat', 'opus', 'Chứng minh rằng các số Fermat F_n = 2^(2^n) + 1 đôi một nguyên tố cùng nhau, rồi suy ra rằng có vô hạn số nguyên tố. Trình bày chặt chẽ từng bước.'),
  // Polish
  l2('pl', 'percent', 'haiku', 'Ile to jest 15% z 240 zł?'),
  l2('pl', 'pesel', 'sonnet', 'Napisz funkcję w TypeScript, która sprawdza poprawność numeru PESEL (łącznie z cyfrą kontrolną i datą urodzenia), i wyjaśnij krótko, jak liczy się cyfrę kontrolną.'),
  // Thai
  l2('th', 'translate', 'haiku', 'แปลประโยคนี้เป็นภาษาอังกฤษ: "ร้านเปิดทุกวันตั้งแต่เก้าโมงเช้าถึงสองทุ่ม"'),
  l2('th', 'cafe-post', 'sonnet', 'ช่วยเขียนโพสต์เฟซบุ๊กโปรโมตร้านกาแฟเปิดใหม่ของฉันย่านอารีย์ มีโปรซื้อ 1 แถม 1 ในสัปดาห์แรก เน้นบรรยากาศอบอุ่นและเมล็ดกาแฟจากเชียงราย'),
  l2('th', 'payments', 'opus', 'ออกแบบระบบชำระเงินแบบกระจายที่รองรับ 20,000 ธุรกรรมต่อวินาที โดยต้องไม่ตัดเงินลูกค้าซ้ำแม้เครือข่ายระหว่างศูนย์ข้อมูลขัดข้อง อธิบายการแลกเปลี่ยนระหว่างความสอดคล้องของข้อมูลกับความพร้อมใช้งาน การจัดการ idempotency และสิ่งที่เกิดขึ้นเมื่อแต่ละส่วนล้มเหลวอย่างละเอียด'),
  // Hebrew
  l2('he', 'february', 'haiku', 'כמה ימים יש בפברואר 2028?'),
  l2('he', 'delay-email', 'sonnet', 'כתוב לי מייל ללקוח שמסביר שהפרויקט יתעכב בשבועיים בגלל בעיה אצל ספק החומרה, בטון מקצועי ומתנצל, ועם הצעה לפגישת עדכון.'),
  l2('he', 'node-leak', 'opus', 'שירות ה-Node.js שלנו קורס פעם בכמה ימים עם JavaScript heap out of memory, רק בסביבת הייצור ורק תחת עומס. ה-heap גדל לאט במשך שעות ואז קורס. ניסינו להגדיל את הזיכרון וזה רק דחה את הקריסה. איך מוצאים את שורש הבעיה? תאר תוכנית חקירה מלאה: אילו כלים, אילו מדידות, ואילו השערות לבדוק לפי הסדר.'),
  // Indonesian
  l2('id', 'invoice-en', 'haiku', "Apa bahasa Inggrisnya 'tolong kirim fakturnya hari ini'?"),
  l2('id', 'nil-map', 'sonnet', 'Tolong jelaskan kenapa kode Go ini error dan bagaimana cara memperbaikinya:\n\n```go\nfunc main() {\n    var counts map[string]int\n    counts["a"]++\n    fmt.Println(counts)\n}\n```\n\nError-nya: panic: assignment to entry in nil map'),
  l2('id', 'flash-sale', 'opus', 'Rancang arsitektur sistem pemesanan untuk marketplace dengan 5 juta pengguna aktif saat flash sale, tanpa overselling stok dan tanpa membuat database utama tumbang. Bandingkan pendekatan reservasi stok di Redis, antrean pesanan, dan penguncian di database, lalu jelaskan trade-off dan skenario kegagalan masing-masing secara mendalam.'),
  // Swedish
  l2('sv', 'translate', 'haiku', 'Översätt till engelska: "Mötet är flyttat till torsdag klockan tio."'),
  l2('sv', 'primes-1mod4', 'opus', 'Bevisa att det finns oändligt många primtal p sådana att p ≡ 1 (mod 4). Ge ett fullständigt och rigoröst bevis, och förklara varför Euklides vanliga argument inte räcker direkt här.'),
  // Ukrainian
  l2('uk', 'gin-index', 'sonnet', 'Поясни, як працюють індекси в PostgreSQL і коли варто використовувати GIN замість B-tree, з прикладами запитів для JSONB та повнотекстового пошуку.'),
  l2('uk', 'kafka-loss', 'opus', 'Проаналізуй, чому наш кластер Kafka іноді втрачає повідомлення після перезапуску брокера, хоча в продюсера acks=all, а replication factor 3. Ми бачимо це лише інколи й лише під навантаженням. Які можливі першопричини, як кожну з них перевірити і що змінити в конфігурації (min.insync.replicas, unclean.leader.election.enable, налаштування продюсера)?'),
  // Greek
  l2('el', 'minutes', 'haiku', 'Πόσα λεπτά έχει μια μέρα;'),
  // Czech
  l2('cs', 'exif-rename', 'sonnet', 'Napiš mi v Pythonu skript, který projde složku s fotkami a přejmenuje je podle data pořízení z EXIF (formát RRRR-MM-DD_HHMMSS.jpg), a fotky bez EXIF nechá být.'),
];
