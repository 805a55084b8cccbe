<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="81"/>
        <source>The first administrator</source>
        <translation>Бірінші әкімші</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="82"/>
        <source>This account manages staff, settings and backups.</source>
        <translation>Бұл тіркелгі қызметкерлерді, баптауларды және сақтық көшірмелерді басқарады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="91"/>
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="92"/>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="93"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="94"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="132"/>
        <source>Add an account</source>
        <translation>Тіркелгі қосу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="139"/>
        <source>&amp;Offices:</source>
        <translation>&amp;Филиалдары:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="140"/>
        <source>&amp;Shelter staff: sees rooms and where residents went</source>
        <translation>&amp;Баспана қызметкері: бөлмелерді және тұрғандардың қайда кеткенін көреді</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="135"/>
        <location filename="../../caseapp/ui/letters/address_book.py" line="209"/>
        <source>Address book</source>
        <translation>Мекенжай кітапшасы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="136"/>
        <source>&amp;Office:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="137"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="138"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="139"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="172"/>
        <source>Only an administrator or this office&apos;s staff change its address book.</source>
        <translation>Филиалдың мекенжай кітапшасын тек әкімші мен осы филиалдың қызметкерлері өзгертеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="211"/>
        <source>Remove “%1” from the address book? Letters already issued keep what they printed.</source>
        <translation>«%1» мекенжай кітапшасынан жойылсын ба? Бұрын берілген хаттарда басылған мәтін сақталады.</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="43"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="44"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="45"/>
        <source>Official</source>
        <translation>Лауазымды тұлға</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="46"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
</context>
<context>
    <name>AddressEntryDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="123"/>
        <source>New address book entry</source>
        <translation>Жаңа алушы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="123"/>
        <source>Address book entry</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="130"/>
        <source>&amp;Kind of recipient:</source>
        <translation>&amp;Алушының түрі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="133"/>
        <source>Write each text as the letter is to print it in that language, declined as an addressee line is (to whom: «To the Head of …»). A letter prints the position, the body, the name and the address, in that order.</source>
        <translation>Әр мәтінді хатта осы тілде басылатындай, алушы жолындағыдай барыс септігінде жазыңыз (кімге: «… бастығына»). Хатта лауазым, орган, аты-жөні және мекенжай осы ретпен басылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="139"/>
        <source>&amp;Position:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="140"/>
        <source>&amp;Name of the official:</source>
        <translation>Лауазымды тұлғаның &amp;аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="141"/>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="142"/>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="147"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="148"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
</context>
<context>
    <name>AddresseeKinds</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="27"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="28"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="29"/>
        <source>Medical organisation</source>
        <translation>Медициналық ұйым</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="30"/>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="31"/>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="32"/>
        <source>Social protection</source>
        <translation>Әлеуметтік қорғау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="33"/>
        <source>Family support centre</source>
        <translation>Отбасын қолдау орталығы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="36"/>
        <source>Guardianship body</source>
        <translation>Қорғаншылық және қамқоршылық органы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="37"/>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
</context>
<context>
    <name>AddresseePicker</name>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="82"/>
        <source>as the letter&apos;s text says</source>
        <translation>хат мәтініндегідей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="84"/>
        <source>The body or official the letter goes to, one line each, as it is to print.</source>
        <translation>Хат жіберілетін орган немесе лауазымды тұлға, басылатындай, әр жолға бөлек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="86"/>
        <source>The office&apos;s address book, and the order&apos;s police unit</source>
        <translation>Филиалдың мекенжай кітапшасы және нұсқаманы шығарған полиция органы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="87"/>
        <source>Add to address &amp;book…</source>
        <translation>Мекенжай &amp;кітапшасына қосу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="88"/>
        <source>Keep this addressee in the office&apos;s address book</source>
        <translation>Осы алушыны филиалдың мекенжай кітапшасында сақтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="121"/>
        <source>From the order: %1</source>
        <translation>Нұсқамадан: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="122"/>
        <source>As the letter&apos;s text says</source>
        <translation>Хат мәтініндегідей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="145"/>
        <source>This entry has nothing in the letter&apos;s language: write the addressee here.</source>
        <translation>Бұл алушының хат тілінде мәтіні жоқ: алушыны осында жазыңыз.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="220"/>
        <source>Admit to the shelter</source>
        <translation>Баспанаға қабылдау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="226"/>
        <source>Admitted on:</source>
        <translation>Қабылданған күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="227"/>
        <source>Room and bed:</source>
        <translation>Бөлме және төсек орны:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="228"/>
        <source>Children with her:</source>
        <translation>Онымен бірге балалар:</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="48"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="51"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="125"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Файлдарды тіркеу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="126"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Қарау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="128"/>
        <source>Save a &amp;copy outside…</source>
        <translation>Бағдарламадан тыс &amp;көшірмесін сақтау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="130"/>
        <source>Strike out file…</source>
        <translation>Файлды сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="133"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="134"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="135"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="136"/>
        <source>Added on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="137"/>
        <source>By</source>
        <translation>Кім қосты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="143"/>
        <location filename="../../caseapp/ui/case/attachments.py" line="173"/>
        <source>Choose a file and Preview: it opens here, from memory.</source>
        <translation>Файлды таңдап, «Қарау» батырмасын басыңыз: ол осында, жадтан ашылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="194"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="196"/>
        <source>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Сканерленген құжаттар, фотолар және PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="213"/>
        <source>%1 is larger than 50 MB and was not attached.</source>
        <translation>%1 50 МБ-тан үлкен, сондықтан тіркелмеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="221"/>
        <source>%1 could not be read.</source>
        <translation>%1 оқылмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="234"/>
        <source>Files attached: %1.</source>
        <translation>Тіркелген файлдар саны: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="261"/>
        <source>This kind of file cannot be shown here; save a copy outside to open it.</source>
        <translation>Мұндай файлды мұнда көрсету мүмкін емес; оны ашу үшін бағдарламадан тыс көшірмесін сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="276"/>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="284"/>
        <source>A copy outside the program</source>
        <translation>Бағдарламадан тыс көшірме</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="285"/>
        <source>The copy will not be encrypted: anyone who can open that folder can read it. Save it only where it must go, and delete it when done. The case&apos;s history records that you saved it. Save a copy?</source>
        <translation>Көшірме шифрланбайды: бұл қалтаны аша алатын кез келген адам оны оқи алады. Оны тек қажетті жерге сақтаңыз және жұмыс біткен соң жойыңыз. Оны сақтағаныңыз іс тарихына жазылады. Көшірмесін сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="307"/>
        <source>A copy was saved to %1.</source>
        <translation>Көшірмесі сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="98"/>
        <source>A backup is one encrypted file. Keep it on a USB stick away from this computer; with the recovery key it restores on any computer.</source>
        <translation>Сақтық көшірме — бір шифрланған файл. Оны осы компьютерден бөлек, USB жинақтағышта сақтаңыз: қалпына келтіру кілтімен оны кез келген компьютерде қалпына келтіруге болады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="102"/>
        <source>&amp;Make a backup now…</source>
        <translation>Сақтық көшірмені қазір &amp;жасау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="103"/>
        <source>&amp;Check a backup…</source>
        <translation>Сақтық көшірмені &amp;тексеру…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="104"/>
        <source>Remind me when the last backup is older than (days):</source>
        <translation>Соңғы сақтық көшірме мына мерзімнен ескі болса, еске салу (күн):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="105"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>By</source>
        <translation>Кім жасады</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="120"/>
        <source>This database is on a server: its administrator backs it up with the server&apos;s own tools (pg_dump or continuous archiving). The backups made here are for a database in a data folder.</source>
        <translation>Бұл дерекқор серверде: оның сақтық көшірмесін сервер әкімшісі сервердің өз құралдарымен жасайды (pg_dump немесе үздіксіз мұрағаттау). Мұнда жасалатын сақтық көшірмелер деректер қалтасындағы дерекқорға арналған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="131"/>
        <source>No backup has been made yet.</source>
        <translation>Сақтық көшірме әлі жасалмаған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="134"/>
        <source>Last backup: %1 by %2.</source>
        <translation>Соңғы сақтық көшірме: %1, жасаған: %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="139"/>
        <source>A backup is due.</source>
        <translation>Сақтық көшірме жасау уақыты келді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="162"/>
        <source>Save the backup</source>
        <translation>Сақтық көшірмені сақтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="164"/>
        <location filename="../../caseapp/ui/backup_page.py" line="183"/>
        <source>caseapp backup (*%1)</source>
        <translation>caseapp сақтық көшірмесі (*%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="173"/>
        <source>Making the backup…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="174"/>
        <source>The backup is saved and checked.</source>
        <translation>Сақтық көшірме сақталды және тексерілді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="181"/>
        <source>Check a backup</source>
        <translation>Сақтық көшірмені тексеру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="190"/>
        <source>Checking the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="191"/>
        <source>The backup is complete and undamaged.</source>
        <translation>Сақтық көшірме толық және зақымдалмаған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="195"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="215"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="147"/>
        <source>Correct the call</source>
        <translation>Өтінішті түзету</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="147"/>
        <source>A call or visit</source>
        <translation>Қоңырау немесе келу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="158"/>
        <source>when a case was opened for her</source>
        <translation>ол үшін іс ашылған болса</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="159"/>
        <source>no name is needed</source>
        <translation>есім қажет емес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="163"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Байланыс тәсілі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="164"/>
        <source>&amp;Who called:</source>
        <translation>&amp;Кім хабарласты:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="165"/>
        <source>&amp;Violence mentioned:</source>
        <translation>&amp;Аталған зорлық:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="166"/>
        <source>&amp;District:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="167"/>
        <source>What was &amp;given:</source>
        <translation>&amp;Көрсетілген көмек:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="168"/>
        <source>C&amp;ase:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="169"/>
        <source>&amp;Note:</source>
        <translation>&amp;Жазба:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="170"/>
        <source>D&amp;ay:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="171"/>
        <source>&amp;Time:</source>
        <translation>&amp;Уақыты:</translation>
    </message>
</context>
<context>
    <name>CaseChildren</name>
    <message>
        <location filename="../../caseapp/ui/case/children.py" line="45"/>
        <source>Her children:</source>
        <translation>Оның балалары:</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="102"/>
        <source>Case opened</source>
        <translation>Іс ашылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="103"/>
        <source>Case viewed</source>
        <translation>Іс қаралды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="104"/>
        <source>Case changed</source>
        <translation>Іс өзгертілді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="105"/>
        <source>Moved to another office</source>
        <translation>Басқа филиалға ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="106"/>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="107"/>
        <source>Note added</source>
        <translation>Жазба қосылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="108"/>
        <source>Note corrected</source>
        <translation>Жазба түзетілді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="109"/>
        <source>Service recorded</source>
        <translation>Қызмет тіркелді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="110"/>
        <source>Service corrected</source>
        <translation>Қызмет түзетілді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="111"/>
        <source>Record struck out</source>
        <translation>Мәлімет сызып тасталды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="112"/>
        <source>Case deleted</source>
        <translation>Іс жойылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="113"/>
        <source>Letter issued</source>
        <translation>Хат ресімделді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="114"/>
        <source>Letter issued without consent (emergency override)</source>
        <translation>Хат клиенттің келісімінсіз ресімделді (шұғыл тәртіп)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="117"/>
        <source>Admitted to the shelter</source>
        <translation>Баспанаға орналастырылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="118"/>
        <source>Left the shelter</source>
        <translation>Баспанадан шықты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="119"/>
        <source>Case summary printed</source>
        <translation>Іс бойынша қорытынды басылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="120"/>
        <source>Risk assessed</source>
        <translation>Қауіп бағаланды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="121"/>
        <source>Safety plan made</source>
        <translation>Қауіпсіздік жоспары жасалды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="122"/>
        <source>Safety plan printed for her</source>
        <translation>Қауіпсіздік жоспары ол үшін басып шығарылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="123"/>
        <source>File attached</source>
        <translation>Файл тіркелді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="124"/>
        <source>Attached file viewed</source>
        <translation>Тіркелген файл қаралды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="125"/>
        <source>Copy of an attached file saved outside the program</source>
        <translation>Тіркелген файлдың көшірмесі бағдарламадан тыс сақталды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="22"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="23"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="24"/>
        <source>Perpetrator</source>
        <translation>Зорлық жасаушы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="25"/>
        <source>Protection order</source>
        <translation>Қорғау нұсқамасы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="26"/>
        <source>Police check</source>
        <translation>Полиция тексеруі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="27"/>
        <source>Court requirements</source>
        <translation>Сот талаптары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="28"/>
        <source>Shelter stay</source>
        <translation>Баспанада болу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="29"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="30"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="31"/>
        <location filename="../../caseapp/ui/record_words.py" line="71"/>
        <location filename="../../caseapp/ui/record_words.py" line="105"/>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="32"/>
        <source>Risk assessment</source>
        <translation>Қауіпті бағалау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="33"/>
        <source>Safety plan</source>
        <translation>Қауіпсіздік жоспары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="34"/>
        <source>Attachment</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="35"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="40"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="41"/>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="42"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="43"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="44"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="45"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="46"/>
        <source>Safe contact</source>
        <translation>Қауіпсіз байланыс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="47"/>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="48"/>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="49"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="50"/>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="51"/>
        <source>Outcome of the support</source>
        <translation>Сүйемелдеудің нәтижесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="52"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="53"/>
        <source>Violence</source>
        <translation>Зорлық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="54"/>
        <source>Case summary</source>
        <translation>Іс бойынша қысқаша сипаттама</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="55"/>
        <source>Counted in statistics</source>
        <translation>Статистикада есепке алынады</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="56"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="57"/>
        <source>Relationship</source>
        <translation>Қарым-қатынасы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="58"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="59"/>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="60"/>
        <source>Expires on</source>
        <translation>Мерзімі бітетін күн</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="61"/>
        <source>Served on</source>
        <translation>Тапсырылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="62"/>
        <source>Revoked on</source>
        <translation>Күші жойылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="63"/>
        <source>Issuing police unit</source>
        <translation>Полиция бөлімшесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="64"/>
        <source>Responsible officer</source>
        <translation>Жауапты қызметкер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="65"/>
        <source>Officer&apos;s phone</source>
        <translation>Қызметкердің телефоны</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="66"/>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="67"/>
        <source>Date of the check</source>
        <translation>Тексеру күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="68"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="69"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="70"/>
        <source>How</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="72"/>
        <source>Starts on</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="73"/>
        <source>Ends on</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="74"/>
        <source>Requirements</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="75"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="76"/>
        <source>Admitted on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="77"/>
        <source>Left on</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="78"/>
        <source>Room and bed</source>
        <translation>Бөлме мен орын</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="79"/>
        <source>Her children</source>
        <translation>Оның балалары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="80"/>
        <source>Accompanying children</source>
        <translation>Бірге келген балалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="81"/>
        <source>Children with her</source>
        <translation>Онымен бірге балалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="82"/>
        <source>Reason for leaving</source>
        <translation>Шығу себебі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="83"/>
        <source>Where she went</source>
        <translation>Қайда кетті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="84"/>
        <source>Extended to</source>
        <translation>Ұзартылған мерзім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="85"/>
        <source>Reason for the extension</source>
        <translation>Ұзарту негізі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="86"/>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="87"/>
        <source>Given on</source>
        <translation>Келісім берілген күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="88"/>
        <source>Valid until</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="89"/>
        <source>Withdrawn on</source>
        <translation>Кері алынған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="90"/>
        <source>Date it happened</source>
        <translation>Оқиға болған күн</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="91"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="92"/>
        <source>Reported to the police</source>
        <translation>Полицияға хабарланды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="93"/>
        <location filename="../../caseapp/ui/record_words.py" line="101"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="94"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="95"/>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="96"/>
        <source>Assessed on</source>
        <translation>Бағалау күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="97"/>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="98"/>
        <source>Made on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="99"/>
        <source>Added on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="100"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="102"/>
        <source>Kind of service</source>
        <translation>Қызмет түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="103"/>
        <source>Given by</source>
        <translation>Кім көрсетті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="104"/>
        <source>Duration, minutes</source>
        <translation>Ұзақтығы, минут</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="176"/>
        <source>%1: added</source>
        <translation>%1: қосылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="177"/>
        <source>%1: struck out. Reason: %2</source>
        <translation>%1: сызып тасталды. Себебі: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="178"/>
        <source>The case was deleted. Reason: %1</source>
        <translation>Іс жойылды. Себебі: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="179"/>
        <source>%1 changed (kept in the shelter&apos;s records only)</source>
        <translation>%1: өзгертілді (тек баспана жазбаларында сақталады)</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="87"/>
        <source>Search by name, alias, IIN or phone…</source>
        <translation>Аты, бүркеншік аты, ЖСН немесе телефон бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="91"/>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="92"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="93"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="99"/>
        <source>Anyone&apos;s</source>
        <translation>Кез келген қызметкердің</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="105"/>
        <source>Order in force</source>
        <translation>Нұсқама күшінде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="106"/>
        <source>In shelter</source>
        <translation>Баспанада</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="120"/>
        <source>All offices</source>
        <translation>Барлық филиалдар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="67"/>
        <source>Admit to the shelter: choose the case</source>
        <translation>Баспанаға қабылдау: істі таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="68"/>
        <source>&amp;Search by name, alias, IIN or phone:</source>
        <translation>Аты, бүркеншік аты, ЖСН немесе телефон бойынша &amp;іздеу:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="101"/>
        <source>Type at least part of a name.</source>
        <translation>Атының кем дегенде бір бөлігін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="103"/>
        <source>No case found.</source>
        <translation>Іс табылмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="105"/>
        <source>Choose the case and press OK.</source>
        <translation>Істі таңдап, OK батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="151"/>
        <location filename="../../caseapp/ui/case/window.py" line="282"/>
        <source>Case %1 — %2</source>
        <translation>Іс %1 — %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="12"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="13"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="14"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="15"/>
        <source>Safety plan</source>
        <translation>Қауіпсіздік жоспары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="16"/>
        <source>Protection orders</source>
        <translation>Қорғау нұсқамалары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="17"/>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="18"/>
        <source>Consents</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="19"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="20"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="21"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="162"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="163"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Хат…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="164"/>
        <source>&amp;Print summary…</source>
        <translation>Қорытындыны &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="166"/>
        <source>Issue a referral letter about this case (Ctrl+Shift+L)</source>
        <translation>Осы іс бойынша жолдама хат ресімдеу (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="60"/>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="61"/>
        <source>Alias:</source>
        <translation>Бүркеншік ат:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="62"/>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="63"/>
        <source>Birth date:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="64"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="65"/>
        <source>Address:</source>
        <translation>Мекенжай:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="66"/>
        <source>Safe contact:</source>
        <translation>Қауіпсіз байланыс:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="68"/>
        <source>Office:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="71"/>
        <source>&amp;Move to another office…</source>
        <translation>Басқа &amp;филиалға ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="168"/>
        <source>Delete case…</source>
        <translation>Істі жою…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="170"/>
        <source>Delete this case, with the reason (administrators; the history keeps it)</source>
        <translation>Осы істі себебін көрсетіп жою (әкімшілер; іс тарихы сақталады)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="117"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="25"/>
        <location filename="../../caseapp/ui/record_words.py" line="161"/>
        <source>Physical</source>
        <translation>Физикалық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="118"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="26"/>
        <location filename="../../caseapp/ui/record_words.py" line="162"/>
        <source>Psychological</source>
        <translation>Психологиялық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="119"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="27"/>
        <location filename="../../caseapp/ui/record_words.py" line="163"/>
        <source>Sexual</source>
        <translation>Жыныстық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="120"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="28"/>
        <location filename="../../caseapp/ui/record_words.py" line="164"/>
        <source>Economic</source>
        <translation>Экономикалық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="126"/>
        <location filename="../../caseapp/ui/record_words.py" line="149"/>
        <source>Spouse</source>
        <translation>Жұбайы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="127"/>
        <location filename="../../caseapp/ui/record_words.py" line="150"/>
        <source>Former spouse</source>
        <translation>Бұрынғы жұбайы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="128"/>
        <location filename="../../caseapp/ui/record_words.py" line="151"/>
        <source>Cohabiting partner</source>
        <translation>Бірге тұратын серіктес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="129"/>
        <location filename="../../caseapp/ui/record_words.py" line="152"/>
        <source>Former partner</source>
        <translation>Бұрынғы серіктес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="130"/>
        <location filename="../../caseapp/ui/record_words.py" line="153"/>
        <source>Close relative</source>
        <translation>Жақын туысы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="131"/>
        <location filename="../../caseapp/ui/record_words.py" line="154"/>
        <source>Has a child in common</source>
        <translation>Ортақ баласы бар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="132"/>
        <location filename="../../caseapp/ui/record_words.py" line="155"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="136"/>
        <location filename="../../caseapp/ui/record_words.py" line="129"/>
        <location filename="../../caseapp/ui/record_words.py" line="139"/>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="137"/>
        <location filename="../../caseapp/ui/record_words.py" line="130"/>
        <location filename="../../caseapp/ui/record_words.py" line="140"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="138"/>
        <location filename="../../caseapp/ui/record_words.py" line="131"/>
        <location filename="../../caseapp/ui/record_words.py" line="141"/>
        <source>Standard</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="139"/>
        <location filename="../../caseapp/ui/record_words.py" line="132"/>
        <location filename="../../caseapp/ui/record_words.py" line="142"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="140"/>
        <location filename="../../caseapp/ui/record_words.py" line="133"/>
        <location filename="../../caseapp/ui/record_words.py" line="143"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="122"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="123"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="146"/>
        <source>Opened on:</source>
        <translation>Ашылған күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="147"/>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="148"/>
        <source>Risk:</source>
        <translation>Қауіп:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="149"/>
        <source>Violence:</source>
        <translation>Зорлық:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="150"/>
        <source>Perpetrator:</source>
        <translation>Зорлық жасаушы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="151"/>
        <source>Relationship:</source>
        <translation>Қарым-қатынасы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="152"/>
        <source>District:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="153"/>
        <source>Statistics:</source>
        <translation>Статистика:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="156"/>
        <source>Counted in statistics (she may refuse)</source>
        <translation>Статистикада есепке алу (ол бас тартуға құқылы)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="158"/>
        <source>Reports count cases only; untick when she does not want her case counted.</source>
        <translation>Есептерде тек сандар болады; ол өз ісінің есепке алынғанын қаламаса, белгіні алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="184"/>
        <source>Outcome: %1</source>
        <translation>Нәтижесі: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="190"/>
        <source>&amp;Reopen the case…</source>
        <translation>Істі &amp;қайта ашу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="192"/>
        <source>&amp;Close the case…</source>
        <translation>Істі &amp;жабу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="203"/>
        <source>Reopen the case</source>
        <translation>Істі қайта ашу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="204"/>
        <source>Reopen case %1? Its closing date, reason and outcome are cleared; the case&apos;s history keeps them.</source>
        <translation>%1 ісін қайта ашасыз ба? Жабу күні, себебі мен нәтижесі тазаланады; іс тарихы оларды сақтайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="235"/>
        <source>The latest risk assessment&apos;s level (the Risk tab)</source>
        <translation>Соңғы қауіпті бағалаудың деңгейі («Қауіп» қойындысы)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="156"/>
        <source>The note was corrected.</source>
        <translation>Жазба түзетілді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="171"/>
        <source>The note was struck out; the history keeps it.</source>
        <translation>Жазба сызып тасталды; ол іс тарихында сақталады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="85"/>
        <source>Protection orders (up to 30 days; police check every 7 days)</source>
        <translation>Қорғау нұсқамалары (30 күнге дейін; полиция тексеруі 7 күн сайын)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="87"/>
        <source>Police checks of the selected order</source>
        <translation>Таңдалған нұсқама бойынша полиция тексерулері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="89"/>
        <source>Court special requirements on the perpetrator</source>
        <translation>Соттың зорлық жасаушыға қойған ерекше талаптары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="91"/>
        <source>&amp;New order…</source>
        <translation>&amp;Жаңа нұсқама…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="93"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Нұсқаманы өзгерту…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="93"/>
        <source>Strike out order…</source>
        <translation>Нұсқаманы сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="95"/>
        <source>&amp;Record a check…</source>
        <translation>&amp;Тексеруді тіркеу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="97"/>
        <source>Edit check…</source>
        <translation>Тексеруді түзету…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="97"/>
        <source>Strike out check…</source>
        <translation>Тексеруді сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="99"/>
        <source>Add requirements…</source>
        <translation>Талаптар қосу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="101"/>
        <source>Edit requirements…</source>
        <translation>Талаптарды түзету…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="102"/>
        <source>Strike out requirements…</source>
        <translation>Талаптарды сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="124"/>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="125"/>
        <source>Ends</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="126"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="127"/>
        <source>Requirements</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="61"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Қабылдау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="62"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="63"/>
        <source>E&amp;xtend the stay…</source>
        <translation>Мерзімді &amp;ұзарту…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="65"/>
        <source>Record an approved extension past the six-month limit</source>
        <translation>Алты айлық мерзімнен тыс бекітілген ұзартуды жазу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="68"/>
        <source>Edit stay…</source>
        <translation>Баспанада болуды түзету…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="68"/>
        <source>Strike out stay…</source>
        <translation>Баспанада болуды сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="182"/>
        <source>Add a &amp;consent…</source>
        <translation>&amp;Келісім қосу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="163"/>
        <source>Incident log</source>
        <translation>Оқиғалар журналы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="164"/>
        <source>Add an &amp;incident…</source>
        <translation>&amp;Оқиға қосу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="166"/>
        <source>Edit incident…</source>
        <translation>Оқиғаны түзету…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="167"/>
        <source>Strike out incident…</source>
        <translation>Оқиғаны сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="172"/>
        <source>Violence</source>
        <translation>Зорлық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="173"/>
        <source>Reported to the police</source>
        <translation>Полицияға хабарланды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="174"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="106"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="107"/>
        <source>Issued</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="108"/>
        <source>Expires</source>
        <translation>Мерзімі бітеді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="109"/>
        <source>Served</source>
        <translation>Тапсырылған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="110"/>
        <source>Revoked</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="111"/>
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="171"/>
        <location filename="../../caseapp/ui/case/notes.py" line="96"/>
        <location filename="../../caseapp/ui/case_orders.py" line="116"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="117"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="74"/>
        <source>Left on</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="190"/>
        <source>Given on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="119"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="118"/>
        <source>Method</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="72"/>
        <source>Admitted</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="73"/>
        <source>Six-month limit</source>
        <translation>Алты айлық мерзім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="75"/>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="76"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="77"/>
        <source>Extended to</source>
        <translation>Ұзартылған мерзім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="78"/>
        <source>Reason for the extension</source>
        <translation>Ұзарту негізі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="184"/>
        <source>Edit or withdraw consent…</source>
        <translation>Келісімді түзету немесе кері алу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="185"/>
        <source>Strike out consent…</source>
        <translation>Келісімді сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="189"/>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="191"/>
        <source>Valid until</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="192"/>
        <source>Withdrawn</source>
        <translation>Кері алынған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="81"/>
        <source>Case summary (saved with the case):</source>
        <translation>Іс бойынша қысқаша сипаттама (іспен бірге сақталады):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="82"/>
        <source>Dated notes (saved at once, signed):</source>
        <translation>Күні көрсетілген жазбалар (бірден сақталады, авторы көрсетіледі):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="83"/>
        <source>Add &amp;note</source>
        <translation>Жазба қ&amp;осу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="85"/>
        <source>Correct note…</source>
        <translation>Жазбаны түзету…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="85"/>
        <source>Strike out note…</source>
        <translation>Жазбаны сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="90"/>
        <location filename="../../caseapp/ui/case/notes.py" line="110"/>
        <location filename="../../caseapp/ui/record_words.py" line="170"/>
        <source>Case note</source>
        <translation>Іс бойынша жазба</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="91"/>
        <location filename="../../caseapp/ui/case/notes.py" line="111"/>
        <location filename="../../caseapp/ui/record_words.py" line="171"/>
        <source>Legal note</source>
        <translation>Заңгерлік жазба</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="97"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="98"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="99"/>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="258"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="260"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="134"/>
        <source>Note added.</source>
        <translation>Жазба қосылды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="226"/>
        <location filename="../../caseapp/ui/case/window.py" line="307"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="235"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="259"/>
        <source>Struck out. The case&apos;s history keeps the record.</source>
        <translation>Сызып тасталды. Мәлімет іс тарихында сақталады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="350"/>
        <source>Save your changes before moving the case.</source>
        <translation>Істі ауыстырмас бұрын өзгерістерді сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="366"/>
        <source>The case is now in %1.</source>
        <translation>Іс енді «%1» филиалында.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="397"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="398"/>
        <source>Save the changes to this case?</source>
        <translation>Осы істегі өзгерістерді сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="158"/>
        <source>Record a police check</source>
        <translation>Полиция тексеруін тіркеу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="158"/>
        <source>Correct a police check</source>
        <translation>Полиция тексеруін түзету</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="171"/>
        <source>Home visit</source>
        <translation>Үйге бару</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="172"/>
        <source>Phone call</source>
        <translation>Телефон қоңырауы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="173"/>
        <source>Summoned to the police</source>
        <translation>Полицияға шақыру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="174"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="180"/>
        <source>Complied</source>
        <translation>Сақталған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="181"/>
        <source>Violated</source>
        <translation>Бұзылған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="182"/>
        <source>Not reached</source>
        <translation>Байланысу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="193"/>
        <source>Date of the check:</source>
        <translation>Тексеру күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="194"/>
        <source>Officer:</source>
        <translation>Полиция қызметкері:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="195"/>
        <source>How:</source>
        <translation>Тәсілі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="196"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="197"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="60"/>
        <source>Name or alias</source>
        <translation>Аты немесе бүркеншік аты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="60"/>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="61"/>
        <source>Add a &amp;child</source>
        <translation>&amp;Бала қосу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="62"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="21"/>
        <source>Support plan completed: she is safe</source>
        <translation>Көмек жоспары орындалды: ол қауіпсіз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="24"/>
        <source>She chose to end the support</source>
        <translation>Ол сүйемелдеуді тоқтатуды шешті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="27"/>
        <source>Referred to another organisation</source>
        <translation>Басқа ұйымға жолданды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="30"/>
        <source>She moved out of the centre&apos;s region</source>
        <translation>Ол орталықтың өңірінен көшіп кетті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="33"/>
        <source>Contact lost despite attempts</source>
        <translation>Әрекеттерге қарамастан байланыс үзілді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="36"/>
        <source>She returned to live with the offender</source>
        <translation>Ол зорлық көрсетушімен бірге тұруға қайтып оралды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="39"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="51"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="53"/>
        <source>Closed on %1</source>
        <translation>%1 жабылған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="65"/>
        <source>Close case %1</source>
        <translation>%1 ісін жабу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="79"/>
        <source>What came of the support: the court&apos;s decision, where things stand…</source>
        <translation>Сүйемелдеу немен аяқталды: сот шешімі, қазіргі жағдай…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="83"/>
        <source>Closed &amp;on:</source>
        <translation>&amp;Жабылған күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="84"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="85"/>
        <source>Out&amp;come:</source>
        <translation>&amp;Нәтижесі:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="283"/>
        <source>Consent to share personal data</source>
        <translation>Дербес деректерді беруге келісім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="288"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="289"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="290"/>
        <source>Forensic / medical</source>
        <translation>Сот-медициналық сараптама / медициналық ұйым</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="291"/>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="292"/>
        <source>Another shelter</source>
        <translation>Басқа баспана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="293"/>
        <source>Social protection</source>
        <translation>Әлеуметтік қорғау органдары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="307"/>
        <source>Recipient:</source>
        <translation>Алушы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="308"/>
        <source>Given on:</source>
        <translation>Келісім берілген күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="309"/>
        <source>Valid until:</source>
        <translation>Қолданылу мерзімі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="310"/>
        <source>Withdrawn on:</source>
        <translation>Кері алынған күні:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="131"/>
        <source>Required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="60"/>
        <source>My details</source>
        <translation>Менің деректерім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="62"/>
        <source>Letters you issue print your phone beside your name as the executor (without it, the organisation&apos;s phone), and your position in the signature when the organisation has no director.</source>
        <translation>Сіз шығаратын хаттарда орындаушы ретінде атыңыздың жанында телефоныңыз (ол болмаса — ұйымның телефоны), ал ұйымның директоры көрсетілмесе, қолтаңбада лауазымыңыз басылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="67"/>
        <source>Details of %1</source>
        <translation>%1 пайдаланушысының деректері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="69"/>
        <source>Letters this person issues print her phone beside her name as the executor (without it, the organisation&apos;s phone), and her position in the signature when the organisation has no director.</source>
        <translation>Бұл қызметкер шығаратын хаттарда орындаушы ретінде оның атының жанында телефоны (ол болмаса — ұйымның телефоны), ал ұйымның директоры көрсетілмесе, қолтаңбада лауазымы басылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="74"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="75"/>
        <source>&amp;Position:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="76"/>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="79"/>
        <source>Could not be read; type it again.</source>
        <translation>Оқу мүмкін болмады; қайта енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="249"/>
        <source>Discharge from the shelter</source>
        <translation>Баспанадан шығу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="257"/>
        <source>Departure date:</source>
        <translation>Шыққан күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="258"/>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="259"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Баратын жері (шифрланып сақталады, ешқашан басып шығарылмайды):</translation>
    </message>
</context>
<context>
    <name>DistrictsDialog</name>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="60"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="61"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="62"/>
        <source>&amp;Rename</source>
        <translation>Атын &amp;өзгерту</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="63"/>
        <source>&amp;Take off the list</source>
        <translation>Тізімнен &amp;алып тастау</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../caseapp/ui/error_hook.py" line="22"/>
        <source>An unexpected error stopped this action ({error}). What was saved before is kept; try again, and tell your administrator if it happens again.</source>
        <translation>Күтпеген қате бұл әрекетті тоқтатты ({error}). Бұрын сақталғандар сақталды; қайталап көріңіз, ал қайталанса, әкімшіге хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="22"/>
        <source>Extend the stay</source>
        <translation>Болу мерзімін ұзарту</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="31"/>
        <source>Six-month limit:</source>
        <translation>Алты айлық мерзім:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="32"/>
        <source>Extended to:</source>
        <translation>Ұзартылған мерзім:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="33"/>
        <source>Reason (who approved it, why):</source>
        <translation>Негізі (кім бекітті, неге):</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="50"/>
        <source>Forgot the password?</source>
        <translation>Құпиясөзді ұмыттыңыз ба?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="53"/>
        <source>With the recovery key printed when the database was set up, an administrator&apos;s account gets a new password. Her old password stops working. The others&apos; passwords are then set by her on the Staff page.</source>
        <translation>Дерекқор құрылғанда басып шығарылған қалпына келтіру кілтімен әкімшінің есептік жазбасы жаңа құпиясөз алады. Ескі құпиясөзі жұмыс істемей қалады. Қалғандардың құпиясөздерін кейін ол «Қызметкерлер» бетінде береді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="58"/>
        <source>Recovery &amp;key:</source>
        <translation>Қалпына келтіру &amp;кілті:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="59"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>Әкімшінің &amp;пайдаланушы аты:</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="77"/>
        <source>◀ Previous day</source>
        <translation>◀ Алдыңғы күн</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="78"/>
        <source>Alt+Left</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="79"/>
        <source>Next day ▶</source>
        <translation>Келесі күн ▶</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="80"/>
        <source>Alt+Right</source>
        <translation>Alt+→</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="81"/>
        <source>&amp;New call…</source>
        <translation>&amp;Жаңа өтініш…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="83"/>
        <source>Correct the call…</source>
        <translation>Өтінішті түзету…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="83"/>
        <source>Strike out the call…</source>
        <translation>Өтінішті сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="86"/>
        <source>Districts…</source>
        <translation>Аудандар…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="89"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="90"/>
        <source>Channel</source>
        <translation>Байланыс тәсілі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="91"/>
        <source>Who called</source>
        <translation>Кім хабарласты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="92"/>
        <source>Violence mentioned</source>
        <translation>Аталған зорлық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="93"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="94"/>
        <source>What was given</source>
        <translation>Көрсетілген көмек</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="95"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="96"/>
        <source>Recorded by</source>
        <translation>Жазған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="140"/>
        <source>Calls on this day: %1</source>
        <translation>Күн ішіндегі өтініштер: %1</translation>
    </message>
</context>
<context>
    <name>IinField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="167"/>
        <source>Not a valid IIN (12 digits, check digit).</source>
        <translation>ЖСН дұрыс емес (12 цифр, соңғысы — бақылау цифры).</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="30"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="30"/>
        <source>Checking the file…</source>
        <translation>Файл тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="44"/>
        <source>Storing %1 of %2 cases…</source>
        <translation>Істер сақталуда: %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/import_job.py" line="51"/>
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n іс импортталды.</numerusform>
            <numerusform>%n іс импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="54"/>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="334"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="339"/>
        <source>Physical</source>
        <translation>Физикалық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="340"/>
        <source>Psychological</source>
        <translation>Психологиялық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="341"/>
        <source>Sexual</source>
        <translation>Жыныстық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="342"/>
        <source>Economic</source>
        <translation>Экономикалық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="351"/>
        <source>Reported to the police</source>
        <translation>Полицияға хабарланды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="361"/>
        <source>Date it happened:</source>
        <translation>Оқиға болған күн:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="362"/>
        <source>Violence:</source>
        <translation>Зорлық:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="364"/>
        <source>Description:</source>
        <translation>Сипаттамасы:</translation>
    </message>
</context>
<context>
    <name>IssuedLetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="61"/>
        <source>Letter %1 (case %2)</source>
        <translation>%1 хат (%2 іс)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="65"/>
        <source>&amp;Save as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/records_tab.py" line="152"/>
        <location filename="../../caseapp/ui/forms.py" line="70"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="248"/>
        <location filename="../../caseapp/ui/letters/dialog.py" line="249"/>
        <source>Letter about case %1</source>
        <translation>%1 іс бойынша хат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="252"/>
        <source>Issuing gives the letter the next number of the outgoing register and records it there at once, with its date, recipient and fingerprint, even if it is then neither saved nor printed.</source>
        <translation>Ресімдеу кезінде хатқа шығыс хаттар журналының келесі нөмірі беріледі және хат күнімен, алушысымен және цифрлық ізімен бірге журналға бірден тіркеледі — кейін сақталмаса да, басып шығарылмаса да.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="258"/>
        <source>The case has unsaved changes: the letter uses the case as last saved.</source>
        <translation>Істе сақталмаған өзгерістер бар: хат істің соңғы сақталған нұсқасы бойынша жасалады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="261"/>
        <source>&amp;Kind:</source>
        <translation>Хаттың т&amp;үрі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="262"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="263"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="264"/>
        <source>Addr&amp;essee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="265"/>
        <source>In reply to No.:</source>
        <translation>Хатқа жауап, №:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="266"/>
        <source>of (date):</source>
        <translation>күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="267"/>
        <source>Court case No.:</source>
        <translation>Сот ісінің №:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="268"/>
        <source>A&amp;ttachments (one a line):</source>
        <translation>&amp;Қосымшалар (әр жолға біреуден):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="269"/>
        <source>Paragraph about this &amp;case:</source>
        <translation>Осы іс туралы аб&amp;зац:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="271"/>
        <source>Printed before the letter&apos;s request, as written. Never write where she stays.</source>
        <translation>Хаттағы өтініштің алдында жазылғандай басылады. Оның қайда тұрғанын ешқашан жазбаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="41"/>
        <source>Emergency &amp;override (threat to life)</source>
        <translation>&amp;Шұғыл тәртіп (өмірге қауіп)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="44"/>
        <source>Written &amp;reason why it cannot wait for consent (kept in the audit log):</source>
        <translation>Келісімді күтуге неге болмайтынының жазбаша &amp;негіздемесі (аудит журналында сақталады):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="274"/>
        <source>&amp;Issue and preview</source>
        <translation>&amp;Ресімдеу және алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="276"/>
        <source>Takes the next outgoing number and records the letter in the register.</source>
        <translation>Келесі шығыс нөмірін беріп, хатты журналға тіркейді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="278"/>
        <source>&amp;Save as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="279"/>
        <source>Save the letter as a PDF file (Ctrl+S)</source>
        <translation>Хатты PDF файлы ретінде сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="280"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="281"/>
        <source>Print the letter (Ctrl+P)</source>
        <translation>Хатты басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="284"/>
        <source>The letter appears here once it is issued. It is kept in memory only: nothing is written to disk unless you save it.</source>
        <translation>Хат ресімделгеннен кейін осы жерде көрсетіледі. Ол тек жадта сақталады: сіз сақтамайынша дискіге ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="44"/>
        <source>Outgoing No. %1</source>
        <translation>Шығыс № %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="50"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="55"/>
        <source>The register keeps this fingerprint: it proves a file is the letter issued.</source>
        <translation>Бұл цифрлық із журналда сақталады: ол файлдың дәл ресімделген хат екенін дәлелдейді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="64"/>
        <source>At least %1 characters; %2 more needed.</source>
        <translation>Кемінде %1 таңба; тағы %2 таңба қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="73"/>
        <source>At least %1 characters.</source>
        <translation>Кемінде %1 таңба.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="392"/>
        <source>Letter %1 was issued with the emergency override and recorded in the outgoing register; the reason is kept in the audit log.</source>
        <translation>%1 хат шұғыл тәртіппен ресімделіп, шығыс хаттар журналына тіркелді; негіздеме аудит журналында сақталды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="396"/>
        <source>Letter %1 was issued and recorded in the outgoing register.</source>
        <translation>%1 хат ресімделіп, шығыс хаттар журналына тіркелді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="53"/>
        <source>letter-%1.pdf</source>
        <translation>хат-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="62"/>
        <location filename="../../caseapp/ui/letter_output.py" line="74"/>
        <source>Save the letter</source>
        <translation>Хатты сақтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="64"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="71"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 бұрыннан бар. Ауыстырасыз ба?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="83"/>
        <source>The letter could not be saved to %1 (%2).</source>
        <translation>Хат %1 файлына сақталмады (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="89"/>
        <source>Letter %1 was saved to %2.</source>
        <translation>%1 хат %2 файлына сақталды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="102"/>
        <source>Letter %1</source>
        <translation>%1 хат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="138"/>
        <source>The printer could not be started.</source>
        <translation>Басып шығаруды бастау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="142"/>
        <source>The printer refused a new page.</source>
        <translation>Принтер жаңа бетті қабылдамады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="121"/>
        <source>Letter %1 was sent to the printer.</source>
        <translation>%1 хат басып шығаруға жіберілді.</translation>
    </message>
</context>
<context>
    <name>LetterFontBox</name>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="69"/>
        <source>Letters&apos; font</source>
        <translation>Хаттардың қаріпі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="72"/>
        <source>Letters are set in a font that ships with caseapp, so they look the same on every computer. An administrator may choose another TrueType font with every Kazakh letter for this computer.</source>
        <translation>Хаттар caseapp-пен бірге келетін қаріппен теріледі, сондықтан кез келген компьютерде бірдей көрінеді. Әкімші осы компьютер үшін барлық қазақ әріптері бар басқа TrueType қаріпін таңдай алады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="77"/>
        <source>&amp;Choose a font file…</source>
        <translation>Қаріп файлын &amp;таңдау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="78"/>
        <source>Use the font that ships with caseapp</source>
        <translation>caseapp-пен бірге келетін қаріпті пайдалану</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="89"/>
        <source>In use: the font that ships with caseapp.</source>
        <translation>caseapp-пен бірге келетін қаріп пайдаланылуда.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="91"/>
        <source>In use: %1</source>
        <translation>Пайдаланылуда: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="98"/>
        <source>Choose the letters&apos; font</source>
        <translation>Хаттардың қаріпін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="98"/>
        <source>TrueType fonts (*.ttf)</source>
        <translation>TrueType қаріптері (*.ttf)</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="12"/>
        <source>Police: checks of the order</source>
        <translation>Полиция: нұсқаманы тексеру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="13"/>
        <source>Police: serve the order</source>
        <translation>Полиция: нұсқаманы тапсыру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="14"/>
        <source>Police: order violated</source>
        <translation>Полиция: нұсқаманың бұзылуы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="15"/>
        <source>Police: forensic medical examination</source>
        <translation>Полиция: сот-медициналық сараптама</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="18"/>
        <source>Court: special requirements</source>
        <translation>Сот: ерекше талаптар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="19"/>
        <source>Medical examination and certificate</source>
        <translation>Медициналық тексеру және анықтама</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="22"/>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="23"/>
        <source>Another shelter</source>
        <translation>Басқа баспана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="24"/>
        <source>Social protection</source>
        <translation>Әлеуметтік қорғау органдары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="25"/>
        <source>Family support centre</source>
        <translation>Отбасын қолдау орталығы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="26"/>
        <source>Report: a child at risk</source>
        <translation>Хабарлама: балаға қатер төнуде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="27"/>
        <source>Her consent form, to sign</source>
        <translation>Клиенттің келісімі (қол қоюға)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="28"/>
        <source>Her statement to the police, to sign</source>
        <translation>Оның полицияға өтініші (қол қоюға)</translation>
    </message>
</context>
<context>
    <name>LetterPlaceholders</name>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="80"/>
        <source>the organisation&apos;s name in the letter&apos;s language</source>
        <translation>ұйымның хат тіліндегі атауы</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="82"/>
        <source>the client&apos;s full name</source>
        <translation>клиенттің тегі, аты және әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="83"/>
        <source>the client&apos;s IIN</source>
        <translation>клиенттің ЖСН-і</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="86"/>
        <source>the client&apos;s date of birth, as 13.11.1990</source>
        <translation>клиенттің туған күні, мысалы 13.11.1990</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="90"/>
        <source>the full name of the person who committed the violence</source>
        <translation>зорлық жасаған адамның тегі, аты және әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="97"/>
        <source>the forms of violence, in words (physical, psychological…)</source>
        <translation>зорлық түрлері сөзбен (физикалық, психологиялық…)</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="104"/>
        <source>the day of the latest incident of violence, as 13.11.2026</source>
        <translation>соңғы зорлық оқиғасының күні, мысалы 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="111"/>
        <source>the protection order&apos;s number</source>
        <translation>қорғау нұсқамасының нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="116"/>
        <source>the police unit that issued the protection order</source>
        <translation>қорғау нұсқамасын берген полиция органы</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="121"/>
        <source>the head of the police unit that issued the order, as an addressee</source>
        <translation>нұсқаманы берген полиция органының бастығы, адресат ретінде</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="129"/>
        <source>the day the protection order was issued, as 13.11.2026</source>
        <translation>қорғау нұсқамасы берілген күн, мысалы 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="136"/>
        <source>the last day the protection order is in force, as 13.11.2026</source>
        <translation>қорғау нұсқамасы күшінде болатын соңғы күн, мысалы 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="144"/>
        <source>the day the protection order was served on the offender, as 13.11.2026</source>
        <translation>қорғау нұсқамасы зорлық жасаушыға тапсырылған күн, мысалы 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="152"/>
        <source>the dates on which a police check of the order was due and none was recorded</source>
        <translation>нұсқаманы полиция тексеруі тиіс болған, бірақ тексеру тіркелмеген күндер</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="160"/>
        <source>the day a police check found the order violated, as 13.11.2026</source>
        <translation>полиция тексеруі нұсқаманың бұзылғанын анықтаған күн, мысалы 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="167"/>
        <source>the children with her (those of her latest stay, else her children under 18 on the case): how many, and their years of birth</source>
        <translation>онымен бірге балалар (баспанада соңғы тұрған кездегі, әйтпесе іс бойынша оның 18 жасқа толмаған балалары): саны және туған жылдары</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="176"/>
        <source>the children the report is about: how many, and their years of birth</source>
        <translation>хабарлама қатысты балалар: саны және туған жылдары</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="184"/>
        <source>the reference to the law on prevention in force on the letter&apos;s date</source>
        <translation>хат күніне қолданыстағы профилактика туралы заңға сілтеме</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="191"/>
        <source>the reference to the article of the Code of Administrative Offences on a violated order</source>
        <translation>нұсқаманы бұзу туралы Әкімшілік құқық бұзушылық туралы кодекстің бабына сілтеме</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="199"/>
        <source>the reference to the Criminal Code</source>
        <translation>Қылмыстық кодекске сілтеме</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="203"/>
        <source>the reference to the Criminal Procedure Code</source>
        <translation>Қылмыстық-процестік кодекске сілтеме</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="207"/>
        <source>the reference to the law on personal data</source>
        <translation>дербес деректер туралы заңға сілтеме</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="211"/>
        <source>the longest a protection order lasts, in days</source>
        <translation>қорғау нұсқамасының ең ұзақ қолданылу мерзімі, күнмен</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="215"/>
        <source>how often the centre asks the police to check an order, in days</source>
        <translation>орталық полициядан нұсқаманы қаншалықты жиі тексеруді сұрайды, күнмен</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="221"/>
        <source>the longest stay in a shelter, in months</source>
        <translation>баспанада болудың ең ұзақ мерзімі, аймен</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="224"/>
        <source>the staff member who prepares the letter</source>
        <translation>хатты дайындайтын қызметкер</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="226"/>
        <source>that staff member&apos;s position</source>
        <translation>сол қызметкердің лауазымы</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="229"/>
        <source>that staff member&apos;s phone (else the organisation&apos;s)</source>
        <translation>сол қызметкердің телефоны (болмаса — ұйымның телефоны)</translation>
    </message>
</context>
<context>
    <name>LetterTextsEditor</name>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="207"/>
        <source>In use: the organisation&apos;s own text.</source>
        <translation>Ұйымның өз мәтіні қолданылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="209"/>
        <source>In use: the text shipped with the program.</source>
        <translation>Бағдарламаның стандартты мәтіні қолданылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="227"/>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="264"/>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="290"/>
        <source>Letter texts</source>
        <translation>Хат мәтіндері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="228"/>
        <source>Discard the unsaved changes to this text?</source>
        <translation>Осы мәтіндегі сақталмаған өзгерістерден бас тартасыз ба?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="257"/>
        <source>Saved: new letters of this kind and language use this text.</source>
        <translation>Сақталды: осы түрдегі және осы тілдегі жаңа хаттар осы мәтінмен жасалады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="266"/>
        <source>Use the text shipped with the program again? The organisation&apos;s own text of this letter is deleted.</source>
        <translation>Бағдарламаның стандартты мәтініне қайта ораласыз ба? Ұйымның осы хатқа арналған өз мәтіні жойылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="279"/>
        <source>The shipped text is used again.</source>
        <translation>Стандартты мәтін қайта қолданылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="292"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Хат:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="293"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="294"/>
        <source>As it prints, on a fictitious case:</source>
        <translation>Хат осылай басылады (ойдан шығарылған іс бойынша):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="296"/>
        <source>The preview shows once the text has no mistakes.</source>
        <translation>Мәтінде қате қалмағанда алдын ала қарау көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="298"/>
        <source>&amp;Save text</source>
        <translation>Мәтінді са&amp;қтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="299"/>
        <source>&amp;Reset the whole letter to the shipped text…</source>
        <translation>Бүкіл хатты &amp;стандартты мәтінге қайтару…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="166"/>
        <source>caseapp — %1</source>
        <translation>caseapp — %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="167"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="168"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="169"/>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="171"/>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="172"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="173"/>
        <source>Outgoing letters</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="176"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="177"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="178"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Қазір құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="179"/>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="180"/>
        <source>&amp;Import cases…</source>
        <translation>Істерді &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="181"/>
        <source>&amp;Refresh</source>
        <translation>Жаң&amp;арту</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="182"/>
        <source>My de&amp;tails…</source>
        <translation>Менің д&amp;еректерім…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="184"/>
        <source>&amp;Today</source>
        <translation>&amp;Бүгін</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="185"/>
        <source>&amp;Cases</source>
        <translation>&amp;Істер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="186"/>
        <source>&amp;Shelter</source>
        <translation>Бас&amp;пана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="188"/>
        <source>S&amp;taff</source>
        <translation>&amp;Қызметкерлер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="189"/>
        <source>Se&amp;ttings</source>
        <translation>Бап&amp;таулар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="190"/>
        <source>Outgoing &amp;letters</source>
        <translation>&amp;Шығыс хаттар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="191"/>
        <source>Hotline</source>
        <translation>Сенім телефоны</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="192"/>
        <source>&amp;Hotline</source>
        <translation>&amp;Сенім телефоны</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="193"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="194"/>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="196"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="197"/>
        <source>&amp;Backup</source>
        <translation>&amp;Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="236"/>
        <source>Your details were saved.</source>
        <translation>Деректеріңіз сақталды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="257"/>
        <source>Import cases</source>
        <translation>Істерді импорттау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="257"/>
        <source>caseapp cases (*.json)</source>
        <translation>caseapp істері (*.json)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="273"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="304"/>
        <source>caseapp</source>
        <translation>caseapp</translation>
    </message>
</context>
<context>
    <name>MoveCaseDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="206"/>
        <source>Move case %1 to another office</source>
        <translation>%1 ісін басқа филиалға ауыстыру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="207"/>
        <source>&amp;To office:</source>
        <translation>&amp;Қай филиалға:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="210"/>
        <source>The person the case is assigned to keeps it. Which staff see it by its office follows the setting in Settings.</source>
        <translation>Істің жауаптысы өзгермейді. Қай қызметкерлердің істі филиалы бойынша көретіні «Баптаулар» бөліміндегі баптауға байланысты.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="385"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="391"/>
        <source>Client&apos;s full name:</source>
        <translation>Клиенттің аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="392"/>
        <source>Alias (shown in lists):</source>
        <translation>Бүркеншік ат (тізімдерде көрсетіледі):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="393"/>
        <source>Opened on:</source>
        <translation>Ашылған күні:</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../caseapp/ui/unlock/new_key.py" line="32"/>
        <source>The database was upgraded: a new recovery key</source>
        <translation>Дерекқор жаңартылды: жаңа қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/new_key.py" line="35"/>
        <source>Each account now has keys of its own and sees only what it may. The old recovery key no longer works: print this one or write it down and lock it away, then destroy the old sheet. The other accounts need new passwords: set them on the Staff page, and mark the shelter staff there.</source>
        <translation>Енді әр есептік жазбаның өз кілттері бар және ол тек өзіне рұқсат етілгенді көреді. Ескі қалпына келтіру кілті енді жұмыс істемейді: мұны басып шығарыңыз немесе жазып алып, құлыпқа салыңыз, ал ескі парақты жойыңыз. Басқа есептік жазбаларға жаңа құпиясөздер керек: оларды «Қызметкерлер» бетінде беріңіз және сонда баспана қызметкерлерін белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="118"/>
        <source>Correct a note</source>
        <translation>Жазбаны түзету</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="121"/>
        <source>Case note</source>
        <translation>Іс бойынша жазба</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="122"/>
        <source>Legal note</source>
        <translation>Заңгерлік жазба</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="126"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="127"/>
        <source>Text:</source>
        <translation>Мәтіні:</translation>
    </message>
</context>
<context>
    <name>NumberingBox</name>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="59"/>
        <source>Saved: letters issued from now on are numbered this way.</source>
        <translation>Сақталды: бұдан былай ресімделетін хаттар осылай нөмірленеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="71"/>
        <source>(not a valid format)</source>
        <translation>(пішім жарамсыз)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="73"/>
        <source>for example %1</source>
        <translation>мысалы, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="76"/>
        <source>Outgoing numbers</source>
        <translation>Шығыс нөмірлері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="77"/>
        <source>Number &amp;format:</source>
        <translation>Нөмір &amp;пішімі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="80"/>
        <source>{n} is the letter&apos;s number within its year (required), {year} the year; for example {n}/{year} or 04-{year}/{n:03d}.</source>
        <translation>{n} — хаттың жыл ішіндегі реттік нөмірі (міндетті), {year} — жыл; мысалы, {n}/{year} немесе 04-{year}/{n:03d}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="84"/>
        <source>Save f&amp;ormat</source>
        <translation>Пішімді сақт&amp;ау</translation>
    </message>
</context>
<context>
    <name>OfficeNameDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="119"/>
        <source>Add an office</source>
        <translation>Филиал қосу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="121"/>
        <source>Rename %1</source>
        <translation>«%1» атауын өзгерту</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="122"/>
        <source>&amp;Name of the office:</source>
        <translation>Филиалдың &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="123"/>
        <source>for example, Main office or Shymkent branch</source>
        <translation>мысалы, Бас кеңсе немесе Шымкент филиалы</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="40"/>
        <source>Main office</source>
        <translation>Бас кеңсе</translation>
    </message>
</context>
<context>
    <name>OfficesBox</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="298"/>
        <source>Offices</source>
        <translation>Филиалдар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="301"/>
        <source>Each case belongs to one office, and staff work in one or more. Which cases case workers and lawyers see is set in Settings; administrators see every case.</source>
        <translation>Әр іс бір филиалға тиесілі, ал қызметкерлер бір немесе бірнеше филиалда жұмыс істейді. Істер жөніндегі мамандар мен заңгерлердің қандай істерді көретіні «Баптаулар» бөлімінде белгіленеді; әкімшілер барлық істі көреді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="305"/>
        <source>Office</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="305"/>
        <source>Active staff</source>
        <translation>Белсенді қызметкерлер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="310"/>
        <source>Add an o&amp;ffice…</source>
        <translation>Жаңа фи&amp;лиал…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="311"/>
        <source>Re&amp;name office…</source>
        <translation>Филиалдың &amp;атын өзгерту…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="325"/>
        <source>Office %1 added.</source>
        <translation>«%1» филиалы қосылды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="335"/>
        <source>The office is now called %1.</source>
        <translation>Филиалдың жаңа атауы: «%1».</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="87"/>
        <source>Protection order</source>
        <translation>Қорғау нұсқамасы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="99"/>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="100"/>
        <source>Issued on:</source>
        <translation>Берілген күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="101"/>
        <source>Expires on (at most 30 days):</source>
        <translation>Аяқталу күні (30 күннен аспайды):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="102"/>
        <source>Served on the perpetrator:</source>
        <translation>Зорлық жасаушыға тапсырылған күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="103"/>
        <source>Revoked on:</source>
        <translation>Күші жойылған күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="104"/>
        <source>Issuing police unit:</source>
        <translation>Нұсқаманы берген полиция бөлімшесі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="105"/>
        <source>Responsible officer:</source>
        <translation>Жауапты қызметкер:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="106"/>
        <source>Officer&apos;s phone:</source>
        <translation>Қызметкердің телефоны:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="107"/>
        <source>Violations:</source>
        <translation>Бұзушылықтар:</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="39"/>
        <source>Your organisation</source>
        <translation>Сіздің ұйымыңыз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="41"/>
        <source>These details appear on letters. Never enter the shelter&apos;s address.</source>
        <translation>Бұл мәліметтер хаттарда көрсетіледі. Баспананың мекенжайын ешқашан енгізбеңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="48"/>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="49"/>
        <source>Name in Kazakh:</source>
        <translation>Қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="50"/>
        <source>Name in English:</source>
        <translation>Ағылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="51"/>
        <source>Office address:</source>
        <translation>Кеңсенің мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="52"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="53"/>
        <source>BIN:</source>
        <translation>БСН:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="54"/>
        <source>Director:</source>
        <translation>Директор:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="63"/>
        <source>Beds in the shelter (0 if there is none):</source>
        <translation>Баспанадағы орын саны (баспана болмаса, 0):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="64"/>
        <source>Restore from a backup instead…</source>
        <translation>Оның орнына сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="68"/>
        <source>Connect to the organisation&apos;s server instead…</source>
        <translation>Оның орнына ұйымның серверіне қосылу…</translation>
    </message>
</context>
<context>
    <name>PartsForm</name>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="229"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="231"/>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="234"/>
        <source>Paragraph %1 (the request)</source>
        <translation>%1-абзац (өтініш)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="235"/>
        <source>Paragraph %1</source>
        <translation>%1-абзац</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="240"/>
        <source>Restore the standard text</source>
        <translation>Стандартты мәтінді қайтару</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="242"/>
        <source>Put back the text of this part that ships with the program.</source>
        <translation>Осы бөліктің бағдарламамен бірге берілетін мәтінін қайтару.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="244"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="245"/>
        <source>Remove this paragraph from the letter.</source>
        <translation>Осы абзацты хаттан жою.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="250"/>
        <source>&amp;Add a paragraph</source>
        <translation>Абзац &amp;қосу</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="69"/>
        <source>New &amp;password:</source>
        <translation>Жаңа &amp;құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="70"/>
        <source>R&amp;epeat it:</source>
        <translation>Қайта&amp;лаңыз:</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="200"/>
        <source>At least 10 characters, not one of the commonest passwords. A short sentence is easy to remember.</source>
        <translation>Кемінде 10 таңба және ең көп тараған құпиясөздердің бірі емес. Қысқа сөйлемді есте сақтау оңай.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="206"/>
        <source>One of the commonest passwords, guessed first: choose another.</source>
        <translation>Бұл ең көп тараған құпиясөздердің бірі, оны бірінші болып табады: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="210"/>
        <source>Too simple: use more different characters.</source>
        <translation>Тым қарапайым: әртүрлі таңбаларды көбірек қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="212"/>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="214"/>
        <source>Acceptable. Longer is stronger.</source>
        <translation>Жарамды. Неғұрлым ұзын болса, соғұрлым сенімді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="215"/>
        <source>Strong.</source>
        <translation>Сенімді.</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="182"/>
        <source>Not a phone number: digits, spaces and + - ( ).</source>
        <translation>Телефон нөмірі емес: цифрлар, бос орындар және + - ( ).</translation>
    </message>
</context>
<context>
    <name>PlaceholderList</name>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="87"/>
        <source>&amp;Placeholders this letter can use:</source>
        <translation>Осы хатта қолдануға болатын &amp;алмастырғыштар:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="88"/>
        <source>&amp;Insert into the text</source>
        <translation>Мәтінге &amp;кірістіру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="90"/>
        <source>Put the chosen placeholder where the cursor is (or double-click it).</source>
        <translation>Таңдалған алмастырғышты курсор тұрған жерге кірістіру (немесе оны екі рет басыңыз).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="94"/>
        <source>Letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>Хаттарда клиенттің мекенжайы, баспана, бөлме немесе клиенттің тұратын жері ешқашан басып шығарылмайды.</translation>
    </message>
</context>
<context>
    <name>PrintoutDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="69"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="71"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="83"/>
        <source>Printed sheets name clients by alias only and never show a room or an address.</source>
        <translation>Қағазда клиент тек бүркеншік атымен аталады; бөлме мен мекенжай ешқашан басылмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="103"/>
        <source>Sent to the printer.</source>
        <translation>Принтерге жіберілді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="107"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="117"/>
        <source>Saved to %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="120"/>
        <source>The sheet could not be saved to %1 (%2).</source>
        <translation>%1 ішіне сақтау мүмкін болмады (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="136"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="31"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="32"/>
        <source>Due within two days</source>
        <translation>Екі күн ішінде мерзімі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="33"/>
        <source>Expiring</source>
        <translation>Мерзімі аяқталуда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="60"/>
        <source>Printed %1 by %2</source>
        <translation>Басылған уақыты %1, %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="68"/>
        <source>Confidential: for the centre&apos;s own work. Do not copy or pass on; shred when done.</source>
        <translation>Құпия: тек орталық жұмысы үшін. Көшірмеңіз, бермеңіз; жұмыстан кейін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="73"/>
        <source>Page %1</source>
        <translation>%1-бет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="82"/>
        <source>%1 d ago</source>
        <translation>%1 күн бұрын</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="84"/>
        <source>in %1 d</source>
        <translation>%1 күннен кейін</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="85"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="43"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="129"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="196"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="221"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="91"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="82"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="92"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="154"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="83"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="93"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="155"/>
        <source>Alias</source>
        <translation>Бүркеншік аты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="100"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="94"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="99"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="95"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="96"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="97"/>
        <source>Order number</source>
        <translation>Нұсқама нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="121"/>
        <source>Nothing.</source>
        <translation>Ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="127"/>
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="130"/>
        <source>Today&apos;s list</source>
        <translation>Бүгінгі тізім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="141"/>
        <source>Beds taken: %1 of %2</source>
        <translation>Бос емес орындар: %2 ішінен %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="147"/>
        <source>Beds taken in cases not assigned to you: %1</source>
        <translation>Сізге тағайындалмаған істер бойынша бос емес орындар: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="152"/>
        <source>In the shelter</source>
        <translation>Баспанада</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="158"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="156"/>
        <source>Admitted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="160"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="157"/>
        <source>Limit</source>
        <translation>Шекті мерзім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="158"/>
        <source>Days left</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="161"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="159"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="173"/>
        <source>Nobody.</source>
        <translation>Ешкім жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="177"/>
        <source>Shelter, %1</source>
        <translation>Баспана, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="180"/>
        <source>Shelter board</source>
        <translation>Баспана: кім тұрады</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="195"/>
        <source>None.</source>
        <translation>Жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="80"/>
        <source>The case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="85"/>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="88"/>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="89"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="91"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="96"/>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="101"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="197"/>
        <source>Violence</source>
        <translation>Зорлық-зомбылық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="105"/>
        <source>Protection orders</source>
        <translation>Қорғау нұсқамалары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="107"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="220"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="108"/>
        <source>Issued</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="109"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="179"/>
        <source>Expires</source>
        <translation>Мерзімі аяқталады</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="110"/>
        <source>Served</source>
        <translation>Тапсырылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="111"/>
        <source>Revoked</source>
        <translation>Күшін жойды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="126"/>
        <source>Police checks</source>
        <translation>Полиция тексерулері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="128"/>
        <source>Order</source>
        <translation>Нұсқама</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="130"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="131"/>
        <source>How</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="146"/>
        <source>Court special requirements</source>
        <translation>Соттың ерекше талаптары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="148"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="149"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="150"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="222"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="156"/>
        <source>Shelter stays</source>
        <translation>Баспанада тұру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="159"/>
        <source>Left</source>
        <translation>Кетті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="175"/>
        <source>Consents</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="177"/>
        <source>For</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="178"/>
        <source>Given</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="180"/>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="194"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="198"/>
        <source>Reported to the police</source>
        <translation>Полицияға хабарланды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="34"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="210"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="27"/>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="29"/>
        <source>Image (%1)</source>
        <translation>Сурет (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="30"/>
        <source>Other file</source>
        <translation>Басқа файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="34"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="212"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="41"/>
        <source>Risk assessments</source>
        <translation>Қауіпті бағалаулар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="44"/>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="45"/>
        <source>Raised by professional judgement</source>
        <translation>Кәсіби пікір бойынша көтерілді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="58"/>
        <source>Safety plans</source>
        <translation>Қауіпсіздік жоспарлары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="59"/>
        <source>Made on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="59"/>
        <source>Review on</source>
        <translation>Қайта қарау күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="64"/>
        <source>Files kept with the case</source>
        <translation>Іспен бірге сақталатын файлдар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="65"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="65"/>
        <source>How many</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="218"/>
        <source>Letters issued</source>
        <translation>Берілген хаттар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="230"/>
        <source>Case %1</source>
        <translation>Іс %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="232"/>
        <source>Case summary</source>
        <translation>Іс бойынша қорытынды</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="10"/>
        <source>Look in:</source>
        <translation>Қайда іздеу:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="11"/>
        <source>Files of type:</source>
        <translation>Файл түрлері:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="12"/>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="13"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="14"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="15"/>
        <source>File Folder</source>
        <translation>Файлдар бумасы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="16"/>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="17"/>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="18"/>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="19"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="20"/>
        <source>Invalid filename</source>
        <translation>Файл аты жарамсыз</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="21"/>
        <source>Page order:</source>
        <translation>Беттер реті:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="22"/>
        <source>Pages per sheet:</source>
        <translation>Парақтағы беттер саны:</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../caseapp/ui/record_actions.py" line="59"/>
        <source>Or double-click the row, or press Enter</source>
        <translation>Немесе жолды екі рет басыңыз, не Enter пернесін басыңыз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_actions.py" line="62"/>
        <source>Or select the row and press Delete</source>
        <translation>Немесе жолды таңдап, Delete пернесін басыңыз</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="130"/>
        <source>Your recovery key</source>
        <translation>Сіздің қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="134"/>
        <source>It is shown only now. Print it or write it down and lock it away: with it the director can set a new password when every password is lost. Without it, a lost password means lost records.</source>
        <translation>Ол тек қазір ғана көрсетіледі. Оны басып шығарыңыз немесе жазып алып, құлыпталған жерде сақтаңыз: барлық құпиясөз жоғалса, директор осы кілт арқылы жаңа құпиясөз орната алады. Кілт болмаса, құпиясөз жоғалғанда жазбалар да жоғалады.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="51"/>
        <source>Fingerprint of the organisation&apos;s key: {fingerprint}. Each computer remembers it and warns if a database ever shows another one.</source>
        <translation>Ұйым кілтінің таңбасы: {fingerprint}. Әр компьютер оны есте сақтайды және дерекқор басқа таңба көрсетсе, ескертеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="55"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="56"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Қалпына келтіру кілтін жазып алдым немесе басып шығардым</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="69"/>
        <source>caseapp recovery key</source>
        <translation>caseapp қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="71"/>
        <source>Fingerprint of the organisation&apos;s key: {fingerprint}</source>
        <translation>Ұйым кілтінің таңбасы: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="28"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="29"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="30"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="31"/>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="32"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="33"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="34"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="77"/>
        <source>Issued with the emergency override, without the client&apos;s consent.</source>
        <translation>Шұғыл тәртіппен, клиенттің келісімінсіз ресімделген.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="227"/>
        <source>Verify a letter</source>
        <translation>Хатты тексеру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="229"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF құжаттары (*.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="238"/>
        <source>%1 could not be read (%2).</source>
        <translation>%1 оқылмады (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="252"/>
        <source>%1 matches no letter of the outgoing register that you may see: it is not one of its letters, or it was changed after it was issued.</source>
        <translation>%1 шығыс хаттар журналындағы сізге қолжетімді бірде-бір хатқа сәйкес келмейді: бұл журналдағы хат емес немесе ол ресімделгеннен кейін өзгертілген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="259"/>
        <source>%1 is letter %2 of %3 (%4, case %5), exactly as it was issued.</source>
        <translation>%1 — %3 күнгі № %2 хат (%4, %5 іс), ресімделген күйінде өзгеріссіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="275"/>
        <source>Choose a letter in the register first.</source>
        <translation>Алдымен тізілімнен хатты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="285"/>
        <source>Letter %1 was issued before the register kept letters: only its fingerprint is kept.</source>
        <translation>%1 хат тізілім хаттарды сақтай бастағанға дейін берілген: оның тек таңбасы сақталған.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/letters/register.py" line="307"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n хат</numerusform>
            <numerusform>%n хат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="310"/>
        <source>Outgoing letters</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="311"/>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="312"/>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="313"/>
        <source>&amp;Kind:</source>
        <translation>Хаттың т&amp;үрі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="314"/>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="315"/>
        <source>C&amp;ase:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="316"/>
        <source>case number</source>
        <translation>іс нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="317"/>
        <source>Enter or a double click opens the case.</source>
        <translation>Enter пернесі немесе екі рет шерту істі ашады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="318"/>
        <source>&amp;Open the letter…</source>
        <translation>Хатты &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="320"/>
        <source>Show the chosen letter exactly as it was issued, to save or print again.</source>
        <translation>Таңдалған хатты қайта сақтау немесе басып шығару үшін берілген күйінде көрсету.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="322"/>
        <source>&amp;Verify a PDF…</source>
        <translation>PDF &amp;тексеру…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="324"/>
        <source>Check whether a PDF file is a letter of this register, unchanged.</source>
        <translation>PDF файлының осы журналдағы өзгертілмеген хат екенін тексеру.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="326"/>
        <source>Address &amp;book…</source>
        <translation>Мекенжай &amp;кітапшасы…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="327"/>
        <source>The bodies and officials your office writes to</source>
        <translation>Филиалыңыз хат жолдайтын органдар мен лауазымды тұлғалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="329"/>
        <source>Letter &amp;texts…</source>
        <translation>Хат &amp;мәтіндері…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="133"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="134"/>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="135"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="136"/>
        <source>From–to</source>
        <translation>Күннен күнге дейін</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>From, to:</source>
        <translation>Басы, соңы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Office:</source>
        <translation>Кеңсе:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Save in:</source>
        <translation>Сақтау тілі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="160"/>
        <source>&amp;Make the report</source>
        <translation>Есепті &amp;жасау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="161"/>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="162"/>
        <source>Save as &amp;XLSX…</source>
        <translation>&amp;XLSX ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="163"/>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="171"/>
        <source>Quarter %1</source>
        <translation>%1-тоқсан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>January</source>
        <translation>Қаңтар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>February</source>
        <translation>Ақпан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>March</source>
        <translation>Наурыз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>April</source>
        <translation>Сәуір</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>May</source>
        <translation>Мамыр</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>June</source>
        <translation>Маусым</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>July</source>
        <translation>Шілде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>August</source>
        <translation>Тамыз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>September</source>
        <translation>Қыркүйек</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>October</source>
        <translation>Қазан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>November</source>
        <translation>Қараша</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>December</source>
        <translation>Желтоқсан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="241"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
</context>
<context>
    <name>RequiredField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="192"/>
        <source>Required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="82"/>
        <source>Court special requirements</source>
        <translation>Соттың ерекше талаптары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="94"/>
        <source>Starts on:</source>
        <translation>Басталу күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="95"/>
        <source>Ends on:</source>
        <translation>Аяқталу күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="96"/>
        <source>Court:</source>
        <translation>Сот:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="97"/>
        <source>Requirements:</source>
        <translation>Талаптар:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="71"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="74"/>
        <source>The backup is checked completely before anything is written, and it is restored into a new, empty folder: an existing database is never overwritten.</source>
        <translation>Ештеңе жазылмас бұрын сақтық көшірме толық тексеріледі және жаңа бос қалтаға қалпына келтіріледі: бар дерекқор ешқашан қайта жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="78"/>
        <source>Backup file:</source>
        <translation>Сақтық көшірме файлы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="79"/>
        <source>New data folder:</source>
        <translation>Жаңа деректер қалтасы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="80"/>
        <source>Recovery key:</source>
        <translation>Қалпына келтіру кілті:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="81"/>
        <location filename="../../caseapp/ui/restore_dialog.py" line="82"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="93"/>
        <source>Backup file</source>
        <translation>Сақтық көшірме файлы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="95"/>
        <source>caseapp backup (*%1)</source>
        <translation>caseapp сақтық көшірмесі (*%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="101"/>
        <source>New data folder</source>
        <translation>Жаңа деректер қалтасы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="109"/>
        <source>Choose the backup, a new folder, and type the key.</source>
        <translation>Сақтық көшірмені және жаңа қалтаны таңдап, кілтті енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="116"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="117"/>
        <source>Checking and restoring the backup…</source>
        <translation>Сақтық көшірме тексеріліп, қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="135"/>
        <source>Restored, but the check found problems: %1</source>
        <translation>Қалпына келтірілді, бірақ тексеру кезінде ақаулар табылды: %1</translation>
    </message>
</context>
<context>
    <name>RiskAssessment</name>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="36"/>
        <source>Has he ever choked or strangled her, or tried to?</source>
        <translation>Ол оны қашан да болсын тұншықтырды ма немесе тұншықтыруға әрекеттенді ме?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="39"/>
        <source>Has he used a weapon against her or threatened her with one?</source>
        <translation>Ол оған қарсы қару қолданды ма немесе қарумен қорқытты ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="42"/>
        <source>Does he own a weapon or can he easily get one?</source>
        <translation>Оның қаруы бар ма немесе оны оңай таба ала ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="45"/>
        <source>Has he threatened to kill her, the children or someone close to her?</source>
        <translation>Ол оны, балаларды немесе оның жақындарының бірін өлтіремін деп қорқытты ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="48"/>
        <source>Has he threatened to kill himself?</source>
        <translation>Ол өз-өзіне қол жұмсаймын деп қорқытты ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="49"/>
        <source>Has the violence become more frequent lately?</source>
        <translation>Соңғы кезде зорлық-зомбылық жиілеп кетті ме?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="52"/>
        <source>Has the violence become more severe lately?</source>
        <translation>Соңғы кезде зорлық-зомбылық ауырлай түсті ме?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="55"/>
        <source>Has she left him, or tried to, within the past year?</source>
        <translation>Соңғы бір жылда ол одан кетті ме немесе кетуге әрекеттенді ме?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="58"/>
        <source>Is she pregnant or caring for a baby under one, or did he hurt her while pregnant?</source>
        <translation>Ол жүкті ме немесе бір жасқа толмаған баланы бағып отыр ма, әлде ол оған жүктілік кезінде зиян келтірді ме?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="62"/>
        <source>Does he follow, watch or harass her, in person, by phone or online?</source>
        <translation>Ол оның соңынан жүре ме, аңдый ма немесе мазасын ала ма — өзі, телефон арқылы немесе интернетте?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="65"/>
        <source>Has he hurt or threatened the children?</source>
        <translation>Ол балаларға зиян келтірді ме немесе оларды қорқытты ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="68"/>
        <source>Has he broken a protection order or a court&apos;s requirements?</source>
        <translation>Ол қорғау нұсқамасын немесе сот талаптарын бұзды ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="71"/>
        <source>Does he misuse alcohol or drugs?</source>
        <translation>Ол алкогольді немесе есірткіні теріс пайдалана ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="72"/>
        <source>Is he extremely jealous, or does he control what she does each day?</source>
        <translation>Ол аса қызғаншақ па немесе оның күнделікті әр ісін бақылай ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="75"/>
        <source>Has he forced her into sexual acts?</source>
        <translation>Ол оны жыныстық сипаттағы әрекеттерге мәжбүрледі ме?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="76"/>
        <source>Has she needed medical care for injuries he caused?</source>
        <translation>Ол келтірген жарақаттарға байланысты оған медициналық көмек қажет болды ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="79"/>
        <source>Has he been violent to others, or been convicted of a crime?</source>
        <translation>Ол басқа адамдарға зорлық-зомбылық көрсетті ме немесе сотталған ба?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="82"/>
        <source>Does he keep her from her family, friends or money?</source>
        <translation>Ол оны отбасынан, достарынан немесе ақшасынан айыра ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="85"/>
        <source>Is he out of work?</source>
        <translation>Ол жұмыссыз ба?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="86"/>
        <source>Does she believe he could kill her?</source>
        <translation>Ол оны өлтіріп жіберуі мүмкін деп санай ма?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="90"/>
        <source>Standard</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="91"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="92"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="93"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="94"/>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="97"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="98"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="99"/>
        <source>Don&apos;t know</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="118"/>
        <source>New risk assessment</source>
        <translation>Қауіпті жаңа бағалау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="125"/>
        <source>Assessed on:</source>
        <translation>Бағалау күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="161"/>
        <source>Professional judgement raises it to:</source>
        <translation>Кәсіби пікір бойынша деңгейі мынаған дейін көтеріледі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="168"/>
        <source>Why:</source>
        <translation>Неліктен:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="189"/>
        <source>Score %1: %2 risk (medium from %3, high from %4)</source>
        <translation>Балл: %1, қауіп: %2 (орташа — %3 бастап, жоғары — %4 бастап)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="237"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Жаңа бағалау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="239"/>
        <source>Strike out assessment…</source>
        <translation>Бағалауды сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="243"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="244"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="245"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="246"/>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="247"/>
        <source>Raised because</source>
        <translation>Көтерілу себебі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="271"/>
        <source>The case&apos;s risk: %1, assessed on %2.</source>
        <translation>Іс бойынша қауіп: %1, %2 бағаланған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="267"/>
        <source>The case has no risk assessment yet.</source>
        <translation>Іс бойынша қауіп әлі бағаланбаған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="285"/>
        <source>Raised from %1 to %2: %3</source>
        <translation>«%1» деңгейінен «%2» деңгейіне көтерілді: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="316"/>
        <source>The assessment was recorded; the case&apos;s risk is its level.</source>
        <translation>Бағалау сақталды; іс бойынша қауіп енді оның деңгейіне тең.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="184"/>
        <source>Role of %1</source>
        <translation>%1 пайдаланушысының рөлі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="185"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="186"/>
        <source>The new role applies from the next unlock.</source>
        <translation>Жаңа рөл келесі рет құлып ашылғаннан бастап қолданылады.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="39"/>
        <source>Warning signs</source>
        <translation>Қауіп белгілері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="40"/>
        <source>Safe people and their contacts</source>
        <translation>Сенімді адамдар және олардың байланыстары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="41"/>
        <source>Code word</source>
        <translation>Шартты сөз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="42"/>
        <source>How to leave and where to go</source>
        <translation>Қалай кету керек және қайда бару керек</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="43"/>
        <source>Emergency bag: where it is, what else</source>
        <translation>Дабыл сөмкесі: қайда тұр, онда тағы не бар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="44"/>
        <source>The children&apos;s plan</source>
        <translation>Балаларға арналған жоспар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="45"/>
        <source>Phone and online safety</source>
        <translation>Телефон және интернеттегі қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="46"/>
        <source>Who does what</source>
        <translation>Кім не істейді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="49"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="50"/>
        <source>The order&apos;s copy</source>
        <translation>Нұсқаманың көшірмесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="51"/>
        <source>Medicines</source>
        <translation>Дәрі-дәрмек</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="52"/>
        <source>Money</source>
        <translation>Ақша</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="53"/>
        <source>Keys</source>
        <translation>Кілттер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="54"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="69"/>
        <source>New safety plan</source>
        <translation>Жаңа қауіпсіздік жоспары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="81"/>
        <source>Made on:</source>
        <translation>Жасалған күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="82"/>
        <source>Review on:</source>
        <translation>Қайта қарау күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="83"/>
        <source>Her language:</source>
        <translation>Оның тілі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="109"/>
        <location filename="../../caseapp/ui/case/safety.py" line="209"/>
        <source>In the bag:</source>
        <translation>Сөмкеде:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="165"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Жаңа жоспар…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="166"/>
        <source>Strike out plan…</source>
        <translation>Жоспарды сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="167"/>
        <source>&amp;Print for her…</source>
        <translation>&amp;Ол үшін басып шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="170"/>
        <source>Made on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="171"/>
        <source>Review on</source>
        <translation>Қайта қарау күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="172"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="173"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="194"/>
        <source>The plan of %1 is to be reviewed on %2.</source>
        <translation>%1 жасалған жоспарды %2 қайта қарау керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="192"/>
        <source>The case has no safety plan yet.</source>
        <translation>Іс бойынша қауіпсіздік жоспары әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="226"/>
        <source>The safety plan was recorded.</source>
        <translation>Қауіпсіздік жоспары сақталды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="247"/>
        <source>Safety plan</source>
        <translation>Қауіпсіздік жоспары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="248"/>
        <source>Her copy: it never names the centre, the shelter or an address, nor the case.</source>
        <translation>Оның данасы: онда орталықтың, баспананың атауы, мекенжай немесе іс нөмірі ешқашан болмайды.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="107"/>
        <location filename="../../caseapp/ui/server_dialog.py" line="148"/>
        <source>Connect to a server</source>
        <translation>Серверге қосылу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="108"/>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="111"/>
        <source>In the form postgresql://user@host/dbname, without the password; the server&apos;s administrator tells you what to write.</source>
        <translation>postgresql://user@host/dbname түрінде, құпиясөзсіз; не жазу керектігін сервер әкімшісі айтады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="115"/>
        <source>Database pass&amp;word:</source>
        <translation>Дерекқор құпия&amp;сөзі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="116"/>
        <source>Co&amp;nnect</source>
        <translation>&amp;Қосылу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="149"/>
        <source>Connecting to the server…</source>
        <translation>Серверге қосылуда…</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="90"/>
        <source>— not recorded —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="91"/>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="92"/>
        <source>Note (kept encrypted)</source>
        <translation>Ескертпе (шифрланып сақталады)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="143"/>
        <source>Correct the service</source>
        <translation>Қызметті түзету</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="149"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="150"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="151"/>
        <source>&amp;Given by:</source>
        <translation>Кім кө&amp;рсетті:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="152"/>
        <source>Duration, &amp;minutes:</source>
        <translation>Ұзақтығы, &amp;минут:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="153"/>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="247"/>
        <source>New ser&amp;vice (Enter records it):</source>
        <translation>Жаңа &amp;қызмет (Enter — тіркеу):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="248"/>
        <source>&amp;Record service</source>
        <translation>Қызметті &amp;тіркеу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="250"/>
        <source>The day, the kind and who gave it are in clear for the reports; the note is kept encrypted under the case&apos;s key. The minutes may be left empty.</source>
        <translation>Күні, қызмет түрі және оны кім көрсеткені есептер үшін ашық сақталады; ескертпе істің кілтімен шифрланып сақталады. Минуттарды көрсетпеуге болады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="257"/>
        <source>Correct service…</source>
        <translation>Қызметті түзету…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="258"/>
        <source>Strike out service…</source>
        <translation>Қызметті сызып тастау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="262"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="263"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="264"/>
        <source>Given by</source>
        <translation>Кім көрсетті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="265"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="266"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="271"/>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="342"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="354"/>
        <source>Service recorded.</source>
        <translation>Қызмет тіркелді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="378"/>
        <source>The service was corrected.</source>
        <translation>Қызмет түзетілді.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="123"/>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="126"/>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="129"/>
        <source>Connect to a server…</source>
        <translation>Серверге қосылу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="131"/>
        <source>Open a data folder…</source>
        <translation>Деректер қалтасын ашу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="148"/>
        <source>Choose a data folder</source>
        <translation>Деректер қалтасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/app.py" line="118"/>
        <source>The check after unlocking found records changed outside the program or damaged. Those cases are not shown and no letter is issued from them. Tell your administrator; &apos;caseapp check&apos; lists everything.</source>
        <translation>Құлыпты ашқаннан кейінгі тексеру бағдарламадан тыс өзгертілген немесе зақымдалған жазбаларды тапты. Ол істер ашылмайды және олар бойынша хат берілмейді. Әкімшіге хабарлаңыз; «caseapp check» барлығын тізіп береді.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/app.py" line="122"/>
        <source>
…and %n more.</source>
        <translation>
            <numerusform>
…және тағы %n.</numerusform>
            <numerusform>
…және тағы %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="223"/>
        <source>Reactivate %1</source>
        <translation>%1 қайта қосу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="226"/>
        <source>Her keys were deleted when the account was deactivated: it comes back with new ones under this password. Tell her the password in person.</source>
        <translation>Есептік жазба өшірілгенде оның кілттері жойылды: ол осы құпиясөзбен жаңа кілттермен қайтады. Құпиясөзді өзіне жеке айтыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="231"/>
        <source>New password for %1</source>
        <translation>%1 үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="234"/>
        <source>The account gets new keys under this password and its old password stops working. Tell her the password in person.</source>
        <translation>Есептік жазба осы құпиясөзбен жаңа кілттер алады, ескі құпиясөзі жұмыс істемей қалады. Құпиясөзді өзіне жеке айтыңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="292"/>
        <location filename="../../caseapp/ui/settings_page.py" line="297"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="325"/>
        <source>12 digits; the last one is a check digit.</source>
        <translation>12 цифр; соңғысы — бақылау цифры.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="329"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="330"/>
        <source>Lan&amp;guage of the program:</source>
        <translation>Бағдарлама &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="336"/>
        <source>Only an administrator can change the settings below.</source>
        <translation>Төмендегі баптауларды тек әкімші өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="337"/>
        <source>Work</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="338"/>
        <source>Lock after idle &amp;minutes:</source>
        <translation>Әрекетсіз қанша &amp;минуттан кейін құлыптау:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="339"/>
        <source>(a new value applies from the next unlock)</source>
        <translation>(жаңа мән келесі рет құлып ашылғаннан бастап қолданылады)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="342"/>
        <source>&amp;Beds in the shelter:</source>
        <translation>Баспанадағы &amp;орын саны:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="343"/>
        <source>Reports hide counts belo&amp;w:</source>
        <translation>Есептер мына саннан &amp;кіші сандарды жасырады:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="362"/>
        <source>These details appear on letters. A letter in a language without its own address prints the Russian one.</source>
        <translation>Бұл деректер хаттарда басылады. Хат тілінде мекенжай болмаса, орысша мекенжай басылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="370"/>
        <source>Office &amp;address (Russian, default):</source>
        <translation>&amp;Кеңсенің мекенжайы (орысша, әдепкі):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="371"/>
        <source>Address (Ka&amp;zakh):</source>
        <translation>Қазақша мекен&amp;жайы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="372"/>
        <source>Address (E&amp;nglish):</source>
        <translation>Ағылшын&amp;ша мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="386"/>
        <source>Administrators always see every case. Shelter beds are counted for all.</source>
        <translation>Әкімшілер әрқашан барлық істі көреді. Баспанадағы орындар барлық клиент бойынша есептеледі.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="359"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="297"/>
        <location filename="../../caseapp/ui/settings_page.py" line="304"/>
        <source>Your details were saved.</source>
        <translation>Деректеріңіз сақталды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="331"/>
        <source>You</source>
        <translation>Сіз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="333"/>
        <source>Your full name, position and phone, as the letters you issue print them.</source>
        <translation>Аты-жөніңіз, лауазымыңыз және телефоныңыз — сіз шығаратын хаттарда солай басылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="335"/>
        <source>My de&amp;tails…</source>
        <translation>Менің д&amp;еректерім…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="340"/>
        <source>Risk assessment: medium risk from score</source>
        <translation>Орташа қауіп — балы кемінде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="341"/>
        <source>high risk from score</source>
        <translation>жоғары — балы кемінде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="346"/>
        <source>A smaller count is shown as “&lt;5” in every report, so that no one can be recognised from it.</source>
        <translation>Кіші сан барлық есептерде «&lt;5» түрінде көрсетіледі, сонда ол бойынша ешкімді тану мүмкін болмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="350"/>
        <source>Who sees which cases:</source>
        <translation>Кім қандай істерді көреді:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="351"/>
        <source>Everyone sees a&amp;ll cases</source>
        <translation>&amp;Әркім барлық істі көреді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="353"/>
        <source>Staff see the cases of their o&amp;ffices and the cases assigned to them</source>
        <translation>Қызметкерлер өз фи&amp;лиалдарының істерін және өздеріне бекітілген істерді көреді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="356"/>
        <source>Staff see &amp;only the cases assigned to them</source>
        <translation>Қызметкерлер &amp;өздеріне бекітілген істерді ғана көреді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="367"/>
        <source>Name in &amp;Russian:</source>
        <translation>О&amp;рысша атауы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="368"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="369"/>
        <source>Name in &amp;English:</source>
        <translation>А&amp;ғылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="373"/>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="374"/>
        <source>B&amp;IN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="375"/>
        <source>&amp;Director:</source>
        <translation>&amp;Директор:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="380"/>
        <source>The office&apos;s address only. Never enter the shelter&apos;s address anywhere.</source>
        <translation>Тек кеңсенің мекенжайы. Баспананың мекенжайын ешқашан ешқайда енгізбеңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="382"/>
        <source>&amp;Save settings</source>
        <translation>Баптауларды &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="393"/>
        <source>There is one office, so the second choice shows every case to the staff in it.</source>
        <translation>Филиал біреу ғана, сондықтан екінші нұсқада оның қызметкерлері барлық істі көреді.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="169"/>
        <source>caseapp — first run</source>
        <translation>caseapp — алғашқы іске қосу</translation>
    </message>
</context>
<context>
    <name>ShelterBoard</name>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="273"/>
        <source>Shelter, %1</source>
        <translation>Баспана, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="276"/>
        <source>Occupied: %1   ·   Beds: %2   ·   Free: %3</source>
        <translation>Бос емес: %1   ·   Барлық орын: %2   ·   Бос: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="282"/>
        <source>%1 more than there are beds</source>
        <translation>орын санынан %1 артық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="287"/>
        <source>Six-month limit within 14 days</source>
        <translation>Алты айлық мерзім 14 күн ішінде бітеді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="288"/>
        <source>Six-month limit passed</source>
        <translation>Алты айлық мерзім өтті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="289"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Қабылдау…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="290"/>
        <source>Find a case and admit her to the shelter</source>
        <translation>Істі тауып, клиентті баспанаға қабылдау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="291"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="292"/>
        <source>&amp;Open case</source>
        <translation>Істі &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="293"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="294"/>
        <source>Open the selected case (Enter)</source>
        <translation>Таңдалған істі ашу (Enter)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="326"/>
        <source>Case %1 admitted.</source>
        <translation>%1 іс: клиент баспанаға қабылданды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="352"/>
        <source>Case %1 discharged.</source>
        <translation>%1 іс: клиент баспанадан шығарылды.</translation>
    </message>
</context>
<context>
    <name>ShelterBoardModel</name>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="56"/>
        <source>Room and bed</source>
        <translation>Бөлме және төсек орны</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="57"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="58"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="59"/>
        <source>Admitted</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="60"/>
        <source>Six-month limit</source>
        <translation>Алты айлық мерзім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="61"/>
        <source>Days left</source>
        <translation>Қалған күндер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="62"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="114"/>
        <source>Another stay today is recorded in this room and bed.</source>
        <translation>Бүгін осы бөлме мен төсекте тағы бір тұру тіркелген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="118"/>
        <source>This case is not assigned to you.</source>
        <translation>Бұл іс сізге бекітілмеген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="122"/>
        <source>The six-month limit has passed.</source>
        <translation>Алты айлық мерзім өтті.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="126"/>
        <source>The six-month limit is near.</source>
        <translation>Алты айлық мерзім жақындап қалды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="139"/>
        <source>occupied</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="144"/>
        <source>Client %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="157"/>
        <source>passed %1 d ago</source>
        <translation>%1 күн бұрын өтті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="161"/>
        <source>%1 — near</source>
        <translation>%1 — жақында</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="22"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="23"/>
        <source>Case worker</source>
        <translation>Істер жөніндегі маман</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="24"/>
        <source>Lawyer</source>
        <translation>Заңгер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="41"/>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="42"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="43"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="44"/>
        <source>Offices</source>
        <translation>Филиалдар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="45"/>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="46"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="47"/>
        <source>Failed attempts</source>
        <translation>Сәтсіз әрекеттер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="82"/>
        <source>yes — needs a new password</source>
        <translation>иә — жаңа құпиясөз керек</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="84"/>
        <location filename="../../caseapp/ui/staff/page.py" line="91"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="80"/>
        <source>no — cannot unlock</source>
        <translation>жоқ — құлыпты аша алмайды</translation>
    </message>
</context>
<context>
    <name>StaffOfficesDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="161"/>
        <source>Offices of %1</source>
        <translation>%1: филиалдары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="162"/>
        <source>&amp;Works in:</source>
        <translation>&amp;Жұмыс орны:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="165"/>
        <source>At least one office. The cases she opens go to the first office ticked here; which cases she sees follows the setting in Settings.</source>
        <translation>Кемінде бір филиал. Ол ашқан істер осында белгіленген бірінші филиалға түседі; қандай істерді көретіні «Баптаулар» бөліміндегі баптауға байланысты.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="212"/>
        <source>Staff accounts</source>
        <translation>Қызметкерлердің тіркелгілері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="213"/>
        <source>&amp;Add account…</source>
        <translation>Тіркелгі қ&amp;осу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="214"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Рөлді өзгерту…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="215"/>
        <source>D&amp;etails…</source>
        <translation>&amp;Деректер…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="217"/>
        <source>Full name, position and phone, as this person&apos;s letters print them</source>
        <translation>Аты-жөні, лауазымы және телефоны — осы қызметкердің хаттарында солай басылады</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="220"/>
        <source>&amp;Offices…</source>
        <translation>&amp;Филиалдары…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="221"/>
        <source>Choose the offices this person works in</source>
        <translation>Қызметкер жұмыс істейтін филиалдарды таңдау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="219"/>
        <source>New &amp;password…</source>
        <translation>Жаңа &amp;құпиясөз…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="224"/>
        <source>Each account holds only the keys of what it may see. Deactivating one deletes its keys and changes the keys it held, so its password opens nothing here any more; reactivating it needs a new password. There is always at least one active administrator.</source>
        <translation>Әр есептік жазбада тек өзіне көруге рұқсат етілгеннің кілттері бар. Өшірілгенде оның кілттері жойылады, ал оның қолындағы кілттер ауыстырылады, сондықтан оның құпиясөзі бұл жерде енді ештеңе ашпайды; қайта қосу үшін жаңа құпиясөз керек. Әрқашан кемінде бір белсенді әкімші қалады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="249"/>
        <source>Reac&amp;tivate…</source>
        <translation>Қайта &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="251"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Белсенсіздендіру…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="253"/>
        <source>Take back the s&amp;helter&apos;s key</source>
        <translation>Баспана &amp;кілтін алып қою</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="255"/>
        <source>Give the s&amp;helter&apos;s key</source>
        <translation>Баспана &amp;кілтін беру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="272"/>
        <source>Account %1 added.</source>
        <translation>%1 тіркелгісі қосылды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="281"/>
        <source>The role of %1 was changed.</source>
        <translation>%1 пайдаланушысының рөлі өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="291"/>
        <source>The details of %1 were saved.</source>
        <translation>%1 пайдаланушысының деректері сақталды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="302"/>
        <source>The offices of %1 were changed.</source>
        <translation>%1 пайдаланушысының филиалдары өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="314"/>
        <source>Deactivate the account</source>
        <translation>Тіркелгіні белсенсіздендіру</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="316"/>
        <source>Deactivate %1? The account will not be able to unlock until it is reactivated.</source>
        <translation>%1 белсенсіздендірілсін бе? Тіркелгі қайта белсендірілгенге дейін құлыпты аша алмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="323"/>
        <source>%1 was deactivated.</source>
        <translation>%1 тіркелгісі белсенсіздендірілді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="328"/>
        <source>%1 was reactivated.</source>
        <translation>%1 тіркелгісі қайта белсендірілді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="344"/>
        <source>%1 no longer holds the shelter&apos;s key.</source>
        <translation>%1 бұдан былай баспана кілтін ұстамайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="346"/>
        <source>%1 now holds the shelter&apos;s key.</source>
        <translation>%1 енді баспана кілтін ұстайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="356"/>
        <source>%1 has a new password.</source>
        <translation>%1 үшін жаңа құпиясөз орнатылды.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="25"/>
        <source>Shelter stay</source>
        <translation>Баспанада болу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="39"/>
        <source>Admitted on:</source>
        <translation>Қабылданған күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="41"/>
        <source>Room and bed:</source>
        <translation>Бөлме мен орын:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="42"/>
        <source>Children with her:</source>
        <translation>Онымен бірге балалар:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="43"/>
        <source>Departure date:</source>
        <translation>Шыққан күні:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="44"/>
        <source>Reason for leaving:</source>
        <translation>Шығу себебі:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="47"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Баратын жері (шифрланып сақталады, ешқашан басып шығарылмайды):</translation>
    </message>
</context>
<context>
    <name>StrikeOutDialog</name>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="55"/>
        <source>Delete the case</source>
        <translation>Істі жою</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="58"/>
        <source>The case disappears from the lists, search, reminders, letters and statistics. Its records and its history are kept, and the integrity check still verifies them. Only an administrator can do this.</source>
        <translation>Іс тізімдерден, іздеуден, еске салғыштардан, хаттардан және статистикадан жоғалады. Оның мәліметтері мен тарихы сақталады, тұтастықты тексеру оларды бұрынғыша тексереді. Мұны тек әкімші жасай алады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="63"/>
        <source>&amp;Why is the case deleted?</source>
        <translation>Іс &amp;неге жойылады?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="64"/>
        <source>&amp;Delete the case</source>
        <translation>Істі &amp;жою</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="66"/>
        <source>Strike out a record</source>
        <translation>Мәліметті сызып тастау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="69"/>
        <source>A record entered by mistake is struck out, not erased: it no longer counts for lists, reminders, letters or statistics, and the case&apos;s history keeps it with your name, the date and the reason.</source>
        <translation>Қате енгізілген мәлімет өшірілмейді, сызып тасталады: ол енді тізімдерде, еске салғыштарда, хаттарда және статистикада ескерілмейді, ал іс тарихы оны сіздің атыңызбен, күнімен және себебімен сақтайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="74"/>
        <source>&amp;Why is it struck out?</source>
        <translation>Мәлімет &amp;неге сызылады?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="75"/>
        <source>&amp;Strike out</source>
        <translation>&amp;Сызып тастау</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="85"/>
        <source>Please give the reason.</source>
        <translation>Себебін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="174"/>
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="177"/>
        <source>Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3</source>
        <translation>Күшіндегі нұсқамалар: %1   ·   Баспанада: %2   ·   Бос орындар: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="184"/>
        <source>A backup has been due since %1: make one on the Backup page.</source>
        <translation>Сақтық көшірме жасау мерзімі %1 келген: оны «Сақтық көшірме» бетінде жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="189"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="190"/>
        <source>Nothing is due today.</source>
        <translation>Бүгін орындалатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="193"/>
        <source>&lt;b&gt;Bold&lt;/b&gt;: a high-risk case</source>
        <translation>&lt;b&gt;Қалың әріппен&lt;/b&gt;: қауіптілігі жоғары іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="196"/>
        <source>&amp;Record the check…</source>
        <translation>&amp;Тексеруді жазу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="197"/>
        <source>&amp;Issue letter…</source>
        <translation>&amp;Хат шығару…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="198"/>
        <source>&amp;Open case</source>
        <translation>&amp;Істі ашу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="202"/>
        <source>Record the police&apos;s check of this order</source>
        <translation>Полицияның осы нұсқаманы тексеруін жазу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="204"/>
        <source>Issue the letter this reminder calls for (for a missed check: the police)</source>
        <translation>Осы еске салу талап ететін хатты шығару (өткізілген тексеру үшін — полицияға)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="302"/>
        <source>caseapp</source>
        <translation>caseapp</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="116"/>
        <source>caseapp — unlock</source>
        <translation>caseapp — құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="117"/>
        <source>Unlock the case records</source>
        <translation>Іс жазбаларының құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="118"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="119"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="120"/>
        <location filename="../../caseapp/ui/unlock/screen.py" line="190"/>
        <source>Un&amp;lock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="121"/>
        <source>Open a &amp;different database…</source>
        <translation>Басқа &amp;дерекқорды ашу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="122"/>
        <source>Connect to a &amp;server…</source>
        <translation>&amp;Серверге қосылу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="123"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық &amp;көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="124"/>
        <source>&amp;Forgot the password?</source>
        <translation>Құпиясөзді &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="126"/>
        <source>I compared the fingerprint with the recovery sheet: &amp;trust this database</source>
        <translation>Таңбаны қалпына келтіру парағымен салыстырдым: бұл дерекқорға &amp;сену</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="132"/>
        <source>Database {database} on the server {host}</source>
        <translation>{host} серверіндегі {database} дерекқоры</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="138"/>
        <source>Data folder: {folder}</source>
        <translation>Деректер қалтасы: {folder}</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="171"/>
        <source>The new password is set: unlock with it.</source>
        <translation>Жаңа құпиясөз берілді: онымен құлыпты ашыңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/unlock/screen.py" line="193"/>
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>%n секунд күтіңіз</numerusform>
            <numerusform>%n секунд күтіңіз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="215"/>
        <source>Choose a data folder</source>
        <translation>Деректер қалтасын таңдаңыз</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../caseapp/domain/dates.py" line="72"/>
        <source>{field}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field}: «{value}» ЖЖЖЖ-АА-КК пішіміндегі күн емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/errors.py" line="19"/>
        <source>The operation failed.</source>
        <translation>Әрекет орындалмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="79"/>
        <source>{field} must be an object.</source>
        <translation>{field}: объект болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="84"/>
        <source>{field} is not a known field.</source>
        <translation>{field}: белгісіз өріс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="90"/>
        <source>{field} is given twice.</source>
        <translation>{field}: өріс екі рет берілген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="99"/>
        <source>{field} must be a list.</source>
        <translation>{field}: тізім болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="108"/>
        <source>{field} must be text.</source>
        <translation>{field}: мәтін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="38"/>
        <location filename="../../caseapp/domain/closing.py" line="39"/>
        <location filename="../../caseapp/domain/interchange.py" line="118"/>
        <location filename="../../caseapp/domain/interchange.py" line="128"/>
        <location filename="../../caseapp/services/shelter.py" line="208"/>
        <location filename="../../caseapp/ui/case/services.py" line="52"/>
        <source>{field} is required.</source>
        <translation>{field}: міндетті өріс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="112"/>
        <source>{field} holds characters that are not valid Unicode text.</source>
        <translation>{field}: Unicode мәтінінде жарамсыз таңбалар бар.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="120"/>
        <source>{field} is too long.</source>
        <translation>{field}: мәні тым ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="139"/>
        <source>{field} must be a date in the form YYYY-MM-DD that exists.</source>
        <translation>{field}: күнтізбеде бар, ЖЖЖЖ-АА-КК пішіміндегі күн болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="158"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="120"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="129"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="148"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="156"/>
        <source>{field} must be one of: {allowed}.</source>
        <translation>{field}: мына мәндердің бірі болуы керек: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="178"/>
        <source>The file must hold one JSON object with the fields &quot;format&quot; and &quot;cases&quot;.</source>
        <translation>Файлда «format» және «cases» өрістері бар бір JSON объектісі болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="186"/>
        <source>{field} must be &apos;{expected}&apos;.</source>
        <translation>{field}: «{expected}» болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="195"/>
        <source>{field} has the same case number as cases[{other}].</source>
        <translation>{field}: іс нөмірі cases[{other}] ішіндегі нөмірмен бірдей.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="208"/>
        <source>{field} may hold only letters, digits and - / _ . (at most 32).</source>
        <translation>{field}: тек әріптер, цифрлар және - / _ . таңбалары рұқсат етіледі (32 таңбадан аспайды).</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="339"/>
        <source>{field} lists more than {high} children.</source>
        <translation>{field}: {high} баладан артық көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="350"/>
        <source>{field} must be a year as a whole number.</source>
        <translation>{field}: жыл бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="357"/>
        <source>{field} must be a whole number from 0 to 20, or a list of the children.</source>
        <translation>{field}: 0-ден 20-ға дейінгі бүтін сан немесе балалар тізімі болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="25"/>
        <source>{field} is not a valid IIN: it needs 12 digits with a correct check digit.</source>
        <translation>{field}: ЖСН дұрыс емес — бақылау цифры дұрыс 12 цифр қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="264"/>
        <source>{field} is not a phone number.</source>
        <translation>{field}: телефон нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="302"/>
        <source>{field} does not name a protection order of this case.</source>
        <translation>{field}: бұл істе мұндай қорғау нұсқамасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="83"/>
        <source>{field}: the expiry date {date} is before the issue date {earlier}.</source>
        <translation>{field}: аяқталу күні ({date}) берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="91"/>
        <source>{field}: a protection order lasts at most {days} days, so the latest allowed expiry date is {latest}.</source>
        <translation>{field}: қорғау нұсқамасы {days} күннен аспайды, сондықтан ең кеш аяқталу күні — {latest}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="103"/>
        <source>{field}: the date of serving {date} is before the issue date {earlier}.</source>
        <translation>{field}: тапсырылған күні ({date}) берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="111"/>
        <source>{field}: the revocation date {date} is before the issue date {earlier}.</source>
        <translation>{field}: күшін жою күні ({date}) берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="133"/>
        <source>{field}: the police check date {date} is before the order&apos;s issue date {earlier}.</source>
        <translation>{field}: полиция тексеруінің күні ({date}) нұсқама берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="141"/>
        <source>{field}: the police check date {date} is after the order&apos;s expiry date {later}.</source>
        <translation>{field}: полиция тексеруінің күні ({date}) нұсқаманың аяқталу күнінен ({later}) кейін.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="156"/>
        <source>{field}: the end date {date} is before the start date {earlier}.</source>
        <translation>{field}: аяқталу күні ({date}) басталу күнінен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="173"/>
        <source>{field}: the departure date {date} is before the admission date {earlier}.</source>
        <translation>{field}: шыққан күні ({date}) қабылданған күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="180"/>
        <source>{field}: the number of children must be between {low} and {high}.</source>
        <translation>{field}: балалар саны {low} мен {high} аралығында болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="198"/>
        <source>{field}: {count} children are counted but {named} are named.</source>
        <translation>{field}: {count} бала саналған, бірақ {named} бала аталған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="218"/>
        <source>{field}: a child born in {year} was over {age} when admitted.</source>
        <translation>{field}: {year} жылы туған бала қабылданғанда {age} жастан асқан еді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="99"/>
        <location filename="../../caseapp/domain/rules.py" line="227"/>
        <source>{field}: the year of birth {year} is still to come.</source>
        <translation>{field}: {year} туған жылы әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="239"/>
        <source>{field}: an extension needs the date the stay is extended to.</source>
        <translation>{field}: ұзарту үшін болу мерзімі қай күнге дейін ұзартылғанын көрсету керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="248"/>
        <source>{field}: the extension date {date} is not after the six-month limit {limit}.</source>
        <translation>{field}: ұзарту күні ({date}) алты айлық мерзімнен ({limit}) кейін емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="259"/>
        <source>{field}: a stay can be extended to at most {months} months after admission, so the latest allowed date is {latest}.</source>
        <translation>{field}: болу мерзімін қабылданған күннен бастап ең көбі {months} айға дейін ұзартуға болады, сондықтан ең соңғы рұқсат етілген күн — {latest}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="270"/>
        <source>{field}: the reason for the extension is required.</source>
        <translation>{field}: ұзарту негізін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="275"/>
        <source>{field}: the reason for the extension is longer than {high} characters.</source>
        <translation>{field}: ұзарту негізі {high} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="291"/>
        <source>{field}: the expiry date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: аяқталу күні ({date}) келісім берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="299"/>
        <source>{field}: the withdrawal date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: кері алу күні ({date}) келісім берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="30"/>
        <source>{field}: the date of the police check {date} is in the future.</source>
        <translation>{field}: полиция тексеруінің күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="33"/>
        <source>{field}: the date the order was served {date} is in the future.</source>
        <translation>{field}: нұсқаманың тапсырылған күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="36"/>
        <source>{field}: the incident date {date} is in the future.</source>
        <translation>{field}: оқиға күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="39"/>
        <source>{field}: the admission date {date} is in the future.</source>
        <translation>{field}: қабылданған күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="42"/>
        <source>{field}: the departure date {date} is in the future.</source>
        <translation>{field}: шыққан күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="43"/>
        <source>{field}: the date the consent was given {date} is in the future.</source>
        <translation>{field}: келісім берілген күн {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="46"/>
        <source>{field}: the opening date {date} is in the future.</source>
        <translation>{field}: істің ашылған күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="47"/>
        <source>{field}: the opening date {date} is before {earliest}.</source>
        <translation>{field}: істің ашылған күні ({date}) {earliest} күнінен бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="50"/>
        <source>{field}: the birth date is in the future.</source>
        <translation>{field}: туған күні әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="51"/>
        <source>{field}: the birth date is more than {years} years ago.</source>
        <translation>{field}: туған күні {years} жылдан астам бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="315"/>
        <source>{field}: the incident date {date} is before {earlier}.</source>
        <translation>{field}: оқиға күні {date} {earlier} күнінен ерте.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="320"/>
        <source>{field}: the description is longer than {high} characters.</source>
        <translation>{field}: сипаттама {high} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="45"/>
        <source>{field} is not a phone number: use digits, spaces and + - ( ).</source>
        <translation>{field}: телефон нөмірі емес; цифрлар, бос орындар және + - ( ) пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="52"/>
        <location filename="../../caseapp/domain/closing.py" line="36"/>
        <source>{field} is before the case was opened.</source>
        <translation>{field}: күн іс ашылған күннен бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="81"/>
        <source>{field}: at most {count} children can be recorded.</source>
        <translation>{field}: {count} баладан артық жазуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="105"/>
        <source>{field}: a child born in {year} is older than his or her mother.</source>
        <translation>{field}: {year} жылы туған бала анасынан үлкен бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/cases.py" line="187"/>
        <source>Case number {number} exists already.</source>
        <translation>{number} нөмірлі іс бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casecheck.py" line="18"/>
        <source>Case {number} was damaged or changed outside the program ({record}), so it is not shown and no letter is issued from it. Tell your administrator: &apos;caseapp check&apos; lists what changed.</source>
        <translation>{number} ісі зақымдалған немесе бағдарламадан тыс өзгертілген ({record}), сондықтан ол ашылмайды және ол бойынша хат берілмейді. Әкімшіге хабарлаңыз: «caseapp check» не өзгергенін тізіп береді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casecheck.py" line="104"/>
        <location filename="../../caseapp/services/casecheck.py" line="118"/>
        <location filename="../../caseapp/services/cases.py" line="247"/>
        <source>Case {number} is not assigned to you.</source>
        <translation>{number} нөмірлі іс сізге бекітілмеген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/cases.py" line="320"/>
        <source>Only an administrator can move a case to another office.</source>
        <translation>Істі басқа филиалға тек әкімші ауыстыра алады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="26"/>
        <source>Too many wrong passwords: wait {seconds} s, then try again.</source>
        <translation>Құпиясөз тым көп рет қате енгізілді: {seconds} секунд күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="32"/>
        <source>Your account is not allowed to do this.</source>
        <translation>Сіздің тіркелгіңізге бұл әрекетке рұқсат берілмеген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="36"/>
        <source>There is no case {number}.</source>
        <translation>{number} нөмірлі іс табылмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="40"/>
        <source>This case was changed by {who} at {when}: reload it and make your change again.</source>
        <translation>Бұл істі {who} өзгертті ({when}): оны қайта жүктеп, өзгерісіңізді қайтадан енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="46"/>
        <source>Record {record} is damaged: its field &apos;{column}&apos; cannot be decrypted.</source>
        <translation>{record} жазбасы зақымдалған: оның «{column}» өрісін шифрдан шығару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="52"/>
        <source>The database file is damaged or is not a caseapp database.</source>
        <translation>Дерекқор файлы зақымдалған немесе caseapp дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="35"/>
        <source>The file is too large to import.</source>
        <translation>Файл импорттау үшін тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="40"/>
        <source>The file does not exist.</source>
        <translation>Мұндай файл жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="44"/>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="48"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Файл UTF-8 кодтауындағы мәтін емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="121"/>
        <source>{field} is not a district in the organisation&apos;s list.</source>
        <translation>{field}: ұйымның тізімінде мұндай аудан жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="69"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>Файл жарамды JSON емес ({line}-жол, {column}-баған).</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="79"/>
        <source>The file holds a number with too many digits.</source>
        <translation>Файлда цифрлары тым көп сан бар.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="87"/>
        <source>The file nests lists and objects more than {depth} levels deep.</source>
        <translation>Файлда тізімдер мен объектілер {depth} деңгейден тереңірек салынған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="94"/>
        <source>{field} nests lists and objects more than {depth} levels deep.</source>
        <translation>{field}: тізімдер мен объектілер {depth} деңгейден тереңірек салынған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="135"/>
        <source>{field}: case number {number} exists already.</source>
        <translation>{field}: {number} нөмірлі іс бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/opening.py" line="31"/>
        <source>caseapp opens a data folder or a PostgreSQL server&apos;s address, such as postgresql://user@host/dbname.</source>
        <translation>caseapp деректер қалтасын немесе PostgreSQL серверінің мекенжайын ашады, мысалы: postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/opening.py" line="67"/>
        <source>There is no caseapp database in that folder: create one with &apos;caseapp init&apos;.</source>
        <translation>Бұл қалтада caseapp дерекқоры жоқ: оны «caseapp init» командасымен жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="79"/>
        <source>The database is locked.</source>
        <translation>Дерекқор құлыпталған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="80"/>
        <source>This database was made by an older version of caseapp: an administrator must open it once with this version, which upgrades it to keys per person.</source>
        <translation>Бұл дерекқорды caseapp-тің ескі нұсқасы жасаған: әкімші оны осы нұсқамен бір рет ашуы керек, сонда ол жеке кілттерге көшеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="53"/>
        <source>The password must have at least 10 characters.</source>
        <translation>Құпиясөзде кемінде 10 таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="58"/>
        <source>This password is among the commonest ones and is guessed first: choose another, for example a few unrelated words.</source>
        <translation>Бұл құпиясөз ең көп тарағандардың бірі, оны бірінші болып табады: басқасын таңдаңыз, мысалы, бір-бірімен байланыссыз бірнеше сөз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="67"/>
        <source>The password is too simple: use more different characters.</source>
        <translation>Құпиясөз тым қарапайым: әртүрлі таңбаларды көбірек қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="78"/>
        <source>A user name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>Пайдаланушы атында тек әріптер, цифрлар және . _ - @ таңбалары болуы мүмкін (64 таңбадан аспайды).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="287"/>
        <source>This database is already set up; it was left unchanged.</source>
        <translation>Бұл дерекқор бұрыннан бапталған; ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="75"/>
        <source>The number of beds must be 0 to 10000.</source>
        <translation>Орын саны 0-ден 10000-ға дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="80"/>
        <source>Auto-lock must be between 1 and 240 minutes.</source>
        <translation>Автоматты құлыптау уақыты 1-ден 240 минутқа дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="84"/>
        <location filename="../../caseapp/services/workspace.py" line="290"/>
        <source>The organisation needs a name.</source>
        <translation>Ұйымның атауын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="89"/>
        <source>The BIN must have 12 digits, the last one a correct check digit.</source>
        <translation>БСН 12 цифрдан тұруы керек, соңғысы — дұрыс бақылау цифры.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="99"/>
        <source>Who sees which cases must be &apos;all&apos;, &apos;office&apos; or &apos;assigned&apos;.</source>
        <translation>Істердің көрінуі «all», «office» немесе «assigned» мәндерінің бірі болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="53"/>
        <source>The recovery key is wrong.</source>
        <translation>Қалпына келтіру кілті қате.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="49"/>
        <source>The organisation has no office; an administrator must add one.</source>
        <translation>Ұйымда бірде-бір филиал жоқ; әкімші филиал қосуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="225"/>
        <location filename="../../caseapp/services/cases.py" line="100"/>
        <location filename="../../caseapp/services/offices.py" line="58"/>
        <location filename="../../caseapp/services/offices.py" line="119"/>
        <source>There is no such office.</source>
        <translation>Мұндай филиал жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="64"/>
        <source>The office needs a name.</source>
        <translation>Филиалдың атауын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="68"/>
        <source>An office name may have at most {chars} characters.</source>
        <translation>Филиал атауы {chars} таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="79"/>
        <source>There is already an office named &apos;{name}&apos;.</source>
        <translation>«{name}» атты филиал бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="149"/>
        <source>A staff member must belong to at least one office.</source>
        <translation>Қызметкер кемінде бір филиалға тіркелуі керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="54"/>
        <location filename="../../caseapp/services/offices.py" line="155"/>
        <location filename="../../caseapp/services/staff.py" line="85"/>
        <location filename="../../caseapp/services/staff.py" line="151"/>
        <location filename="../../caseapp/services/staff.py" line="216"/>
        <source>There is no such user.</source>
        <translation>Мұндай пайдаланушы жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="87"/>
        <source>This database must first be opened once by an administrator with her password, to upgrade it to this version&apos;s keys.</source>
        <translation>Алдымен бұл дерекқорды осы нұсқаның кілттеріне көшіру үшін әкімші оны өз құпиясөзімен бір рет ашуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="126"/>
        <source>The recovery key sets a new password for an active administrator only; an administrator then sets the others&apos; passwords on the Staff page.</source>
        <translation>Қалпына келтіру кілті жаңа құпиясөзді тек белсенді әкімшіге береді; қалғандардың құпиясөздерін кейін әкімші «Қызметкерлер» бетінде береді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="211"/>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>«{name}» пайдаланушы аты бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="113"/>
        <source>The organisation has no name in the letter&apos;s language ({lang}): an administrator can add it to the organisation&apos;s details.</source>
        <translation>Ұйымның хат тіліндегі ({lang}) атауы жоқ: әкімші оны ұйым туралы мәліметтерге қоса алады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="118"/>
        <source>Case {case} records no name for the client.</source>
        <translation>{case} ісінде клиенттің аты көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="119"/>
        <source>Case {case} records no IIN for the client, which this letter needs.</source>
        <translation>{case} ісінде клиенттің ЖСН-і көрсетілмеген, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="122"/>
        <source>Case {case} records no date of birth for the client, which this letter needs.</source>
        <translation>{case} ісінде клиенттің туған күні көрсетілмеген, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="125"/>
        <source>Case {case} records no name for the offender, which this letter needs.</source>
        <translation>{case} ісінде зорлық жасаушының аты көрсетілмеген, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="128"/>
        <source>Case {case} records no form of violence, which this letter needs.</source>
        <translation>{case} ісінде зорлық түрі көрсетілмеген, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="131"/>
        <source>Case {case} has no protection order issued by {date}, which this letter needs.</source>
        <translation>{case} ісінде {date} дейін берілген қорғау нұсқамасы жоқ, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="135"/>
        <source>The protection order of case {case} has no number, which this letter needs.</source>
        <translation>{case} ісі бойынша қорғау нұсқамасының нөмірі жоқ, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="138"/>
        <source>The protection order of case {case} does not name the police unit that issued it, which this letter needs.</source>
        <translation>{case} ісі бойынша қорғау нұсқамасында оны берген полиция бөлімшесі көрсетілмеген, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="143"/>
        <source>Case {case} records no date on which the protection order was served, which this letter needs.</source>
        <translation>{case} ісінде қорғау нұсқамасының тапсырылған күні көрсетілмеген, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="148"/>
        <source>No police check of the protection order of case {case} was missed by {date}, and this letter lists the missed checks.</source>
        <translation>{case} ісі бойынша қорғау нұсқамасының {date} дейін орындалмаған полиция тексеруі жоқ, ал бұл хатта орындалмаған тексерулер тізімделеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="153"/>
        <source>No police check of a protection order of case {case} found it violated by {date}, which this letter reports.</source>
        <translation>{case} іс бойынша қорғау нұсқамасын тексерудің ешқайсысы {date} дейін оның бұзылғанын анықтаған жоқ, ал бұл хат бұзушылық туралы хабарлайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="158"/>
        <source>Case {case} records no incident of violence by {date}, which this letter needs.</source>
        <translation>{case} іс бойынша {date} дейін зорлық-зомбылық оқиғасы жазылмаған, ал ол бұл хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="161"/>
        <source>Case {case} records no child of the client under 18 on {date} (with a year of birth), and this letter is about her minor children.</source>
        <translation>{case} іс бойынша клиенттің {date} күні 18 жасқа толмаған баласы (туған жылымен) жазылмаған, ал бұл хат оның кәмелетке толмаған балалары туралы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="166"/>
        <location filename="../../caseapp/letters/builders.py" line="169"/>
        <location filename="../../caseapp/letters/builders.py" line="172"/>
        <location filename="../../caseapp/letters/builders.py" line="175"/>
        <location filename="../../caseapp/letters/builders.py" line="178"/>
        <source>This letter cites a law that was not in force on {date}.</source>
        <translation>Бұл хат {date} күні қолданыста болмаған заңға сілтеме жасайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="181"/>
        <source>Your account has no full name, which a letter prints as its executor: ask an administrator to add it.</source>
        <translation>Тіркелгіңізде аты-жөніңіз көрсетілмеген, ал ол хатта орындаушы ретінде басылады: әкімшіден оны қосуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="186"/>
        <source>Your account records no position, which this letter needs.</source>
        <translation>Тіркелгіңізде лауазымыңыз көрсетілмеген, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="189"/>
        <source>Neither your account nor the organisation records a phone number, which this letter needs.</source>
        <translation>Тіркелгіңізде де, ұйым туралы мәліметтерде де телефон нөмірі көрсетілмеген, ал ол осы хатқа қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="196"/>
        <source>Case {case} has no protection order in force on {date}, which this letter is about.</source>
        <translation>{case} іс бойынша {date} күні қолданыстағы қорғау нұсқамасы жоқ, ал хат сол туралы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="200"/>
        <source>The protection order of case {case} was served on the offender on {served}: this letter asks for an order not yet served.</source>
        <translation>{case} іс бойынша қорғау нұсқамасы құқық бұзушыға {served} тапсырылған: бұл хат әлі тапсырылмаған нұсқама туралы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="284"/>
        <source>Case {case} records no incident of physical or sexual violence by {date}: a forensic medical examination is asked for injuries.</source>
        <translation>{case} ісінде {date} дейін физикалық немесе жыныстық зорлық-зомбылық эпизоды жоқ: сот-медициналық сараптама дене жарақаттарын куәландыру үшін сұралады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="167"/>
        <source>use the font that ships with caseapp</source>
        <translation>caseapp-пен бірге келетін қаріпті пайдаланыңыз</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="60"/>
        <source>The letter font that ships with caseapp is missing or damaged ({path}): reinstall caseapp.</source>
        <translation>caseapp-пен бірге келетін хаттар қаріпі жоқ немесе бүлінген ({path}): caseapp-ті қайта орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="152"/>
        <source>The configured letter font {path} does not exist.</source>
        <translation>Хаттар үшін көрсетілген {path} қаріпі жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="161"/>
        <source>The configured letter font {path} is not a TrueType font with every Kazakh letter: choose another one, or {hint}.</source>
        <translation>Хаттар үшін көрсетілген {path} қаріпі барлық қазақ әріптері бар TrueType қаріпі емес: басқасын таңдаңыз немесе {hint}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="134"/>
        <source>The letter text has a lone {brace}: write {escaped} for a brace itself.</source>
        <translation>Хат мәтінінде жұпсыз {brace} жақшасы бар: жақшаның өзін шығару үшін {escaped} деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="147"/>
        <source>The letter text uses {name}, but letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>Хат мәтінінде {name} қолданылған, бірақ хаттарда клиенттің мекенжайы, баспана, бөлме немесе клиенттің тұратын жері ешқашан басып шығарылмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="156"/>
        <source>The letter text uses {name}, which is not a placeholder: use {allowed}.</source>
        <translation>Хат мәтінінде {name} қолданылған, бірақ мұндай алмастырғыш жоқ: {allowed} қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="165"/>
        <source>The letter text gives {name} a format: write the bare placeholder.</source>
        <translation>Хат мәтінінде {name} үшін пішім берілген: алмастырғышты пішімсіз жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="175"/>
        <source>&apos;{key}&apos; in the letter text must be text.</source>
        <translation>Хат мәтініндегі «{key}» мәтін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="179"/>
        <source>&apos;{key}&apos; in the letter text is empty.</source>
        <translation>Хат мәтініндегі «{key}» бос.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="182"/>
        <source>&apos;{key}&apos; in the letter text is longer than {limit} characters.</source>
        <translation>Хат мәтініндегі «{key}» {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="190"/>
        <source>&apos;{key}&apos; in the letter text holds control characters.</source>
        <translation>Хат мәтініндегі «{key}» басқару таңбаларын қамтиды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="201"/>
        <source>a text in quotation marks is not closed, or holds a line break or a tab</source>
        <translation>тырнақшадағы мәтін жабылмаған немесе онда жол ауысуы не табуляция бар</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="208"/>
        <source>the list of paragraphs is not closed with ]</source>
        <translation>абзацтар тізімі ] жақшасымен жабылмаған</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="212"/>
        <source>a line is not of the form name = &quot;text&quot;</source>
        <translation>жол атауы = &quot;мәтін&quot; түрінде жазылмаған</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="216"/>
        <source>a part of the letter is given twice</source>
        <translation>хаттың бір бөлігі екі рет берілген</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="220"/>
        <source>a value is not written in quotation marks</source>
        <translation>мән тырнақшаға алынбаған</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="223"/>
        <source>a quotation mark, a bracket or a comma is missing or extra</source>
        <translation>тырнақша, жақша немесе үтір жетіспейді не артық</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="236"/>
        <source>The letter text cannot be read at line {line}: {what}.</source>
        <translation>Хат мәтінін {line}-жолда оқу мүмкін емес: {what}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="251"/>
        <source>The letter text has an unknown field &apos;{key}&apos;: use addressee, title and body.</source>
        <translation>Хат мәтінінде белгісіз «{key}» өрісі бар: addressee, title және body өрістерін қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="259"/>
        <source>The letter text needs &apos;{key}&apos;.</source>
        <translation>Хат мәтінінде «{key}» өрісі болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="263"/>
        <source>&apos;body&apos; in the letter text must be a list of 1 to {limit} paragraphs.</source>
        <translation>Хат мәтініндегі «body» 1–{limit} абзацтан тұратын тізім болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="282"/>
        <source>The letter kind must be one of: {allowed}.</source>
        <translation>Хат түрі мыналардың бірі болуы керек: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="293"/>
        <source>The letter language must be one of: {allowed}.</source>
        <translation>Хат тілі мыналардың бірі болуы керек: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="13"/>
        <source>This file is not a caseapp backup.</source>
        <translation>Бұл файл caseapp сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="17"/>
        <source>The backup file is damaged, cut short or was altered, so nothing was restored.</source>
        <translation>Сақтық көшірме файлы зақымдалған, толық емес немесе өзгертілген, сондықтан ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="24"/>
        <source>This backup was made by a newer version of caseapp; update caseapp to restore it.</source>
        <translation>Бұл сақтық көшірме caseapp бағдарламасының жаңарақ нұсқасында жасалған; оны қалпына келтіру үшін caseapp бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="31"/>
        <source>The recovery key does not open this backup.</source>
        <translation>Бұл қалпына келтіру кілті осы сақтық көшірмені ашпайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="35"/>
        <source>The user name or password does not open this backup (only the passwords administrators had when it was made do).</source>
        <translation>Пайдаланушы аты немесе құпиясөз бұл сақтық көшірмені ашпайды (оны тек көшірме жасалған кездегі әкімшілердің құпиясөздері ашады).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="43"/>
        <source>This backup belongs to another database.</source>
        <translation>Бұл сақтық көшірме басқа дерекқорға тиесілі.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="47"/>
        <source>There is already a caseapp database in that folder; restore into a new, empty folder, as a restore never overwrites a database.</source>
        <translation>Бұл қалтада caseapp дерекқоры бұрыннан бар; жаңа бос қалтаға қалпына келтіріңіз, себебі қалпына келтіру дерекқорды ешқашан қайта жазбайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="55"/>
        <source>A file of that name exists already; choose another name for the backup.</source>
        <translation>Мұндай атаулы файл бұрыннан бар; сақтық көшірмеге басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="61"/>
        <source>There is not enough space on that disk, so nothing was written.</source>
        <translation>Бұл дискіде орын жеткіліксіз, сондықтан ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="67"/>
        <source>You may not write to that folder; choose another place, nothing was written.</source>
        <translation>Бұл қалтаға жазуға рұқсатыңыз жоқ; басқа орын таңдаңыз. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="73"/>
        <source>The file could not be written there; choose another place, nothing was written.</source>
        <translation>Файлды бұл жерге жазу мүмкін болмады; басқа орын таңдаңыз. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="79"/>
        <source>The backup file cannot be read.</source>
        <translation>Сақтық көшірме файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="83"/>
        <source>A database on a server is backed up with the server&apos;s own tools; this backup is for a database in a data folder.</source>
        <translation>Сервердегі дерекқордың сақтық көшірмесі сервердің өз құралдарымен жасалады; бұл сақтық көшірме деректер қалтасындағы дерекқорға арналған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="192"/>
        <source>Give a file name for the backup, not a folder.</source>
        <translation>Сақтық көшірме үшін қалтаны емес, файл атауын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="199"/>
        <source>A backup cannot replace the database it is made of.</source>
        <translation>Сақтық көшірмені өзі жасалатын дерекқордың үстіне жазуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="87"/>
        <source>A backup is restored into a data folder, not a server.</source>
        <translation>Сақтық көшірме серверге емес, деректер қалтасына қалпына келтіріледі.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="92"/>
        <source>Give a folder to restore into, not a file.</source>
        <translation>Қалпына келтіру үшін файлды емес, қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="118"/>
        <source>Give either the recovery key or an administrator&apos;s name and password.</source>
        <translation>Не қалпына келтіру кілтін, не әкімшінің аты мен құпиясөзін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_schedule.py" line="57"/>
        <source>Backups must be due every 1 to 365 days.</source>
        <translation>Сақтық көшірме жасау мерзімділігі 1-ден 365 күнге дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="64"/>
        <source>the police</source>
        <translation>полицияға</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="65"/>
        <source>a court</source>
        <translation>сотқа</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="66"/>
        <source>a medical organisation</source>
        <translation>медициналық ұйымға</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="67"/>
        <source>legal aid</source>
        <translation>заң көмегі қызметіне</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="68"/>
        <source>a shelter</source>
        <translation>баспанаға</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="69"/>
        <source>social services</source>
        <translation>әлеуметтік қызметке</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="76"/>
        <source>The letter was refused: case {number} has no consent to give personal data to {recipient} on {date}; record the client&apos;s consent, or use the emergency override with a written reason if her life is in danger.</source>
        <translation>Хат ресімделмеді: {number} ісінде {date} күнге дербес деректерді беруге келісім жоқ ({recipient}); клиенттің келісімін тіркеңіз немесе оның өміріне қауіп төнсе, жазбаша негіздемемен шұғыл тәртіпті қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="115"/>
        <source>The emergency override needs a written reason of at least {chars} characters.</source>
        <translation>Шұғыл тәртіп үшін кемінде {chars} таңбадан тұратын жазбаша негіздеме қажет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="135"/>
        <source>The addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="136"/>
        <source>The number of the letter answered</source>
        <translation>Жауап берілетін хаттың нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="137"/>
        <source>The paragraph about this case</source>
        <translation>Осы іс туралы абзац</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="138"/>
        <source>The court case number</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="139"/>
        <source>An attachment</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="70"/>
        <source>The addressee&apos;s position</source>
        <translation>Алушының лауазымы</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="71"/>
        <source>The official&apos;s name</source>
        <translation>Лауазымды тұлғаның аты-жөні</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="72"/>
        <source>The body&apos;s name</source>
        <translation>Органның атауы</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="73"/>
        <source>The body&apos;s address</source>
        <translation>Органның мекенжайы</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="74"/>
        <source>The phone number</source>
        <translation>Телефон нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="75"/>
        <source>The e-mail address</source>
        <translation>Электрондық пошта мекенжайы</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="133"/>
        <location filename="../../caseapp/services/letters.py" line="149"/>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what}: {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="147"/>
        <source>Choose the kind of recipient.</source>
        <translation>Алушының түрін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="166"/>
        <source>Give the body&apos;s name, or the official&apos;s position or name, in at least one language.</source>
        <translation>Органның атауын не лауазымды тұлғаның лауазымын немесе аты-жөнін кемінде бір тілде көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="173"/>
        <source>The e-mail address is not valid.</source>
        <translation>Электрондық пошта мекенжайы қате көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="127"/>
        <location filename="../../caseapp/services/letters.py" line="156"/>
        <source>{what} holds control characters.</source>
        <translation>{what}: басқару таңбаларын қамтиды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="166"/>
        <source>A letter lists at most {count} attachments of {limit} characters each.</source>
        <translation>Хатта ең көбі {count} қосымша болады, әрқайсысы {limit} таңбадан аспайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="175"/>
        <source>The letter answered cannot be dated after this letter ({date}).</source>
        <translation>Жауап берілетін хат осы хаттан ({date}) кейінгі күнмен жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="183"/>
        <source>Give the number of the letter answered with its date.</source>
        <translation>Жауап берілетін хаттың күнімен бірге нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_texts.py" line="51"/>
        <source>The organisation&apos;s own text for this letter no longer passes the checks ({problem}): an administrator must correct it.</source>
        <translation>Ұйымның осы хатқа арналған өз мәтіні енді тексеруден өтпейді ({problem}): әкімші оны түзетуі керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_register.py" line="84"/>
        <source>Letter {number} of the outgoing register is dated {date}: a new letter cannot be dated earlier.</source>
        <translation>Шығыс хаттар журналындағы {number} хаттың күні — {date}: жаңа хаттың күні одан ерте бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_texts.py" line="138"/>
        <source>The register number format must contain {n} and may contain {year}, in at most 32 characters.</source>
        <translation>Журнал нөмірінің пішімінде {n} болуы керек, {year} болуы мүмкін, ал ұзындығы 32 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="47"/>
        <source>Case {number} has no such record, or it was struck out already.</source>
        <translation>{number} істе мұндай мәлімет жоқ немесе ол бұрын сызып тасталған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="50"/>
        <source>Only the author of a note or an administrator can correct or strike it out.</source>
        <translation>Жазбаны тек оның авторы немесе әкімші түзете не сызып тастай алады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="90"/>
        <source>The score for a medium risk must be at least 1 and below the score for a high risk, which is at most {high}.</source>
        <translation>Орташа қауіп балы кемінде 1 және жоғары қауіп балынан кем болуға тиіс, ал жоғары қауіп балы {high} аспауға тиіс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="107"/>
        <source>{code} is not a question of the risk assessment.</source>
        <translation>{code} — қауіпті бағалаудың сұрағы емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="115"/>
        <source>The answer to {code} must be yes, no or unknown.</source>
        <translation>{code} сұрағының жауабы yes, no немесе unknown болуға тиіс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="171"/>
        <source>Professional judgement can only raise the level above the score&apos;s, never lower it.</source>
        <translation>Кәсіби пікір деңгейді балл бойынша деңгейден тек көтере алады, төмендете алмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="180"/>
        <source>Say why the level is raised above the score&apos;s.</source>
        <translation>Деңгейдің балл бойынша деңгейден неліктен көтерілгенін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="185"/>
        <location filename="../../caseapp/services/corrections.py" line="62"/>
        <source>The reason is longer than {high} characters.</source>
        <translation>Себебі {high} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="95"/>
        <location filename="../../caseapp/services/hotline.py" line="191"/>
        <source>Say why the record is struck out.</source>
        <translation>Мәліметтің неге сызылатынын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="156"/>
        <location filename="../../caseapp/services/notes.py" line="41"/>
        <source>{field} is not a kind of note.</source>
        <translation>{field}: мұндай жазба түрі жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="158"/>
        <location filename="../../caseapp/services/notes.py" line="43"/>
        <source>The note is empty.</source>
        <translation>Жазба бос.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="176"/>
        <source>Say why the case is deleted.</source>
        <translation>Істің неге жойылатынын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/notes.py" line="85"/>
        <source>Case {number} has no such protection order.</source>
        <translation>{number} ісінде мұндай қорғау нұсқамасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="35"/>
        <source>The address holds a password, and caseapp never stores passwords: leave it out (postgresql://user@host/dbname) and put it in the PostgreSQL password file (~/.pgpass), or type it when asked.</source>
        <translation>Мекенжайда құпиясөз бар, ал caseapp құпиясөздерді ешқашан сақтамайды: оны мекенжайдан алып тастаңыз (postgresql://user@host/dbname) және PostgreSQL құпиясөздер файлына (~/.pgpass) жазыңыз немесе сұралғанда енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="41"/>
        <source>That is not a PostgreSQL server&apos;s address; it looks like postgresql://user@host/dbname.</source>
        <translation>Бұл PostgreSQL серверінің мекенжайы емес; ол былай жазылады: postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="116"/>
        <source>The server&apos;s address could not be saved on this computer.</source>
        <translation>Сервер мекенжайын осы компьютерде сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="115"/>
        <source>Only shelter staff and administrators hold the shelter&apos;s key: ask an administrator to mark your account as shelter staff.</source>
        <translation>Баспана кілті тек баспана қызметкерлері мен әкімшілерде бар: есептік жазбаңызды баспана қызметкері деп белгілеуді әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="199"/>
        <source>An admission cannot have a departure date yet.</source>
        <translation>Қабылдау кезінде шығу күні әлі болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="204"/>
        <source>The admission date {date} is in the future.</source>
        <translation>Қабылданған күні ({date}) әлі келмеген.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="240"/>
        <source>Case {number} is already in the shelter (admitted on {date}): discharge her first.</source>
        <translation>{number} ісі бойынша клиент баспанада тұр (қабылданған күні {date}): алдымен оны шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="250"/>
        <source>The admission date {date} falls within an earlier stay of case {number}, which ended on {left}.</source>
        <translation>Қабылданған күні ({date}) {number} ісі бойынша {left} аяқталған алдыңғы болу кезеңінің ішіне түседі.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="278"/>
        <source>Case {number} has no such shelter stay.</source>
        <translation>{number} ісінде баспанада болудың мұндай кезеңі жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="284"/>
        <source>This stay ended on {date} already.</source>
        <translation>Бұл болу кезеңі {date} аяқталып қойған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="100"/>
        <source>{name} is the last active administrator: make another account an administrator first.</source>
        <translation>{name} — соңғы белсенді әкімші: алдымен басқа тіркелгіні әкімші етіп тағайындаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="82"/>
        <source>Type in the recovery key.</source>
        <translation>Қалпына келтіру кілтін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="255"/>
        <source>Type in the full name: letters print it as the executor.</source>
        <translation>Аты-жөнін енгізіңіз: хаттарда ол орындаушы ретінде басылады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="260"/>
        <source>A full name may have at most {chars} characters.</source>
        <translation>Аты-жөні {chars} таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="266"/>
        <source>A position may have at most {chars} characters.</source>
        <translation>Лауазым {chars} таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="272"/>
        <source>A phone number may hold only digits, spaces and + - ( ), with 5 to 20 digits.</source>
        <translation>Телефон нөмірінде тек цифрлар, бос орындар және + - ( ) болуы мүмкін, цифрлар саны 5-тен 20-ға дейін.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="23"/>
        <source>The database file is damaged or is not a caseapp database; restore the last backup with &apos;caseapp restore&apos; or the Backup page.</source>
        <translation>Дерекқор файлы зақымдалған немесе caseapp дерекқоры емес; соңғы сақтық көшірмені «caseapp restore» командасымен немесе «Сақтық көшірме» бетінде қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="31"/>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>Диск толып қалды, сондықтан ештеңе сақталмады; орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="37"/>
        <source>The database cannot be written because its folder or file is read-only, so nothing was saved.</source>
        <translation>Дерекқорға жазу мүмкін емес: оның қалтасы немесе файлы тек оқуға арналған, сондықтан ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="45"/>
        <source>The database is busy in another window or on another computer; try again.</source>
        <translation>Дерекқор басқа терезеде немесе басқа компьютерде пайдаланылуда; қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="51"/>
        <source>The disk reported an error, so nothing was saved; check the drive and try again.</source>
        <translation>Диск қате туралы хабарлады, сондықтан ештеңе сақталмады; жинақтағышты тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="57"/>
        <source>The database file cannot be opened: check that its folder is there and that you may read and write it.</source>
        <translation>Дерекқор файлын ашу мүмкін емес: оның қалтасы бар екенін және сізде оқу мен жазу құқығы бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="65"/>
        <source>The database server ({server}) cannot be reached: check the address, the network and that the server is running.</source>
        <translation>Дерекқор серверіне ({server}) қосылу мүмкін емес: мекенжайды, желіні және сервердің жұмыс істеп тұрғанын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="73"/>
        <source>The database server ({server}) asks for a password: type it when asked, or put it in the PostgreSQL password file (~/.pgpass); caseapp never stores it.</source>
        <translation>Дерекқор сервері ({server}) құпиясөз сұрайды: оны сұралғанда енгізіңіз немесе PostgreSQL құпиясөздер файлына (~/.pgpass) жазыңыз; caseapp оны ешқашан сақтамайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="81"/>
        <source>The database server ({server}) refused the user name or the password of the database account.</source>
        <translation>Дерекқор сервері ({server}) дерекқор тіркелгісінің пайдаланушы атын немесе құпиясөзін қабылдамады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="89"/>
        <source>The database named in the address ({server}) does not exist on the server: ask the server&apos;s administrator to create it, or check its name.</source>
        <translation>Мекенжайда көрсетілген дерекқор ({server}) серверде жоқ: сервер әкімшісінен оны жасауды сұраңыз немесе атауын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="97"/>
        <source>The database server ({server}) refused the connection; ask its administrator.</source>
        <translation>Дерекқор сервері ({server}) қосылымды қабылдамады; сервер әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="104"/>
        <source>The connection to the database server was lost, so nothing was saved; check the network and try again.</source>
        <translation>Дерекқор серверімен байланыс үзілді, сондықтан ештеңе сақталмады; желіні тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="112"/>
        <source>The database server does not allow this database account to do that; ask the server&apos;s administrator, nothing was saved.</source>
        <translation>Дерекқор сервері бұл дерекқор тіркелгісіне мұндай әрекетке рұқсат бермейді; сервер әкімшісіне хабарласыңыз. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="120"/>
        <source>The database server has no space left, so nothing was saved; ask its administrator.</source>
        <translation>Дерекқор серверінде орын қалмады, сондықтан ештеңе сақталмады; сервер әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="127"/>
        <source>This database was upgraded by a newer version of caseapp: update caseapp on this computer to open it.</source>
        <translation>Бұл дерекқор caseapp бағдарламасының жаңарақ нұсқасымен жаңартылған: оны ашу үшін осы компьютердегі caseapp бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="38"/>
        <source>The target {target} is not empty: caseapp moves a database only into an empty one, and changed nothing there.</source>
        <translation>{target} мақсатты дерекқоры бос емес: caseapp дерекқорды тек бос дерекқорға көшіреді, онда ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="46"/>
        <source>There is already a caseapp database in the folder {target}: move into a new, empty folder; nothing was changed.</source>
        <translation>{target} қалтасында caseapp дерекқоры бұрыннан бар: жаңа бос қалтаға көшіріңіз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="54"/>
        <source>There is no caseapp database at {source}.</source>
        <translation>{source} мекенжайында caseapp дерекқоры жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="58"/>
        <source>The database at {source} was made by an older version of caseapp: open it once with this version (for example &apos;caseapp check --db ...&apos;), then move it.</source>
        <translation>{source} дерекқоры caseapp бағдарламасының ескі нұсқасында жасалған: алдымен оны осы нұсқамен бір рет ашыңыз (мысалы, «caseapp check --db ...»), содан кейін көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="68"/>
        <source>The source and the target are the same database.</source>
        <translation>Бастапқы және мақсатты дерекқор — бір дерекқор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audit_anchor.py" line="44"/>
        <source>Warning: this database&apos;s audit log ends at entry {now}, but on {seen_on} this computer saw it reach entry {seen}. Entries were removed, or an older copy of the database was put back. Tell your administrator before you rely on the case records.</source>
        <translation>Назар аударыңыз: осы дерекқордың аудит журналы {now} жазбасымен аяқталады, ал {seen_on} бұл компьютер оны {seen} жазбасына дейін көрген. Жазбалар жойылған немесе дерекқордың ескі көшірмесі қайтарылған. Іс деректеріне сенбес бұрын әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audit_anchor.py" line="50"/>
        <source>Warning: this database&apos;s audit log no longer holds entry {seen} as this computer saw it on {seen_on}: its history was rewritten from that point, or another copy of the database took its place. Tell your administrator before you rely on the case records.</source>
        <translation>Назар аударыңыз: осы дерекқордың аудит журналында бұл компьютер {seen_on} көрген {seen} жазбасы бұрынғы күйінде жоқ: тарих сол жерден бастап қайта жазылған немесе оның орнын дерекқордың басқа көшірмесі алған. Іс деректеріне сенбес бұрын әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_file.py" line="41"/>
        <source>The letter could not be written in that folder ({reason}): it was not registered and took no number.</source>
        <translation>Хатты бұл қалтаға жазу мүмкін болмады ({reason}): ол тіркелмеді және нөмір алмады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_file.py" line="49"/>
        <source>Letter {number} was registered and written to {part}, but could not be renamed to the chosen file ({reason}): rename it by hand.</source>
        <translation>{number} хаты тіркелді және {part} файлына жазылды, бірақ оны таңдалған файлға қайта атау мүмкін болмады ({reason}): оны қолмен қайта атаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/at_rest.py" line="21"/>
        <source>{file} ({size} bytes) stood beside the database though no program had it open, holding saved work the database file did not have yet (a program was stopped before it closed the database): this check has folded it into the file.</source>
        <translation>{file} файлы ({size} байт) дерекқордың жанында тұрды, бірақ оны ешбір бағдарлама ашпаған еді, және онда дерекқор файлында әлі жоқ сақталған деректер болды (бағдарлама дерекқорды жаппай тұрып тоқтатылған): тексеру оларды файлға көшірді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/known_roots.py" line="26"/>
        <source>This database&apos;s organisation key has the fingerprint {found}, but this computer knew it as {known}: the database may have been replaced. Compare with the fingerprint on the recovery sheet and ask your administrator before you go on.</source>
        <translation>Бұл дерекқордың ұйым кілтінің таңбасы — {found}, ал бұл компьютер оны {known} деп білген: дерекқорды ауыстырған болуы мүмкін. Жалғастырмас бұрын қалпына келтіру парағындағы таңбамен салыстырып, әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/upgrade.py" line="57"/>
        <source>The database cannot be upgraded: record {record} is damaged. Restore the latest backup with the version that made it, then open it with this version again. Nothing was changed.</source>
        <translation>Дерекқорды жаңарту мүмкін емес: {record} жазбасы зақымдалған. Соңғы сақтық көшірмені оны жасаған нұсқамен қалпына келтіріңіз, содан кейін оны осы нұсқамен қайта ашыңыз. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/upgrade.py" line="117"/>
        <source>Another administrator has just upgraded the database: unlock again.</source>
        <translation>Басқа әкімші дерекқорды жаңа ғана жаңартты: құлыпты қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="20"/>
        <source>{field}: the closing date {date} is in the future.</source>
        <translation>{field}: жабу күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="30"/>
        <source>Case {number} is closed already.</source>
        <translation>{number} ісі жабылып қойған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="90"/>
        <location filename="../../caseapp/domain/closing.py" line="44"/>
        <location filename="../../caseapp/domain/rules.py" line="209"/>
        <source>{field} is longer than {chars} characters.</source>
        <translation>{field}: {chars} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="51"/>
        <source>She is in the shelter on {date}: record her departure before closing the case.</source>
        <translation>{date} күні ол баспанада: істі жабар алдында оның шығуын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="68"/>
        <source>Case {number} is open already.</source>
        <translation>{number} ісі ашық тұр.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="103"/>
        <source>{field}: type the year as four digits, like 2019.</source>
        <translation>{field}: жылды төрт цифрмен жазыңыз, мысалы 2019.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="66"/>
        <source>The call&apos;s date is later than today.</source>
        <translation>Өтініш күні бүгінгі күннен кейін.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="70"/>
        <source>The call&apos;s date is before 1990.</source>
        <translation>Өтініш күні 1990 жылдан бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="75"/>
        <source>The call&apos;s time must be written as hours:minutes, 14:05.</source>
        <translation>Өтініш уақыты сағат:минут түрінде жазылады, мысалы 14:05.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="79"/>
        <source>The call&apos;s note is longer than 4000 characters.</source>
        <translation>Өтініш туралы жазба 4000 таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="35"/>
        <source>The report&apos;s last day comes before its first day.</source>
        <translation>Есептің соңғы күні бірінші күнінен бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="39"/>
        <source>The report&apos;s first day is before 1990.</source>
        <translation>Есептің бірінші күні 1990 жылдан бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="43"/>
        <source>A report covers at most five years.</source>
        <translation>Есеп бес жылдан аспайтын кезеңді қамтиды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="226"/>
        <source>The smallest count shown in reports must be between 2 and 50.</source>
        <translation>Есептерде көрсетілетін ең кіші сан 2-ден 50-ге дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="214"/>
        <source>A report is saved as PDF, XLSX or CSV.</source>
        <translation>Есеп PDF, XLSX немесе CSV пішімінде сақталады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="238"/>
        <source>The report could not be saved there: the folder cannot be written to or the disk is full.</source>
        <translation>Есепті ол жерге сақтау мүмкін болмады: қалтаға жазуға болмайды немесе диск толы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="36"/>
        <source>There is no such call in the log.</source>
        <translation>Журналда мұндай өтініш жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="37"/>
        <source>There is no such district.</source>
        <translation>Мұндай аудан жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="38"/>
        <source>Someone else changed this call since you opened it; look at it again.</source>
        <translation>Сіз ашқаннан кейін бұл өтінішті басқа біреу өзгертті; оны қайта қараңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="60"/>
        <source>The district needs a name.</source>
        <translation>Ауданның атауы болуы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="63"/>
        <source>A district&apos;s name is at most 120 characters.</source>
        <translation>Аудан атауы 120 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="68"/>
        <source>There is a district of that name already.</source>
        <translation>Мұндай атаулы аудан бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="161"/>
        <source>Only the person who recorded a call, or an administrator, corrects it.</source>
        <translation>Өтінішті оны жазған адам немесе әкімші ғана түзете алады.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="43"/>
        <source>{field} must be a list of the children, each with a name and a year.</source>
        <translation>{field}: балалар тізімі болуы керек, әрқайсысының аты мен туған жылы көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="58"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="76"/>
        <source>{field} must be true or false.</source>
        <translation>{field}: мәні true немесе false болуға тиіс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="88"/>
        <source>{field} must be a whole number of minutes.</source>
        <translation>{field}: минуттың бүтін санын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="106"/>
        <location filename="../../caseapp/domain/risk.py" line="158"/>
        <source>{field}: the date of the assessment {date} is in the future.</source>
        <translation>{field}: {date} бағалау күні әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="137"/>
        <source>{field}: say why the level is raised above the score&apos;s.</source>
        <translation>{field}: деңгейдің балл бойынша деңгейден неліктен көтерілгенін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="57"/>
        <source>{field}: the date the plan was made {date} is in the future.</source>
        <translation>{field}: жоспар жасалған {date} күні әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="65"/>
        <source>The review date must not be before the plan was made.</source>
        <translation>Қайта қарау күні жоспар жасалған күннен бұрын болмауға тиіс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="70"/>
        <source>The review date must be within a year of the plan.</source>
        <translation>Қайта қарау күні жоспар жасалғаннан кейін бір жыл ішінде болуға тиіс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="74"/>
        <source>The plan&apos;s language must be ru, kk or en.</source>
        <translation>Жоспардың тілі ru, kk немесе en болуға тиіс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="79"/>
        <source>{field} is not a part of the safety plan.</source>
        <translation>{field} — қауіпсіздік жоспарының бөлігі емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="84"/>
        <location filename="../../caseapp/domain/services_given.py" line="84"/>
        <source>{field} is longer than {high} characters.</source>
        <translation>{field}: мәтін {high} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="91"/>
        <source>{item} is not an item of the emergency bag.</source>
        <translation>{item} — дабыл сөмкесінің заты емес.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="95"/>
        <source>The safety plan is empty.</source>
        <translation>Қауіпсіздік жоспары бос.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="84"/>
        <source>The file has no name.</source>
        <translation>Файлдың атауы жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="88"/>
        <source>The file&apos;s name is longer than {high} characters.</source>
        <translation>Файл атауы {high} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="92"/>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="96"/>
        <source>The file is larger than {high} MB.</source>
        <translation>Файл {high} МБ-тан үлкен.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="179"/>
        <source>Case {number} has no such attachment.</source>
        <translation>{number} ісінде мұндай файл жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="216"/>
        <source>The copy must be a file in a folder that exists.</source>
        <translation>Көшірме бар қалтадағы файл болуға тиіс.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="236"/>
        <source>The copy could not be written ({reason}).</source>
        <translation>Көшірмені жазу мүмкін болмады ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/safety.py" line="77"/>
        <source>Case {number} has no such safety plan.</source>
        <translation>{number} ісінде мұндай қауіпсіздік жоспары жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/safety.py" line="100"/>
        <source>{field} names the organisation or its address: the printed plan never does. Reword it in a new plan first.</source>
        <translation>{field}: мұнда ұйымның атауы немесе мекенжайы көрсетілген, ал басылған жоспарда олар болмауға тиіс. Алдымен мұны жаңа жоспарда басқаша жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="47"/>
        <source>There is no such entry in the address book.</source>
        <translation>Мекенжай кітапшасында мұндай алушы жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="48"/>
        <source>Someone else changed this address book entry since you opened it; look at it again.</source>
        <translation>Сіз ашқаннан кейін бұл алушыны басқа біреу өзгертті; оны қайта қараңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="51"/>
        <source>Only an administrator or the office&apos;s own staff change its address book.</source>
        <translation>Филиалдың мекенжай кітапшасын тек әкімші мен сол филиалдың өз қызметкерлері өзгертеді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="54"/>
        <source>The address book entry has no addressee in the letter&apos;s language.</source>
        <translation>Мекенжай кітапшасындағы алушының хат тілінде мәтіні жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="62"/>
        <source>{field}: the date of the service {date} is in the future.</source>
        <translation>{field}: қызмет көрсетілген күн {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="70"/>
        <source>{field}: the date of the service {date} is before 1990.</source>
        <translation>{field}: қызмет көрсетілген күн ({date}) 1990 жылдан бұрын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="76"/>
        <source>{field} must be a whole number of minutes from 1 to {high}.</source>
        <translation>{field}: 1-ден {high}-ге дейінгі минуттың бүтін санын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/case_services.py" line="27"/>
        <source>Case {number} has no such service, or it was struck out already.</source>
        <translation>{number} істе мұндай қызмет жоқ немесе ол бұрын сызып тасталған.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/case_services.py" line="30"/>
        <source>{field}: there is no such member of staff.</source>
        <translation>{field}: мұндай қызметкер жоқ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="23"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="24"/>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="60"/>
        <source>The part «{part}» is empty: write its text.</source>
        <translation>«{part}» бөлігі бос: оның мәтінін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="61"/>
        <source>The part «{part}» is empty: write its text or remove the paragraph.</source>
        <translation>«{part}» бөлігі бос: оның мәтінін жазыңыз немесе абзацты жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="64"/>
        <source>The part «{part}» is longer than {limit} characters.</source>
        <translation>«{part}» бөлігі {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="65"/>
        <source>The part «{part}» holds control characters (such as a tab): remove them.</source>
        <translation>«{part}» бөлігінде басқару таңбалары (мысалы, табуляция) бар: оларды жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="68"/>
        <source>The part «{part}» opens a placeholder with {brace} but never closes it: write a placeholder as {example}, or {escaped} for a brace itself.</source>
        <translation>«{part}» бөлігінде алмастырғыш {brace} жақшасымен ашылған, бірақ жабылмаған: алмастырғышты {example} түрінде, ал жақшаның өзін {escaped} түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="73"/>
        <source>The part «{part}» has a closing {brace} with no opening one: write a placeholder as {example}, or {escaped} for a brace itself.</source>
        <translation>«{part}» бөлігінде ашылмаған жабушы {brace} жақшасы бар: алмастырғышты {example} түрінде, ал жақшаның өзін {escaped} түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="78"/>
        <source>The part «{part}» uses {name}, but letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>«{part}» бөлігінде {name} қолданылған, бірақ хаттарда клиенттің мекенжайы, баспана, бөлме немесе клиенттің тұратын жері ешқашан басып шығарылмайды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="83"/>
        <source>The part «{part}» uses {name}, which this letter does not know. Did you mean {suggestion}?</source>
        <translation>«{part}» бөлігінде {name} қолданылған, бұл хатта мұндай алмастырғыш жоқ. Мүмкін, {suggestion} деп жазбақ болдыңыз ба?</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="87"/>
        <source>The part «{part}» uses {name}, which this letter does not know: pick a placeholder from the list.</source>
        <translation>«{part}» бөлігінде {name} қолданылған, бұл хатта мұндай алмастырғыш жоқ: алмастырғышты тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="92"/>
        <source>The part «{part}» gives {name} a format: write the bare placeholder {bare}.</source>
        <translation>«{part}» бөлігінде {name} үшін пішім берілген: алмастырғышты пішімсіз, {bare} түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="95"/>
        <source>The part «{part}» uses {name}, which this kind of letter cannot fill: pick a placeholder from the list.</source>
        <translation>«{part}» бөлігінде {name} қолданылған, бірақ осы түрдегі хат оны толтыра алмайды: алмастырғышты тізімнен таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="12"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="13"/>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="14"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="15"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="16"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="17"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="18"/>
        <source>Opening date</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="19"/>
        <source>Closing date</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="20"/>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="21"/>
        <source>Outcome of the support</source>
        <translation>Сүйемелдеудің нәтижесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="22"/>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="23"/>
        <source>Issue date</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="24"/>
        <source>Expiry date</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="25"/>
        <source>Date of serving</source>
        <translation>Табыс етілген күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="26"/>
        <source>Revocation date</source>
        <translation>Күшін жою күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="27"/>
        <source>Check date</source>
        <translation>Тексеру күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="28"/>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="29"/>
        <source>End date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="30"/>
        <source>Admission date</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="31"/>
        <source>Departure date</source>
        <translation>Шыққан күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="32"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="33"/>
        <source>Room and bed</source>
        <translation>Бөлме мен орын</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="34"/>
        <source>Extended to</source>
        <translation>Ұзартылған мерзім</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="35"/>
        <source>Reason for the extension</source>
        <translation>Ұзарту негізі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="36"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="37"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="38"/>
        <source>Date of consent</source>
        <translation>Келісім күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="39"/>
        <source>Withdrawal date</source>
        <translation>Кері қайтарылған күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="40"/>
        <source>Incident date</source>
        <translation>Оқиға күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="41"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="42"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="43"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="44"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="45"/>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="46"/>
        <source>Office</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="47"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="48"/>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="49"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="50"/>
        <source>Name or alias</source>
        <translation>Аты немесе бүркеншік аты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="51"/>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="52"/>
        <source>Date of the assessment</source>
        <translation>Бағалау күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="53"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="54"/>
        <source>Raised level</source>
        <translation>Көтерілген деңгей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="55"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="56"/>
        <source>Risk thresholds</source>
        <translation>Қауіп шектері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="57"/>
        <source>Date the plan was made</source>
        <translation>Жоспар жасалған күн</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="58"/>
        <source>Review date</source>
        <translation>Қайта қарау күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="59"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="60"/>
        <source>Safety plan</source>
        <translation>Қауіпсіздік жоспары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="61"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="66"/>
        <source>Emergency bag</source>
        <translation>Дабыл сөмкесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="62"/>
        <source>Warning signs</source>
        <translation>Қауіп белгілері</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="63"/>
        <source>Safe people and their contacts</source>
        <translation>Сенімді адамдар және олардың байланыстары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="64"/>
        <source>Code word</source>
        <translation>Шартты сөз</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="65"/>
        <source>How to leave and where to go</source>
        <translation>Қалай кету керек және қайда бару керек</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="67"/>
        <source>The children&apos;s plan</source>
        <translation>Балаларға арналған жоспар</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="68"/>
        <source>Phone and online safety</source>
        <translation>Телефон және интернеттегі қауіпсіздік</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="69"/>
        <source>Who does what</source>
        <translation>Кім не істейді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="70"/>
        <source>Duration, minutes</source>
        <translation>Ұзақтығы, минут</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="71"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="72"/>
        <source>Given by</source>
        <translation>Кім көрсетті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="73"/>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="74"/>
        <source>Counted in statistics</source>
        <translation>Статистикада есепке алынады</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="79"/>
        <source>Date of the service</source>
        <translation>Қызмет көрсетілген күн</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="80"/>
        <source>Kind of service</source>
        <translation>Қызмет түрі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="83"/>
        <source>Protection order %1</source>
        <translation>Қорғау нұсқамасы %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="84"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="85"/>
        <source>Police check %1</source>
        <translation>Полиция тексеруі %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="86"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="87"/>
        <source>Special requirements %1</source>
        <translation>Ерекше талаптар %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="88"/>
        <source>Shelter stay %1</source>
        <translation>Баспанада болу %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="89"/>
        <source>Consent %1</source>
        <translation>Келісім %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="90"/>
        <source>Incident %1</source>
        <translation>Оқиға %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="91"/>
        <source>Risk assessment %1</source>
        <translation>Қауіпті бағалау %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="92"/>
        <source>Safety plan %1</source>
        <translation>Қауіпсіздік жоспары %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="93"/>
        <source>Case %1</source>
        <translation>Іс %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="94"/>
        <source>Child %1</source>
        <translation>Бала %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="95"/>
        <source>Service %1</source>
        <translation>Қызмет %1</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../caseapp/ui/models.py" line="29"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="30"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="34"/>
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="35"/>
        <source>standard</source>
        <translation>қалыпты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="36"/>
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="37"/>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="46"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="47"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="48"/>
        <source>Opened</source>
        <translation>Ашылған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="49"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="50"/>
        <location filename="../../caseapp/ui/today/model.py" line="96"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="51"/>
        <source>Order in force</source>
        <translation>Нұсқама күшінде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="52"/>
        <source>In shelter</source>
        <translation>Баспанада</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="53"/>
        <source>Assigned to</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="111"/>
        <location filename="../../caseapp/ui/models.py" line="114"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="25"/>
        <source>Police check overdue</source>
        <translation>Полиция тексеруінің мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="26"/>
        <source>Police check due</source>
        <translation>Полиция тексеруінің мерзімі келді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="27"/>
        <source>Order expiring</source>
        <translation>Нұсқаманың мерзімі бітіп келеді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="28"/>
        <source>Order not served</source>
        <translation>Нұсқама тапсырылмаған</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="29"/>
        <source>Shelter limit near</source>
        <translation>Баспанада болу мерзімі бітуге жақын</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="30"/>
        <source>Shelter limit passed</source>
        <translation>Баспанада болу мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="31"/>
        <source>Consent expiring</source>
        <translation>Келісімнің мерзімі бітіп келеді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="32"/>
        <source>Order violated</source>
        <translation>Нұсқама бұзылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="33"/>
        <source>Court requirements expiring</source>
        <translation>Сот талаптарының мерзімі бітіп келеді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="34"/>
        <source>Risk reassessment due</source>
        <translation>Қауіпті қайта бағалау мерзімі келді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="35"/>
        <source>Safety plan review due</source>
        <translation>Қауіпсіздік жоспарын қайта қарау мерзімі келді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="38"/>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="40"/>
        <source>Expiring</source>
        <translation>Мерзімі бітіп келеді</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="91"/>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="92"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="93"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="94"/>
        <source>Alias</source>
        <translation>Бүркеншік аты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="95"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="97"/>
        <source>What</source>
        <translation>Еске салу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="98"/>
        <source>Order number</source>
        <translation>Нұсқама нөмірі</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="158"/>
        <source>High-risk case</source>
        <translation>Қауіп деңгейі жоғары іс</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="77"/>
        <source>(%1 d ago)</source>
        <translation>(%1 күн бұрын)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="39"/>
        <source>Due within two days</source>
        <translation>Мерзімі екі күн ішінде</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="79"/>
        <source>(in %1 d)</source>
        <translation>(%1 күннен кейін)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="81"/>
        <source>(today)</source>
        <translation>(бүгін)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="22"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="23"/>
        <source>Walk-in</source>
        <translation>Жеке келу</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="24"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="25"/>
        <source>Police referral</source>
        <translation>Полицияның жолдамасы</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="26"/>
        <location filename="../../caseapp/services/hotline_stats.py" line="32"/>
        <location filename="../../caseapp/services/reports_words.py" line="25"/>
        <location filename="../../caseapp/services/reports_words.py" line="45"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="29"/>
        <source>The survivor herself</source>
        <translation>Зардап шегушінің өзі</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="30"/>
        <source>A relative or friend</source>
        <translation>Туысы немесе танысы</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="31"/>
        <source>A professional</source>
        <translation>Маман</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="35"/>
        <location filename="../../caseapp/services/reports_words.py" line="12"/>
        <source>Physical</source>
        <translation>Физикалық</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="36"/>
        <location filename="../../caseapp/services/reports_words.py" line="13"/>
        <source>Psychological</source>
        <translation>Психологиялық</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="37"/>
        <location filename="../../caseapp/services/reports_words.py" line="14"/>
        <source>Sexual</source>
        <translation>Жыныстық</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="38"/>
        <location filename="../../caseapp/services/reports_words.py" line="15"/>
        <source>Economic</source>
        <translation>Экономикалық</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="39"/>
        <location filename="../../caseapp/services/reports_words.py" line="16"/>
        <location filename="../../caseapp/services/reports_words.py" line="26"/>
        <source>Not recorded</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="42"/>
        <source>Information</source>
        <translation>Ақпарат</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="43"/>
        <source>Consultation</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="44"/>
        <source>Referred to the police</source>
        <translation>Полицияға жолданды</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="45"/>
        <source>Referred for medical help</source>
        <translation>Медициналық көмекке жолданды</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="46"/>
        <source>Referred to legal aid</source>
        <translation>Заң көмегіне жолданды</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="47"/>
        <source>Referred to a shelter</source>
        <translation>Баспанаға жолданды</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="48"/>
        <source>Referred to a family support centre</source>
        <translation>Отбасын қолдау орталығына жолданды</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="51"/>
        <source>Hotline contacts by channel</source>
        <translation>Сенім телефонына өтініштер байланыс тәсілі бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="52"/>
        <source>Hotline contacts by who called</source>
        <translation>Сенім телефонына өтініштер өтініш берушi бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="53"/>
        <source>Hotline contacts by violence mentioned</source>
        <translation>Сенім телефонына өтініштер аталған зорлық түрі бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="54"/>
        <source>Hotline contacts by what was given</source>
        <translation>Сенім телефонына өтініштер көрсетілген көмек бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="55"/>
        <source>Hotline contacts by district</source>
        <translation>Сенім телефонына өтініштер аудандар бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="57"/>
        <source>District not recorded</source>
        <translation>Аудан көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="19"/>
        <source>Spouse</source>
        <translation>Жұбайы</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="20"/>
        <source>Former spouse</source>
        <translation>Бұрынғы жұбайы</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="21"/>
        <source>Cohabiting partner</source>
        <translation>Бірге тұратын серіктесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="22"/>
        <source>Former partner</source>
        <translation>Бұрынғы серіктесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="23"/>
        <source>Close relative</source>
        <translation>Жақын туысы</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="24"/>
        <source>Has a child in common</source>
        <translation>Ортақ баласы бар</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="29"/>
        <source>Under 18</source>
        <translation>18 жасқа дейін</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="30"/>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="31"/>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="32"/>
        <source>35–44</source>
        <translation>35–44</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="33"/>
        <source>45–54</source>
        <translation>45–54</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="34"/>
        <source>55–64</source>
        <translation>55–64</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="35"/>
        <source>65 and over</source>
        <translation>65 және одан жоғары</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="36"/>
        <source>Age not recorded</source>
        <translation>Жасы көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="39"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="40"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="41"/>
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="42"/>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="43"/>
        <source>Another shelter</source>
        <translation>Басқа баспана</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="44"/>
        <source>Social protection</source>
        <translation>Әлеуметтік қорғау</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="48"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="49"/>
        <source>New cases by violence type</source>
        <translation>Жаңа істер зорлық түрлері бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="50"/>
        <source>New cases by the offender&apos;s relationship</source>
        <translation>Жаңа істер құқық бұзушының зардап шегушіге қатысы бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="51"/>
        <source>New cases by age</source>
        <translation>Жаңа істер жасы бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="52"/>
        <source>New cases by district</source>
        <translation>Жаңа істер аудандар бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="53"/>
        <source>Protection orders</source>
        <translation>Қорғау нұсқамалары</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="54"/>
        <source>Police checks</source>
        <translation>Полиция тексерулері</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="55"/>
        <source>Court special requirements</source>
        <translation>Соттың ерекше талаптары</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="56"/>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="57"/>
        <source>Letters by recipient</source>
        <translation>Хаттар алушылар бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="55"/>
        <source>New cases</source>
        <translation>Жаңа істер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="58"/>
        <source>Cases open in the period</source>
        <translation>Кезең ішінде ашық болған істер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="63"/>
        <source>Cases closed</source>
        <translation>Жабылған істер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="66"/>
        <source>Orders recorded</source>
        <translation>Тіркелген нұсқамалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="67"/>
        <source>Orders served</source>
        <translation>Табыс етілген нұсқамалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="70"/>
        <source>Orders found violated at a check</source>
        <translation>Тексеру кезінде бұзылғаны анықталған нұсқамалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="96"/>
        <source>Checks due by the seven-day rule</source>
        <translation>Жеті күн ережесі бойынша тиісті тексерулер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="97"/>
        <source>Checks done in time</source>
        <translation>Уақтылы жүргізілген тексерулер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="98"/>
        <source>Checks missed</source>
        <translation>Өткізіп алынған тексерулер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="101"/>
        <source>Checks recorded: order complied with</source>
        <translation>Тіркелген тексерулер: нұсқама сақталған</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="106"/>
        <source>Checks recorded: order violated</source>
        <translation>Тіркелген тексерулер: нұсқама бұзылған</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="111"/>
        <source>Visits recorded: not reached</source>
        <translation>Тіркелген барулар: табылмады</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="168"/>
        <source>Requirements imposed</source>
        <translation>Белгіленген талаптар</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="173"/>
        <source>Requirements in force in the period</source>
        <translation>Кезең ішінде қолданыста болған талаптар</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="203"/>
        <source>Admissions</source>
        <translation>Қабылданғандар</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="204"/>
        <source>Departures</source>
        <translation>Шығып кеткендер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="205"/>
        <source>Women accommodated</source>
        <translation>Орналастырылған әйелдер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="208"/>
        <source>Children admitted with their mothers</source>
        <translation>Аналарымен бірге қабылданған балалар</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="213"/>
        <source>Bed-days (women)</source>
        <translation>Төсек-күндер (әйелдер)</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="223"/>
        <source>Occupancy, %</source>
        <translation>Толымдылық, %</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="233"/>
        <source>Average stay of those who left, days</source>
        <translation>Шығып кеткендердің орташа тұру мерзімі, күн</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="26"/>
        <source>Statistical report</source>
        <translation>Статистикалық есеп</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="27"/>
        <source>Period: %1 – %2</source>
        <translation>Кезең: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="28"/>
        <source>Office: %1</source>
        <translation>Кеңсе: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="29"/>
        <source>All offices</source>
        <translation>Барлық кеңселер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="30"/>
        <source>Made on %1</source>
        <translation>Жасалған күні: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="31"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="32"/>
        <source>Item</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="33"/>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="34"/>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="35"/>
        <source>Page %1</source>
        <translation>%1-бет</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="36"/>
        <source>About this report</source>
        <translation>Есеп туралы</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="37"/>
        <source>Counts only: no name, number, date of birth or free text. Figures from 1 to %1 are shown as “&lt;%2”, and a second figure is hidden as “*” where a total would give one back. Cases whose survivor refused to be counted are left out.</source>
        <translation>Тек сандар: есімдер, нөмірлер, туған күндер және еркін мәтін жоқ. 1-ден %1-ге дейінгі сандар «&lt;%2» түрінде көрсетіледі, ал жиынтық кіші санды қалпына келтіруге мүмкіндік беретін жерде тағы бір сан «*» белгісімен жасырылады. Есепке алудан бас тартқан зардап шегушілердің істері есептелмейді.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="43"/>
        <source>Main office</source>
        <translation>Бас кеңсе</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="22"/>
        <source>Psychological consultation</source>
        <translation>Психологиялық кеңес</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="23"/>
        <source>Legal consultation</source>
        <translation>Заң кеңесі</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="24"/>
        <source>Representation in court</source>
        <translation>Сотта өкілдік ету</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="25"/>
        <source>Accompanied to the police</source>
        <translation>Полицияға сүйемелдеу</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="26"/>
        <source>Accompanied to court</source>
        <translation>Сотқа сүйемелдеу</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="27"/>
        <source>Accompanied to a medical examination</source>
        <translation>Медициналық куәландыруға сүйемелдеу</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="28"/>
        <source>Medical aid arranged</source>
        <translation>Медициналық көмек ұйымдастырылды</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="29"/>
        <source>Social assistance (benefits, documents)</source>
        <translation>Әлеуметтік көмек (жәрдемақылар, құжаттар)</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="30"/>
        <source>Shelter placement</source>
        <translation>Баспанаға орналастыру</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="31"/>
        <source>Referral to a family support centre</source>
        <translation>Отбасын қолдау орталығына жолдау</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="32"/>
        <source>Group session</source>
        <translation>Топтық сабақ</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="33"/>
        <source>Other service</source>
        <translation>Басқа қызмет</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="35"/>
        <source>Any service</source>
        <translation>Кез келген қызмет</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="37"/>
        <source>Services and consultations by kind</source>
        <translation>Қызметтер мен кеңестер түрлері бойынша</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="38"/>
        <source>Cases served, by kind of service</source>
        <translation>Қызмет көрсетілген істер, қызмет түрлері бойынша</translation>
    </message>
</context>
</TS>
