<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="66"/>
        <source>The first administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>This account manages staff, settings and backups.</source>
        <translation>Эта учётная запись управляет сотрудниками, настройками и резервными копиями.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="77"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="78"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="79"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="90"/>
        <source>At least 8 characters. A short sentence is easy to remember.</source>
        <translation>Не менее 8 символов. Короткую фразу легко запомнить.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="92"/>
        <source>Too simple: use more different characters.</source>
        <translation>Слишком простой: используйте больше разных символов.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="94"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="96"/>
        <source>Acceptable. Longer is stronger.</source>
        <translation>Допустимо. Чем длиннее, тем надёжнее.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="98"/>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="188"/>
        <source>Admit to the shelter</source>
        <translation>Приём в приют</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="195"/>
        <source>Admitted on:</source>
        <translation>Дата поступления:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="196"/>
        <source>Room and bed:</source>
        <translation>Комната и место:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="197"/>
        <source>Accompanying children:</source>
        <translation>Дети вместе с клиентом:</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../ui/case_list.py" line="76"/>
        <source>Search by name, alias, IIN or phone…</source>
        <translation>Поиск по имени, псевдониму, ИИН или телефону…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="80"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="81"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="82"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="85"/>
        <source>Order in force</source>
        <translation>Действует предписание</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="86"/>
        <source>In shelter</source>
        <translation>В приюте</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_list.py" line="111"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_window.py" line="209"/>
        <source>Case %1 — %2</source>
        <translation>Дело %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="213"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="214"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="215"/>
        <source>Protection orders</source>
        <translation>Защитные предписания</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="216"/>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="217"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="218"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="219"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="223"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="224"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="228"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="229"/>
        <source>Alias:</source>
        <translation>Псевдоним:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="230"/>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="231"/>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="232"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="233"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="234"/>
        <source>Safe contact:</source>
        <translation>Безопасный контакт:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="238"/>
        <source>Physical</source>
        <translation>Физическое</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="239"/>
        <source>Psychological</source>
        <translation>Психологическое</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="240"/>
        <source>Sexual</source>
        <translation>Сексуальное</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="241"/>
        <source>Economic</source>
        <translation>Экономическое</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="251"/>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="252"/>
        <source>Former spouse</source>
        <translation>Бывший супруг(а)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="253"/>
        <source>Partner living together</source>
        <translation>Совместно проживающий партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="254"/>
        <source>Former partner</source>
        <translation>Бывший партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="255"/>
        <source>Close relative</source>
        <translation>Близкий родственник</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="256"/>
        <source>Has a child in common</source>
        <translation>Есть общий ребёнок</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="257"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="266"/>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="267"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="268"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="269"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="276"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="277"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="283"/>
        <source>Opened on:</source>
        <translation>Дата открытия:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="284"/>
        <source>Closed on:</source>
        <translation>Дата закрытия:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="285"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="286"/>
        <source>Risk:</source>
        <translation>Риск:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="287"/>
        <source>Violence:</source>
        <translation>Насилие:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="288"/>
        <source>Perpetrator:</source>
        <translation>Обидчик:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="289"/>
        <source>Relationship:</source>
        <translation>Кем приходится:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="293"/>
        <source>Protection orders (up to 30 days; police check every 7 days)</source>
        <translation>Защитные предписания (не более 30 дней; проверка полиции каждые 7 дней)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="295"/>
        <source>Police checks of the selected order</source>
        <translation>Проверки полиции по выбранному предписанию</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="296"/>
        <source>&amp;New order…</source>
        <translation>&amp;Новое предписание…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="297"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Изменить предписание…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="298"/>
        <source>&amp;Record a check…</source>
        <translation>&amp;Записать проверку…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="299"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Принять…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="300"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Выписать…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="301"/>
        <source>Add a &amp;consent…</source>
        <translation>&amp;Добавить согласие…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="304"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="305"/>
        <source>Issued</source>
        <translation>Вынесено</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="306"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="307"/>
        <source>Served</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="308"/>
        <source>Revoked</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="309"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="317"/>
        <source>Admitted</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="318"/>
        <source>Six-month limit</source>
        <translation>Шестимесячный срок</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="319"/>
        <source>Left</source>
        <translation>Выбытие</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="320"/>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="321"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="461"/>
        <location filename="../../ui/case_window.py" line="480"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Пожалуйста, исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="470"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="542"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="543"/>
        <source>Save the changes to this case?</source>
        <translation>Сохранить изменения в этом деле?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="141"/>
        <source>Record a police check</source>
        <translation>Запись проверки полиции</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="150"/>
        <source>Home visit</source>
        <translation>Посещение на дому</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="151"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="152"/>
        <source>Summoned to the police</source>
        <translation>Вызов в полицию</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="153"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="159"/>
        <source>Complied</source>
        <translation>Соблюдено</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="160"/>
        <source>Violated</source>
        <translation>Нарушено</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="161"/>
        <source>Not reached</source>
        <translation>Не удалось связаться</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="165"/>
        <source>Date of the check:</source>
        <translation>Дата проверки:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="166"/>
        <source>Officer:</source>
        <translation>Сотрудник полиции:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="167"/>
        <source>How:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="168"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="169"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="247"/>
        <source>Consent to share personal data</source>
        <translation>Согласие на передачу персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="251"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="252"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="253"/>
        <source>Forensic / medical</source>
        <translation>Судмедэкспертиза / медицинская организация</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="254"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="255"/>
        <source>Another shelter</source>
        <translation>Другой приют</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="256"/>
        <source>Social protection</source>
        <translation>Органы социальной защиты</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="264"/>
        <source>Recipient:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="265"/>
        <source>Given on:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="266"/>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="74"/>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="77"/>
        <source>Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3</source>
        <translation>Действующих предписаний: %1   ·   В приюте: %2   ·   Свободных мест: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="82"/>
        <source>Nothing is due today.</source>
        <translation>На сегодня ничего не запланировано.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="64"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="68"/>
        <location filename="../../ui/widgets.py" line="70"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Неверная дата (ГГГГ-ММ-ДД).</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="216"/>
        <source>Discharge from the shelter</source>
        <translation>Выбытие из приюта</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="224"/>
        <source>Departure date:</source>
        <translation>Дата выбытия:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="225"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="226"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Куда выбывает (хранится в зашифрованном виде, никогда не печатается):</translation>
    </message>
</context>
<context>
    <name>IinField</name>
    <message>
        <location filename="../../ui/widgets.py" line="89"/>
        <source>Not a valid IIN (12 digits, check digit).</source>
        <translation>Неверный ИИН (12 цифр с контрольной цифрой).</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="60"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Пожалуйста, исправьте поля, отмеченные красным.</translation>
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
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
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
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="289"/>
        <source>Client&apos;s full name:</source>
        <translation>ФИО клиента:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="290"/>
        <source>Alias (shown in lists):</source>
        <translation>Псевдоним (виден в списках):</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="291"/>
        <source>Opened on:</source>
        <translation>Дата открытия:</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="77"/>
        <source>Protection order</source>
        <translation>Защитное предписание</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="89"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="90"/>
        <source>Issued on:</source>
        <translation>Дата вынесения:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="91"/>
        <source>Expires on (at most 30 days):</source>
        <translation>Действует до (не более 30 дней):</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="92"/>
        <source>Served on the offender:</source>
        <translation>Дата вручения обидчику:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="93"/>
        <source>Revoked on:</source>
        <translation>Дата отмены:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="94"/>
        <source>Issuing police unit:</source>
        <translation>Подразделение полиции, вынесшее предписание:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="95"/>
        <source>Responsible officer:</source>
        <translation>Ответственный сотрудник:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="96"/>
        <source>Officer&apos;s phone:</source>
        <translation>Телефон сотрудника:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="97"/>
        <source>Violations:</source>
        <translation>Нарушения:</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="36"/>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="38"/>
        <source>These details appear on letters. Never enter the shelter&apos;s address.</source>
        <translation>Эти сведения указываются в письмах. Никогда не вводите адрес приюта.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="45"/>
        <source>Name in Russian:</source>
        <translation>Название на русском:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="46"/>
        <source>Name in Kazakh:</source>
        <translation>Название на казахском:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="47"/>
        <source>Name in English:</source>
        <translation>Название на английском:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="48"/>
        <source>Office address:</source>
        <translation>Адрес офиса:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="49"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="50"/>
        <source>BIN:</source>
        <translation>БИН:</translation>
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
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="130"/>
        <source>It is shown only now. Print it or write it down and lock it away: with it the director can set a new password when every password is lost. Without it, a lost password means lost records.</source>
        <translation>Он показывается только сейчас. Распечатайте или запишите его и храните под замком: с ним директор сможет задать новый пароль, если утеряны все пароли. Без него утеря пароля означает потерю записей.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="140"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Я записал(а) или распечатал(а) ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="161"/>
        <source>caseapp recovery key</source>
        <translation>Ключ восстановления caseapp</translation>
    </message>
</context>
<context>
    <name>RequiredField</name>
    <message>
        <location filename="../../ui/widgets.py" line="99"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="175"/>
        <source>caseapp — first run</source>
        <translation>caseapp — первый запуск</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="75"/>
        <source>caseapp — unlock</source>
        <translation>caseapp — разблокировка</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Unlock the case records</source>
        <translation>Разблокировать записи дел</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <location filename="../../ui/unlock.py" line="106"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <source>Open a &amp;different database…</source>
        <translation>Открыть &amp;другую базу данных…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="109"/>
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Подождите %n секунду</numerusform>
            <numerusform>Подождите %n секунды</numerusform>
            <numerusform>Подождите %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113"/>
        <source>Choose a data folder</source>
        <translation>Выберите папку с данными</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../domain/dates.py" line="66"/>
        <source>{field}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field}: «{value}» — не дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="19"/>
        <source>The operation failed.</source>
        <translation>Операция не выполнена.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="58"/>
        <source>{field} must be an object.</source>
        <translation>{field}: ожидается объект.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="63"/>
        <source>{field} is not a known field.</source>
        <translation>{field}: неизвестное поле.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="72"/>
        <source>{field} must be a list.</source>
        <translation>{field}: ожидается список.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="81"/>
        <source>{field} must be text.</source>
        <translation>{field}: ожидается текст.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="84"/>
        <location filename="../../domain/interchange.py" line="94"/>
        <location filename="../../services/cases.py" line="49"/>
        <source>{field} is required.</source>
        <translation>{field}: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="86"/>
        <source>{field} is too long.</source>
        <translation>{field}: слишком длинное значение.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="105"/>
        <source>{field} must be a date in the form YYYY-MM-DD that exists.</source>
        <translation>{field}: ожидается существующая дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="124"/>
        <source>{field} must be one of: {allowed}.</source>
        <translation>{field}: допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="143"/>
        <source>{field} must be &apos;{expected}&apos;.</source>
        <translation>{field}: ожидается «{expected}».</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="152"/>
        <source>{field} repeats the number of cases[{other}].</source>
        <translation>{field}: номер дела совпадает с номером в cases[{other}].</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="165"/>
        <source>{field} may hold only letters, digits and - / _ . (at most 32).</source>
        <translation>{field}: допускаются только буквы, цифры и - / _ . (не более 32 символов).</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="204"/>
        <location filename="../../services/cases.py" line="53"/>
        <source>{field} is not a valid IIN: it needs 12 digits with a correct check digit.</source>
        <translation>{field}: неверный ИИН — нужно 12 цифр с правильной контрольной цифрой.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="210"/>
        <source>{field} is not a phone number.</source>
        <translation>{field}: это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="246"/>
        <source>{field} does not name a protection order of this case.</source>
        <translation>{field}: в этом деле нет такого защитного предписания.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="258"/>
        <source>{field} is before the order was issued ({issued_on}).</source>
        <translation>{field}: дата раньше даты вынесения предписания ({issued_on}).</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="266"/>
        <source>{field} is after the order expired ({expires_on}).</source>
        <translation>{field}: дата позже окончания срока предписания ({expires_on}).</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="282"/>
        <source>{field} must be a whole number from 0 to 20.</source>
        <translation>{field}: ожидается целое число от 0 до 20.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="56"/>
        <source>{field}: the expiry date {date} is before the issue date {earlier}.</source>
        <translation>{field}: дата окончания {date} раньше даты вынесения {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="64"/>
        <source>{field}: a protection order lasts at most {days} days, so the latest allowed expiry date is {latest}.</source>
        <translation>{field}: защитное предписание действует не более {days} дней, поэтому дата окончания — не позднее {latest}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="76"/>
        <source>{field}: the date of serving {date} is before the issue date {earlier}.</source>
        <translation>{field}: дата вручения {date} раньше даты вынесения {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="84"/>
        <source>{field}: the revocation date {date} is before the issue date {earlier}.</source>
        <translation>{field}: дата отмены {date} раньше даты вынесения {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="99"/>
        <source>{field}: the police check date {date} is before the order&apos;s issue date {earlier}.</source>
        <translation>{field}: дата проверки полиции {date} раньше даты вынесения предписания {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="107"/>
        <source>{field}: the police check date {date} is after the order&apos;s expiry date {later}.</source>
        <translation>{field}: дата проверки полиции {date} позже даты окончания предписания {later}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="122"/>
        <source>{field}: the end date {date} is before the start date {earlier}.</source>
        <translation>{field}: дата окончания {date} раньше даты начала {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="134"/>
        <source>{field}: the departure date {date} is before the admission date {earlier}.</source>
        <translation>{field}: дата выбытия {date} раньше даты поступления {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="141"/>
        <source>{field}: the number of children must be between {low} and {high}.</source>
        <translation>{field}: число детей должно быть от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="155"/>
        <source>{field}: the expiry date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: дата окончания {date} раньше даты согласия {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="163"/>
        <source>{field}: the withdrawal date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: дата отзыва {date} раньше даты согласия {earlier}.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="60"/>
        <source>{field} is before the case was opened.</source>
        <translation>{field}: дата раньше даты открытия дела.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="106"/>
        <source>Case number {number} exists already.</source>
        <translation>Дело с номером {number} уже существует.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="135"/>
        <source>Case {number} is not assigned to you.</source>
        <translation>Дело {number} не закреплено за вами.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="26"/>
        <source>Too many wrong passwords: try again in {seconds} seconds.</source>
        <translation>Слишком много неверных паролей: повторите попытку через {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="32"/>
        <source>Your account may not do this.</source>
        <translation>У вашей учётной записи нет прав на это действие.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="36"/>
        <source>There is no case {number}.</source>
        <translation>Дело {number} не найдено.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="40"/>
        <source>This case was changed by {who} at {when}: reload it and make your change again.</source>
        <translation>Это дело изменил(а) {who} ({when}): откройте его заново и внесите свои изменения ещё раз.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="46"/>
        <source>Record {record} is damaged: its field &apos;{column}&apos; cannot be decrypted.</source>
        <translation>Запись {record} повреждена: поле «{column}» не удаётся расшифровать.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="52"/>
        <source>The database file is damaged or is not a caseapp database.</source>
        <translation>Файл базы данных повреждён или не является базой данных caseapp.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="28"/>
        <source>The file is too large to import.</source>
        <translation>Файл слишком большой для импорта.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="33"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="37"/>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="41"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Файл не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="46"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>Файл не является корректным JSON (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="73"/>
        <source>{field}: case number {number} exists already.</source>
        <translation>{field}: дело с номером {number} уже существует.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="64"/>
        <source>There is no caseapp database in that folder: create one with &apos;caseapp init&apos;.</source>
        <translation>В этой папке нет базы данных caseapp: создайте её командой «caseapp init».</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="84"/>
        <source>The database is locked.</source>
        <translation>База данных заблокирована.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="144"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="149"/>
        <source>The password is too simple: use more different characters.</source>
        <translation>Пароль слишком простой: используйте больше разных символов.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="159"/>
        <source>A user name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>Имя пользователя может содержать только буквы, цифры и . _ - @ (не более 64 символов).</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="179"/>
        <source>This database is already set up; it was left unchanged.</source>
        <translation>Эта база данных уже настроена; она оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="182"/>
        <source>The organisation needs a name.</source>
        <translation>Укажите название организации.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="279"/>
        <source>The recovery key is wrong.</source>
        <translation>Неверный ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="283"/>
        <source>There is no such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="316"/>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>Имя пользователя «{name}» уже занято.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../ui/models.py" line="34"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="35"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="39"/>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="40"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="41"/>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="50"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="51"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="52"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="54"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="55"/>
        <source>Order in force</source>
        <translation>Действует предписание</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="56"/>
        <source>In shelter</source>
        <translation>В приюте</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="57"/>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="129"/>
        <location filename="../../ui/models.py" line="132"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="141"/>
        <source>Police check overdue</source>
        <translation>Проверка полиции просрочена</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="142"/>
        <source>Police check due</source>
        <translation>Срок проверки полиции</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="143"/>
        <source>Order expiring</source>
        <translation>Истекает срок предписания</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="144"/>
        <source>Order not served</source>
        <translation>Предписание не вручено</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="145"/>
        <source>Shelter limit near</source>
        <translation>Скоро истекает срок пребывания в приюте</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="146"/>
        <source>Shelter limit passed</source>
        <translation>Срок пребывания в приюте истёк</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="147"/>
        <source>Consent expiring</source>
        <translation>Истекает срок согласия</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="150"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="151"/>
        <source>Due</source>
        <translation>Срок наступил</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="152"/>
        <source>Expiring</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="163"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="164"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="165"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="166"/>
        <source>What</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="167"/>
        <source>Reference</source>
        <translation>Номер предписания</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="213"/>
        <source>(%1 d ago)</source>
        <translation>(%1 дн. назад)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="217"/>
        <source>(in %1 d)</source>
        <translation>(через %1 дн.)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="221"/>
        <source>(today)</source>
        <translation>(сегодня)</translation>
    </message>
</context>
</TS>
