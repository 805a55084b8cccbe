<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="66"/>
        <source>The first administrator</source>
        <translation>Бірінші әкімші</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>This account manages staff, settings and backups.</source>
        <translation>Бұл тіркелгі қызметкерлерді, баптауларды және сақтық көшірмелерді басқарады.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76"/>
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="77"/>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="78"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="79"/>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="90"/>
        <source>At least 8 characters. A short sentence is easy to remember.</source>
        <translation>Кемінде 8 таңба. Қысқа сөйлемді есте сақтау оңай.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="92"/>
        <source>Too simple: use more different characters.</source>
        <translation>Тым қарапайым: әртүрлі таңбаларды көбірек қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="94"/>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="96"/>
        <source>Acceptable. Longer is stronger.</source>
        <translation>Жарамды. Неғұрлым ұзын болса, соғұрлым сенімді.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="98"/>
        <source>Strong.</source>
        <translation>Сенімді.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="188"/>
        <source>Admit to the shelter</source>
        <translation>Баспанаға қабылдау</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="195"/>
        <source>Admitted on:</source>
        <translation>Қабылданған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="196"/>
        <source>Room and bed:</source>
        <translation>Бөлме және төсек орны:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="197"/>
        <source>Accompanying children:</source>
        <translation>Бірге келген балалар:</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../ui/case_list.py" line="76"/>
        <source>Search by name, alias, IIN or phone…</source>
        <translation>Аты, бүркеншік аты, ЖСН немесе телефон бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="80"/>
        <source>All cases</source>
        <translation>Барлық істер</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="81"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="82"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="85"/>
        <source>Order in force</source>
        <translation>Нұсқама күшінде</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="86"/>
        <source>In shelter</source>
        <translation>Баспанада</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_list.py" line="111"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_window.py" line="209"/>
        <source>Case %1 — %2</source>
        <translation>Іс %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="213"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="214"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="215"/>
        <source>Protection orders</source>
        <translation>Қорғау нұсқамалары</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="216"/>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="217"/>
        <source>Consents</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="218"/>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="219"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="223"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="224"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="228"/>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="229"/>
        <source>Alias:</source>
        <translation>Бүркеншік ат:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="230"/>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="231"/>
        <source>Birth date:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="232"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="233"/>
        <source>Address:</source>
        <translation>Мекенжай:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="234"/>
        <source>Safe contact:</source>
        <translation>Қауіпсіз байланыс:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="238"/>
        <source>Physical</source>
        <translation>Физикалық</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="239"/>
        <source>Psychological</source>
        <translation>Психологиялық</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="240"/>
        <source>Sexual</source>
        <translation>Жыныстық</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="241"/>
        <source>Economic</source>
        <translation>Экономикалық</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="251"/>
        <source>Spouse</source>
        <translation>Жұбайы</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="252"/>
        <source>Former spouse</source>
        <translation>Бұрынғы жұбайы</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="253"/>
        <source>Partner living together</source>
        <translation>Бірге тұратын серіктес</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="254"/>
        <source>Former partner</source>
        <translation>Бұрынғы серіктес</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="255"/>
        <source>Close relative</source>
        <translation>Жақын туысы</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="256"/>
        <source>Has a child in common</source>
        <translation>Ортақ баласы бар</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="257"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="266"/>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="267"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="268"/>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="269"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="276"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="277"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="283"/>
        <source>Opened on:</source>
        <translation>Ашылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="284"/>
        <source>Closed on:</source>
        <translation>Жабылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="285"/>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="286"/>
        <source>Risk:</source>
        <translation>Қауіп:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="287"/>
        <source>Violence:</source>
        <translation>Зорлық:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="288"/>
        <source>Perpetrator:</source>
        <translation>Зорлық жасаушы:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="289"/>
        <source>Relationship:</source>
        <translation>Қарым-қатынасы:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="293"/>
        <source>Protection orders (up to 30 days; police check every 7 days)</source>
        <translation>Қорғау нұсқамалары (30 күнге дейін; полиция тексеруі 7 күн сайын)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="295"/>
        <source>Police checks of the selected order</source>
        <translation>Таңдалған нұсқама бойынша полиция тексерулері</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="296"/>
        <source>&amp;New order…</source>
        <translation>&amp;Жаңа нұсқама…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="297"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Нұсқаманы өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="298"/>
        <source>&amp;Record a check…</source>
        <translation>&amp;Тексеруді тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="299"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Қабылдау…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="300"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="301"/>
        <source>Add a &amp;consent…</source>
        <translation>&amp;Келісім қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="304"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="305"/>
        <source>Issued</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="306"/>
        <source>Expires</source>
        <translation>Мерзімі бітеді</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="307"/>
        <source>Served</source>
        <translation>Тапсырылған</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="308"/>
        <source>Revoked</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="309"/>
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>How</source>
        <translation>Тәсілі</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="317"/>
        <source>Admitted</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="318"/>
        <source>Six-month limit</source>
        <translation>Алты айлық мерзім</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="319"/>
        <source>Left</source>
        <translation>Шыққан</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="320"/>
        <source>Room</source>
        <translation>Бөлме</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="321"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Given</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Valid until</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Withdrawn</source>
        <translation>Кері алынған</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>When (UTC)</source>
        <translation>Қашан (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="461"/>
        <location filename="../../ui/case_window.py" line="480"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="470"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="542"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="543"/>
        <source>Save the changes to this case?</source>
        <translation>Осы істегі өзгерістерді сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="141"/>
        <source>Record a police check</source>
        <translation>Полиция тексеруін тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="150"/>
        <source>Home visit</source>
        <translation>Үйге бару</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="151"/>
        <source>Phone call</source>
        <translation>Телефон қоңырауы</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="152"/>
        <source>Summoned to the police</source>
        <translation>Полицияға шақыру</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="153"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="159"/>
        <source>Complied</source>
        <translation>Сақталған</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="160"/>
        <source>Violated</source>
        <translation>Бұзылған</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="161"/>
        <source>Not reached</source>
        <translation>Байланысу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="165"/>
        <source>Date of the check:</source>
        <translation>Тексеру күні:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="166"/>
        <source>Officer:</source>
        <translation>Полиция қызметкері:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="167"/>
        <source>How:</source>
        <translation>Тәсілі:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="168"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="169"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="247"/>
        <source>Consent to share personal data</source>
        <translation>Дербес деректерді беруге келісім</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="251"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="252"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="253"/>
        <source>Forensic / medical</source>
        <translation>Сот-медициналық сараптама / медициналық ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="254"/>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="255"/>
        <source>Another shelter</source>
        <translation>Басқа баспана</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="256"/>
        <source>Social protection</source>
        <translation>Әлеуметтік қорғау органдары</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="264"/>
        <source>Recipient:</source>
        <translation>Алушы:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="265"/>
        <source>Given on:</source>
        <translation>Келісім берілген күні:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="266"/>
        <source>Valid until:</source>
        <translation>Қолданылу мерзімі:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="74"/>
        <source>Today, %1</source>
        <translation>Бүгін, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="77"/>
        <source>Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3</source>
        <translation>Күшіндегі нұсқамалар: %1   ·   Баспанада: %2   ·   Бос орындар: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="82"/>
        <source>Nothing is due today.</source>
        <translation>Бүгін орындалатын ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="64"/>
        <source>Required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="68"/>
        <location filename="../../ui/widgets.py" line="70"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Күн дұрыс емес (ЖЖЖЖ-АА-КК).</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="216"/>
        <source>Discharge from the shelter</source>
        <translation>Баспанадан шығу</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="224"/>
        <source>Departure date:</source>
        <translation>Шыққан күні:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="225"/>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="226"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Баратын жері (шифрланып сақталады, ешқашан басып шығарылмайды):</translation>
    </message>
</context>
<context>
    <name>IinField</name>
    <message>
        <location filename="../../ui/widgets.py" line="89"/>
        <source>Not a valid IIN (12 digits, check digit).</source>
        <translation>ЖСН дұрыс емес (12 цифр, соңғысы — бақылау цифры).</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="60"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>caseapp — %1</source>
        <translation>caseapp — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Қазір құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>Жаң&amp;арту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Today</source>
        <translation>&amp;Бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Cases</source>
        <translation>&amp;Істер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>caseapp</source>
        <translation>caseapp</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="283"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="289"/>
        <source>Client&apos;s full name:</source>
        <translation>Клиенттің аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="290"/>
        <source>Alias (shown in lists):</source>
        <translation>Бүркеншік ат (тізімдерде көрсетіледі):</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="291"/>
        <source>Opened on:</source>
        <translation>Ашылған күні:</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="77"/>
        <source>Protection order</source>
        <translation>Қорғау нұсқамасы</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="89"/>
        <source>Number:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="90"/>
        <source>Issued on:</source>
        <translation>Берілген күні:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="91"/>
        <source>Expires on (at most 30 days):</source>
        <translation>Аяқталу күні (30 күннен аспайды):</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="92"/>
        <source>Served on the offender:</source>
        <translation>Зорлық жасаушыға тапсырылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="93"/>
        <source>Revoked on:</source>
        <translation>Күші жойылған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="94"/>
        <source>Issuing police unit:</source>
        <translation>Нұсқаманы берген полиция бөлімшесі:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="95"/>
        <source>Responsible officer:</source>
        <translation>Жауапты қызметкер:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="96"/>
        <source>Officer&apos;s phone:</source>
        <translation>Қызметкердің телефоны:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="97"/>
        <source>Violations:</source>
        <translation>Бұзушылықтар:</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="36"/>
        <source>Your organisation</source>
        <translation>Сіздің ұйымыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="38"/>
        <source>These details appear on letters. Never enter the shelter&apos;s address.</source>
        <translation>Бұл мәліметтер хаттарда көрсетіледі. Баспананың мекенжайын ешқашан енгізбеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="45"/>
        <source>Name in Russian:</source>
        <translation>Орысша атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="46"/>
        <source>Name in Kazakh:</source>
        <translation>Қазақша атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="47"/>
        <source>Name in English:</source>
        <translation>Ағылшынша атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="48"/>
        <source>Office address:</source>
        <translation>Кеңсенің мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="49"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="50"/>
        <source>BIN:</source>
        <translation>БСН:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="51"/>
        <source>Director:</source>
        <translation>Директор:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="127"/>
        <source>Your recovery key</source>
        <translation>Сіздің қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="130"/>
        <source>It is shown only now. Print it or write it down and lock it away: with it the director can set a new password when every password is lost. Without it, a lost password means lost records.</source>
        <translation>Ол тек қазір ғана көрсетіледі. Оны басып шығарыңыз немесе жазып алып, құлыпталған жерде сақтаңыз: барлық құпиясөз жоғалса, директор осы кілт арқылы жаңа құпиясөз орната алады. Кілт болмаса, құпиясөз жоғалғанда жазбалар да жоғалады.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="140"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Мен қалпына келтіру кілтін жазып алдым немесе басып шығардым</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="161"/>
        <source>caseapp recovery key</source>
        <translation>caseapp қалпына келтіру кілті</translation>
    </message>
</context>
<context>
    <name>RequiredField</name>
    <message>
        <location filename="../../ui/widgets.py" line="99"/>
        <source>Required.</source>
        <translation>Міндетті өріс.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="175"/>
        <source>caseapp — first run</source>
        <translation>caseapp — алғашқы іске қосу</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="75"/>
        <source>caseapp — unlock</source>
        <translation>caseapp — құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Unlock the case records</source>
        <translation>Іс жазбаларының құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <location filename="../../ui/unlock.py" line="106"/>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <source>Open a &amp;different database…</source>
        <translation>Басқа &amp;дерекқорды ашу…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="109"/>
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>%n секунд күтіңіз</numerusform>
            <numerusform>%n секунд күтіңіз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113"/>
        <source>Choose a data folder</source>
        <translation>Деректер қалтасын таңдаңыз</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../domain/dates.py" line="66"/>
        <source>{field}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field}: «{value}» ЖЖЖЖ-АА-КК пішіміндегі күн емес.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="19"/>
        <source>The operation failed.</source>
        <translation>Әрекет орындалмады.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="58"/>
        <source>{field} must be an object.</source>
        <translation>{field}: объект болуы керек.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="63"/>
        <source>{field} is not a known field.</source>
        <translation>{field}: белгісіз өріс.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="72"/>
        <source>{field} must be a list.</source>
        <translation>{field}: тізім болуы керек.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="81"/>
        <source>{field} must be text.</source>
        <translation>{field}: мәтін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="84"/>
        <location filename="../../domain/interchange.py" line="94"/>
        <location filename="../../services/cases.py" line="49"/>
        <source>{field} is required.</source>
        <translation>{field}: міндетті өріс.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="86"/>
        <source>{field} is too long.</source>
        <translation>{field}: мәні тым ұзын.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="105"/>
        <source>{field} must be a date in the form YYYY-MM-DD that exists.</source>
        <translation>{field}: күнтізбеде бар, ЖЖЖЖ-АА-КК пішіміндегі күн болуы керек.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="124"/>
        <source>{field} must be one of: {allowed}.</source>
        <translation>{field}: мына мәндердің бірі болуы керек: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="143"/>
        <source>{field} must be &apos;{expected}&apos;.</source>
        <translation>{field}: «{expected}» болуы керек.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="152"/>
        <source>{field} repeats the number of cases[{other}].</source>
        <translation>{field}: іс нөмірі cases[{other}] ішіндегі нөмірмен қайталанады.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="165"/>
        <source>{field} may hold only letters, digits and - / _ . (at most 32).</source>
        <translation>{field}: тек әріптер, цифрлар және - / _ . таңбалары рұқсат етіледі (32 таңбадан аспайды).</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="204"/>
        <location filename="../../services/cases.py" line="53"/>
        <source>{field} is not a valid IIN: it needs 12 digits with a correct check digit.</source>
        <translation>{field}: ЖСН дұрыс емес — бақылау цифры дұрыс 12 цифр қажет.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="210"/>
        <source>{field} is not a phone number.</source>
        <translation>{field}: телефон нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="246"/>
        <source>{field} does not name a protection order of this case.</source>
        <translation>{field}: бұл істе мұндай қорғау нұсқамасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="258"/>
        <source>{field} is before the order was issued ({issued_on}).</source>
        <translation>{field}: күн нұсқама берілген күннен ({issued_on}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="266"/>
        <source>{field} is after the order expired ({expires_on}).</source>
        <translation>{field}: күн нұсқаманың мерзімі біткен күннен ({expires_on}) кейін.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="282"/>
        <source>{field} must be a whole number from 0 to 20.</source>
        <translation>{field}: 0-ден 20-ға дейінгі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="56"/>
        <source>{field}: the expiry date {date} is before the issue date {earlier}.</source>
        <translation>{field}: аяқталу күні ({date}) берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="64"/>
        <source>{field}: a protection order lasts at most {days} days, so the latest allowed expiry date is {latest}.</source>
        <translation>{field}: қорғау нұсқамасы {days} күннен аспайды, сондықтан ең кеш аяқталу күні — {latest}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="76"/>
        <source>{field}: the date of serving {date} is before the issue date {earlier}.</source>
        <translation>{field}: тапсырылған күні ({date}) берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="84"/>
        <source>{field}: the revocation date {date} is before the issue date {earlier}.</source>
        <translation>{field}: күшін жою күні ({date}) берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="99"/>
        <source>{field}: the police check date {date} is before the order&apos;s issue date {earlier}.</source>
        <translation>{field}: полиция тексеруінің күні ({date}) нұсқама берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="107"/>
        <source>{field}: the police check date {date} is after the order&apos;s expiry date {later}.</source>
        <translation>{field}: полиция тексеруінің күні ({date}) нұсқаманың аяқталу күнінен ({later}) кейін.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="122"/>
        <source>{field}: the end date {date} is before the start date {earlier}.</source>
        <translation>{field}: аяқталу күні ({date}) басталу күнінен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="134"/>
        <source>{field}: the departure date {date} is before the admission date {earlier}.</source>
        <translation>{field}: шыққан күні ({date}) қабылданған күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="141"/>
        <source>{field}: the number of children must be between {low} and {high}.</source>
        <translation>{field}: балалар саны {low} мен {high} аралығында болуы керек.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="155"/>
        <source>{field}: the expiry date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: аяқталу күні ({date}) келісім берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="163"/>
        <source>{field}: the withdrawal date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: кері алу күні ({date}) келісім берілген күннен ({earlier}) бұрын.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="60"/>
        <source>{field} is before the case was opened.</source>
        <translation>{field}: күн іс ашылған күннен бұрын.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="106"/>
        <source>Case number {number} exists already.</source>
        <translation>{number} нөмірлі іс бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="135"/>
        <source>Case {number} is not assigned to you.</source>
        <translation>{number} нөмірлі іс сізге бекітілмеген.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="26"/>
        <source>Too many wrong passwords: try again in {seconds} seconds.</source>
        <translation>Құпиясөз тым көп рет қате енгізілді: {seconds} секундтан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="32"/>
        <source>Your account may not do this.</source>
        <translation>Сіздің тіркелгіңізге бұл әрекетке рұқсат берілмеген.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="36"/>
        <source>There is no case {number}.</source>
        <translation>{number} нөмірлі іс табылмады.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="40"/>
        <source>This case was changed by {who} at {when}: reload it and make your change again.</source>
        <translation>Бұл істі {who} өзгертті ({when}): оны қайта жүктеп, өзгерісіңізді қайтадан енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="46"/>
        <source>Record {record} is damaged: its field &apos;{column}&apos; cannot be decrypted.</source>
        <translation>{record} жазбасы зақымдалған: оның «{column}» өрісін шифрдан шығару мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="52"/>
        <source>The database file is damaged or is not a caseapp database.</source>
        <translation>Дерекқор файлы зақымдалған немесе caseapp дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="28"/>
        <source>The file is too large to import.</source>
        <translation>Файл импорттау үшін тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="33"/>
        <source>The file does not exist.</source>
        <translation>Мұндай файл жоқ.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="37"/>
        <source>The file cannot be read.</source>
        <translation>Файлды оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="41"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Файл UTF-8 кодтауындағы мәтін емес.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="46"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>Файл жарамды JSON емес ({line}-жол, {column}-баған).</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="73"/>
        <source>{field}: case number {number} exists already.</source>
        <translation>{field}: {number} нөмірлі іс бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="64"/>
        <source>There is no caseapp database in that folder: create one with &apos;caseapp init&apos;.</source>
        <translation>Бұл қалтада caseapp дерекқоры жоқ: оны «caseapp init» командасымен жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="84"/>
        <source>The database is locked.</source>
        <translation>Дерекқор құлыпталған.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="144"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Құпиясөзде кемінде 8 таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="149"/>
        <source>The password is too simple: use more different characters.</source>
        <translation>Құпиясөз тым қарапайым: әртүрлі таңбаларды көбірек қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="159"/>
        <source>A user name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>Пайдаланушы атында тек әріптер, цифрлар және . _ - @ таңбалары болуы мүмкін (64 таңбадан аспайды).</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="179"/>
        <source>This database is already set up; it was left unchanged.</source>
        <translation>Бұл дерекқор бұрыннан бапталған; ол өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="182"/>
        <source>The organisation needs a name.</source>
        <translation>Ұйымның атауын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="279"/>
        <source>The recovery key is wrong.</source>
        <translation>Қалпына келтіру кілті қате.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="283"/>
        <source>There is no such user.</source>
        <translation>Мұндай пайдаланушы жоқ.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="316"/>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>«{name}» пайдаланушы аты бұрыннан бар.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../ui/models.py" line="34"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="35"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="39"/>
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="40"/>
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="41"/>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="50"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="51"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="52"/>
        <source>Opened</source>
        <translation>Ашылған</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="53"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="54"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="55"/>
        <source>Order in force</source>
        <translation>Нұсқама күшінде</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="56"/>
        <source>In shelter</source>
        <translation>Баспанада</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="57"/>
        <source>Assigned to</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="129"/>
        <location filename="../../ui/models.py" line="132"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="141"/>
        <source>Police check overdue</source>
        <translation>Полиция тексеруінің мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="142"/>
        <source>Police check due</source>
        <translation>Полиция тексеруінің мерзімі келді</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="143"/>
        <source>Order expiring</source>
        <translation>Нұсқаманың мерзімі бітіп келеді</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="144"/>
        <source>Order not served</source>
        <translation>Нұсқама тапсырылмаған</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="145"/>
        <source>Shelter limit near</source>
        <translation>Баспанада болу мерзімі бітуге жақын</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="146"/>
        <source>Shelter limit passed</source>
        <translation>Баспанада болу мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="147"/>
        <source>Consent expiring</source>
        <translation>Келісімнің мерзімі бітіп келеді</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="150"/>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="151"/>
        <source>Due</source>
        <translation>Мерзімі келді</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="152"/>
        <source>Expiring</source>
        <translation>Мерзімі бітіп келеді</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="163"/>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="164"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="165"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="166"/>
        <source>What</source>
        <translation>Еске салу</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="167"/>
        <source>Reference</source>
        <translation>Нұсқама нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="213"/>
        <source>(%1 d ago)</source>
        <translation>(%1 күн бұрын)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="217"/>
        <source>(in %1 d)</source>
        <translation>(%1 күннен кейін)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="221"/>
        <source>(today)</source>
        <translation>(бүгін)</translation>
    </message>
</context>
</TS>
