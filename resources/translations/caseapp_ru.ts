<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="81"/>
        <source>The first administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="82"/>
        <source>This account manages staff, settings and backups.</source>
        <translation>Эта учётная запись управляет сотрудниками, настройками и резервными копиями.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="91"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="92"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="93"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="94"/>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="132"/>
        <source>Add an account</source>
        <translation>Добавление учётной записи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="139"/>
        <source>&amp;Offices:</source>
        <translation>Фи&amp;лиалы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="140"/>
        <source>&amp;Shelter staff: sees rooms and where residents went</source>
        <translation>&amp;Сотрудник приюта: видит комнаты и куда ушли проживавшие</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="135"/>
        <location filename="../../caseapp/ui/letters/address_book.py" line="209"/>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="136"/>
        <source>&amp;Office:</source>
        <translation>&amp;Филиал:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="137"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="138"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="139"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="172"/>
        <source>Only an administrator or this office&apos;s staff change its address book.</source>
        <translation>Адресную книгу филиала изменяют только администратор и сотрудники этого филиала.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="211"/>
        <source>Remove “%1” from the address book? Letters already issued keep what they printed.</source>
        <translation>Удалить «%1» из адресной книги? В уже выданных письмах останется то, что в них напечатано.</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="43"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="44"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="45"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="46"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
</context>
<context>
    <name>AddressEntryDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="123"/>
        <source>New address book entry</source>
        <translation>Новый адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="123"/>
        <source>Address book entry</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="130"/>
        <source>&amp;Kind of recipient:</source>
        <translation>&amp;Вид адресата:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="133"/>
        <source>Write each text as the letter is to print it in that language, declined as an addressee line is (to whom: «To the Head of …»). A letter prints the position, the body, the name and the address, in that order.</source>
        <translation>Пишите каждый текст так, как он должен быть напечатан в письме на этом языке, в дательном падеже, как пишется адресат (кому: «Начальнику …»). В письме печатаются должность, орган, имя и адрес — в этом порядке.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="139"/>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="140"/>
        <source>&amp;Name of the official:</source>
        <translation>&amp;Имя должностного лица:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="141"/>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="142"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="147"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="148"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
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
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="29"/>
        <source>Medical organisation</source>
        <translation>Медицинская организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="30"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="31"/>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="32"/>
        <source>Social protection</source>
        <translation>Социальная защита</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="33"/>
        <source>Family support centre</source>
        <translation>Центр поддержки семьи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="36"/>
        <source>Guardianship body</source>
        <translation>Орган опеки и попечительства</translation>
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
        <translation>как в тексте письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="84"/>
        <source>The body or official the letter goes to, one line each, as it is to print.</source>
        <translation>Орган или должностное лицо, которому направляется письмо, построчно, как должно быть напечатано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="86"/>
        <source>The office&apos;s address book, and the order&apos;s police unit</source>
        <translation>Адресная книга филиала и орган полиции, вынесший предписание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="87"/>
        <source>Add to address &amp;book…</source>
        <translation>Добавить в адресную &amp;книгу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="88"/>
        <source>Keep this addressee in the office&apos;s address book</source>
        <translation>Сохранить этого адресата в адресной книге филиала</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="121"/>
        <source>From the order: %1</source>
        <translation>Из предписания: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="122"/>
        <source>As the letter&apos;s text says</source>
        <translation>Как в тексте письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="145"/>
        <source>This entry has nothing in the letter&apos;s language: write the addressee here.</source>
        <translation>У этого адресата нет текста на языке письма: впишите адресата здесь.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="220"/>
        <source>Admit to the shelter</source>
        <translation>Приём в приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="226"/>
        <source>Admitted on:</source>
        <translation>Дата поступления:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="227"/>
        <source>Room and bed:</source>
        <translation>Комната и место:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="228"/>
        <source>Children with her:</source>
        <translation>Дети с ней:</translation>
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
        <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="126"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="128"/>
        <source>Save a &amp;copy outside…</source>
        <translation>Сохранить &amp;копию вне программы…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="130"/>
        <source>Strike out file…</source>
        <translation>Вычеркнуть файл…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="133"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="134"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="135"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="136"/>
        <source>Added on</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="137"/>
        <source>By</source>
        <translation>Кто добавил</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="143"/>
        <location filename="../../caseapp/ui/case/attachments.py" line="173"/>
        <source>Choose a file and Preview: it opens here, from memory.</source>
        <translation>Выберите файл и нажмите «Просмотр»: он откроется здесь, из памяти.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="194"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="196"/>
        <source>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Сканы, фото и PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="213"/>
        <source>%1 is larger than 50 MB and was not attached.</source>
        <translation>%1 больше 50 МБ и не прикреплён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="221"/>
        <source>%1 could not be read.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="234"/>
        <source>Files attached: %1.</source>
        <translation>Прикреплено файлов: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="261"/>
        <source>This kind of file cannot be shown here; save a copy outside to open it.</source>
        <translation>Такой файл здесь не показать; чтобы открыть его, сохраните копию вне программы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="276"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="284"/>
        <source>A copy outside the program</source>
        <translation>Копия вне программы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="285"/>
        <source>The copy will not be encrypted: anyone who can open that folder can read it. Save it only where it must go, and delete it when done. The case&apos;s history records that you saved it. Save a copy?</source>
        <translation>Копия не будет зашифрована: её сможет прочитать любой, кто откроет эту папку. Сохраняйте её только туда, где она действительно нужна, и удалите, когда закончите. История дела запишет, что вы её сохранили. Сохранить копию?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="307"/>
        <source>A copy was saved to %1.</source>
        <translation>Копия сохранена: %1.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="98"/>
        <source>A backup is one encrypted file. Keep it on a USB stick away from this computer; with the recovery key it restores on any computer.</source>
        <translation>Резервная копия — это один зашифрованный файл. Храните его на USB-накопителе отдельно от этого компьютера: с ключом восстановления копию можно восстановить на любом компьютере.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="102"/>
        <source>&amp;Make a backup now…</source>
        <translation>&amp;Создать резервную копию сейчас…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="103"/>
        <source>&amp;Check a backup…</source>
        <translation>&amp;Проверить резервную копию…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="104"/>
        <source>Remind me when the last backup is older than (days):</source>
        <translation>Напоминать, если последней резервной копии больше (дней):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="105"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>By</source>
        <translation>Кто создал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="120"/>
        <source>This database is on a server: its administrator backs it up with the server&apos;s own tools (pg_dump or continuous archiving). The backups made here are for a database in a data folder.</source>
        <translation>Эта база данных находится на сервере: её резервные копии делает администратор сервера его собственными средствами (pg_dump или непрерывное архивирование). Резервные копии, которые делаются здесь, — для базы данных в папке с данными.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="131"/>
        <source>No backup has been made yet.</source>
        <translation>Резервная копия ещё не создавалась.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="134"/>
        <source>Last backup: %1 by %2.</source>
        <translation>Последняя резервная копия: %1, создал(а) %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="139"/>
        <source>A backup is due.</source>
        <translation>Пора сделать резервную копию.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="162"/>
        <source>Save the backup</source>
        <translation>Сохранение резервной копии</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="164"/>
        <location filename="../../caseapp/ui/backup_page.py" line="183"/>
        <source>caseapp backup (*%1)</source>
        <translation>Резервная копия caseapp (*%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="173"/>
        <source>Making the backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="174"/>
        <source>The backup is saved and checked.</source>
        <translation>Резервная копия сохранена и проверена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="181"/>
        <source>Check a backup</source>
        <translation>Проверка резервной копии</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="190"/>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="191"/>
        <source>The backup is complete and undamaged.</source>
        <translation>Резервная копия полная и не повреждена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="195"/>
        <source>Backup</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="215"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="147"/>
        <source>Correct the call</source>
        <translation>Исправить обращение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="147"/>
        <source>A call or visit</source>
        <translation>Звонок или визит</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="158"/>
        <source>when a case was opened for her</source>
        <translation>если на неё открыто дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="159"/>
        <source>no name is needed</source>
        <translation>имя не требуется</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="163"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Способ связи:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="164"/>
        <source>&amp;Who called:</source>
        <translation>&amp;Кто обратился:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="165"/>
        <source>&amp;Violence mentioned:</source>
        <translation>&amp;Названное насилие:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="166"/>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="167"/>
        <source>What was &amp;given:</source>
        <translation>&amp;Оказанная помощь:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="168"/>
        <source>C&amp;ase:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="169"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="170"/>
        <source>D&amp;ay:</source>
        <translation>Д&amp;ень:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="171"/>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
</context>
<context>
    <name>CaseChildren</name>
    <message>
        <location filename="../../caseapp/ui/case/children.py" line="45"/>
        <source>Her children:</source>
        <translation>Её дети:</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="102"/>
        <source>Case opened</source>
        <translation>Дело открыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="103"/>
        <source>Case viewed</source>
        <translation>Дело просмотрено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="104"/>
        <source>Case changed</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="105"/>
        <source>Moved to another office</source>
        <translation>Переведено в другой филиал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="106"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="107"/>
        <source>Note added</source>
        <translation>Добавлена заметка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="108"/>
        <source>Note corrected</source>
        <translation>Заметка исправлена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="109"/>
        <source>Service recorded</source>
        <translation>Услуга записана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="110"/>
        <source>Service corrected</source>
        <translation>Услуга исправлена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="111"/>
        <source>Record struck out</source>
        <translation>Запись вычеркнута</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="112"/>
        <source>Case deleted</source>
        <translation>Дело удалено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="113"/>
        <source>Letter issued</source>
        <translation>Оформлено письмо</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="114"/>
        <source>Letter issued without consent (emergency override)</source>
        <translation>Письмо оформлено без согласия клиента (экстренный порядок)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="117"/>
        <source>Admitted to the shelter</source>
        <translation>Размещена в приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="118"/>
        <source>Left the shelter</source>
        <translation>Выбыла из приюта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="119"/>
        <source>Case summary printed</source>
        <translation>Напечатана сводка по делу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="120"/>
        <source>Risk assessed</source>
        <translation>Риск оценён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="121"/>
        <source>Safety plan made</source>
        <translation>Составлен план безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="122"/>
        <source>Safety plan printed for her</source>
        <translation>План безопасности распечатан для неё</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="123"/>
        <source>File attached</source>
        <translation>Прикреплён файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="124"/>
        <source>Attached file viewed</source>
        <translation>Просмотрен прикреплённый файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="125"/>
        <source>Copy of an attached file saved outside the program</source>
        <translation>Копия прикреплённого файла сохранена вне программы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="22"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="23"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="24"/>
        <source>Perpetrator</source>
        <translation>Обидчик</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="25"/>
        <source>Protection order</source>
        <translation>Защитное предписание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="26"/>
        <source>Police check</source>
        <translation>Проверка полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="27"/>
        <source>Court requirements</source>
        <translation>Требования суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="28"/>
        <source>Shelter stay</source>
        <translation>Пребывание в приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="29"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="30"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="31"/>
        <location filename="../../caseapp/ui/record_words.py" line="71"/>
        <location filename="../../caseapp/ui/record_words.py" line="105"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="32"/>
        <source>Risk assessment</source>
        <translation>Оценка риска</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="33"/>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="34"/>
        <source>Attachment</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="35"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="40"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="41"/>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="42"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="43"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="44"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="45"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="46"/>
        <source>Safe contact</source>
        <translation>Безопасный контакт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="47"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="48"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="49"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="50"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="51"/>
        <source>Outcome of the support</source>
        <translation>Итог сопровождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="52"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="53"/>
        <source>Violence</source>
        <translation>Насилие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="54"/>
        <source>Case summary</source>
        <translation>Краткое описание дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="55"/>
        <source>Counted in statistics</source>
        <translation>Учитывается в статистике</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="56"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="57"/>
        <source>Relationship</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="58"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="59"/>
        <source>Issued on</source>
        <translation>Дата вынесения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="60"/>
        <source>Expires on</source>
        <translation>Срок действия до</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="61"/>
        <source>Served on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="62"/>
        <source>Revoked on</source>
        <translation>Дата отмены</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="63"/>
        <source>Issuing police unit</source>
        <translation>Подразделение полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="64"/>
        <source>Responsible officer</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="65"/>
        <source>Officer&apos;s phone</source>
        <translation>Телефон сотрудника</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="66"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="67"/>
        <source>Date of the check</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="68"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="69"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="70"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="72"/>
        <source>Starts on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="73"/>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="74"/>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="75"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="76"/>
        <source>Admitted on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="77"/>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="78"/>
        <source>Room and bed</source>
        <translation>Комната и место</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="79"/>
        <source>Her children</source>
        <translation>Её дети</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="80"/>
        <source>Accompanying children</source>
        <translation>Дети вместе с клиентом</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="81"/>
        <source>Children with her</source>
        <translation>Дети с ней</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="82"/>
        <source>Reason for leaving</source>
        <translation>Причина выбытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="83"/>
        <source>Where she went</source>
        <translation>Куда выбыла</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="84"/>
        <source>Extended to</source>
        <translation>Продлено до</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="85"/>
        <source>Reason for the extension</source>
        <translation>Основание продления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="86"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="87"/>
        <source>Given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="88"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="89"/>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="90"/>
        <source>Date it happened</source>
        <translation>Дата инцидента</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="91"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="92"/>
        <source>Reported to the police</source>
        <translation>Сообщено в полицию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="93"/>
        <location filename="../../caseapp/ui/record_words.py" line="101"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="94"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="95"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="96"/>
        <source>Assessed on</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="97"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="98"/>
        <source>Made on</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="99"/>
        <source>Added on</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="100"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="102"/>
        <source>Kind of service</source>
        <translation>Вид услуги</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="103"/>
        <source>Given by</source>
        <translation>Кто оказал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="104"/>
        <source>Duration, minutes</source>
        <translation>Продолжительность, минут</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="176"/>
        <source>%1: added</source>
        <translation>%1: добавлено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="177"/>
        <source>%1: struck out. Reason: %2</source>
        <translation>%1: вычеркнуто. Причина: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="178"/>
        <source>The case was deleted. Reason: %1</source>
        <translation>Дело удалено. Причина: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="179"/>
        <source>%1 changed (kept in the shelter&apos;s records only)</source>
        <translation>%1: изменено (хранится только в записях приюта)</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="87"/>
        <source>Search by name, alias, IIN or phone…</source>
        <translation>Поиск по имени, псевдониму, ИИН или телефону…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="91"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="92"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="93"/>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="99"/>
        <source>Anyone&apos;s</source>
        <translation>Любого сотрудника</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="105"/>
        <source>Order in force</source>
        <translation>Действует предписание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="106"/>
        <source>In shelter</source>
        <translation>В приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="120"/>
        <source>All offices</source>
        <translation>Все филиалы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="67"/>
        <source>Admit to the shelter: choose the case</source>
        <translation>Приём в приют: выберите дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="68"/>
        <source>&amp;Search by name, alias, IIN or phone:</source>
        <translation>&amp;Поиск по имени, псевдониму, ИИН или телефону:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="101"/>
        <source>Type at least part of a name.</source>
        <translation>Введите хотя бы часть имени.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="103"/>
        <source>No case found.</source>
        <translation>Дела не найдены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="105"/>
        <source>Choose the case and press OK.</source>
        <translation>Выберите дело и нажмите OK.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="151"/>
        <location filename="../../caseapp/ui/case/window.py" line="282"/>
        <source>Case %1 — %2</source>
        <translation>Дело %1 — %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="12"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="13"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="14"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="15"/>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="16"/>
        <source>Protection orders</source>
        <translation>Защитные предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="17"/>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="18"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="19"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="20"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="21"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="162"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="163"/>
        <source>&amp;Letter…</source>
        <translation>Пись&amp;мо…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="164"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Печать сводки…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="166"/>
        <source>Issue a referral letter about this case (Ctrl+Shift+L)</source>
        <translation>Оформить письмо-направление по этому делу (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="60"/>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="61"/>
        <source>Alias:</source>
        <translation>Псевдоним:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="62"/>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="63"/>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="64"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="65"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="66"/>
        <source>Safe contact:</source>
        <translation>Безопасный контакт:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="68"/>
        <source>Office:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="71"/>
        <source>&amp;Move to another office…</source>
        <translation>Перевести в другой &amp;филиал…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="168"/>
        <source>Delete case…</source>
        <translation>Удалить дело…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="170"/>
        <source>Delete this case, with the reason (administrators; the history keeps it)</source>
        <translation>Удалить это дело с указанием причины (администраторы; история дела сохраняется)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="117"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="25"/>
        <location filename="../../caseapp/ui/record_words.py" line="161"/>
        <source>Physical</source>
        <translation>Физическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="118"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="26"/>
        <location filename="../../caseapp/ui/record_words.py" line="162"/>
        <source>Psychological</source>
        <translation>Психологическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="119"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="27"/>
        <location filename="../../caseapp/ui/record_words.py" line="163"/>
        <source>Sexual</source>
        <translation>Сексуальное</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="120"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="28"/>
        <location filename="../../caseapp/ui/record_words.py" line="164"/>
        <source>Economic</source>
        <translation>Экономическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="126"/>
        <location filename="../../caseapp/ui/record_words.py" line="149"/>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="127"/>
        <location filename="../../caseapp/ui/record_words.py" line="150"/>
        <source>Former spouse</source>
        <translation>Бывший супруг(а)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="128"/>
        <location filename="../../caseapp/ui/record_words.py" line="151"/>
        <source>Cohabiting partner</source>
        <translation>Совместно проживающий партнёр</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="129"/>
        <location filename="../../caseapp/ui/record_words.py" line="152"/>
        <source>Former partner</source>
        <translation>Бывший партнёр</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="130"/>
        <location filename="../../caseapp/ui/record_words.py" line="153"/>
        <source>Close relative</source>
        <translation>Близкий родственник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="131"/>
        <location filename="../../caseapp/ui/record_words.py" line="154"/>
        <source>Has a child in common</source>
        <translation>Есть общий ребёнок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="132"/>
        <location filename="../../caseapp/ui/record_words.py" line="155"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="136"/>
        <location filename="../../caseapp/ui/record_words.py" line="129"/>
        <location filename="../../caseapp/ui/record_words.py" line="139"/>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="137"/>
        <location filename="../../caseapp/ui/record_words.py" line="130"/>
        <location filename="../../caseapp/ui/record_words.py" line="140"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="138"/>
        <location filename="../../caseapp/ui/record_words.py" line="131"/>
        <location filename="../../caseapp/ui/record_words.py" line="141"/>
        <source>Standard</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="139"/>
        <location filename="../../caseapp/ui/record_words.py" line="132"/>
        <location filename="../../caseapp/ui/record_words.py" line="142"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="140"/>
        <location filename="../../caseapp/ui/record_words.py" line="133"/>
        <location filename="../../caseapp/ui/record_words.py" line="143"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="122"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="123"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="146"/>
        <source>Opened on:</source>
        <translation>Дата открытия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="147"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="148"/>
        <source>Risk:</source>
        <translation>Риск:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="149"/>
        <source>Violence:</source>
        <translation>Насилие:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="150"/>
        <source>Perpetrator:</source>
        <translation>Обидчик:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="151"/>
        <source>Relationship:</source>
        <translation>Кем приходится:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="152"/>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="153"/>
        <source>Statistics:</source>
        <translation>Статистика:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="156"/>
        <source>Counted in statistics (she may refuse)</source>
        <translation>Учитывать в статистике (она вправе отказаться)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="158"/>
        <source>Reports count cases only; untick when she does not want her case counted.</source>
        <translation>Отчёты содержат только числа; снимите флажок, если она не хочет, чтобы её дело учитывалось.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="184"/>
        <source>Outcome: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="190"/>
        <source>&amp;Reopen the case…</source>
        <translation>&amp;Открыть дело снова…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="192"/>
        <source>&amp;Close the case…</source>
        <translation>&amp;Закрыть дело…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="203"/>
        <source>Reopen the case</source>
        <translation>Открыть дело снова</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="204"/>
        <source>Reopen case %1? Its closing date, reason and outcome are cleared; the case&apos;s history keeps them.</source>
        <translation>Открыть дело %1 снова? Дата, причина и итог закрытия будут очищены; история дела их сохранит.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="235"/>
        <source>The latest risk assessment&apos;s level (the Risk tab)</source>
        <translation>Уровень последней оценки риска (вкладка «Риск»)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="156"/>
        <source>The note was corrected.</source>
        <translation>Заметка исправлена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="171"/>
        <source>The note was struck out; the history keeps it.</source>
        <translation>Заметка вычеркнута; она сохраняется в истории дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="85"/>
        <source>Protection orders (up to 30 days; police check every 7 days)</source>
        <translation>Защитные предписания (не более 30 дней; проверка полиции каждые 7 дней)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="87"/>
        <source>Police checks of the selected order</source>
        <translation>Проверки полиции по выбранному предписанию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="89"/>
        <source>Court special requirements on the perpetrator</source>
        <translation>Особые требования суда к обидчику</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="91"/>
        <source>&amp;New order…</source>
        <translation>&amp;Новое предписание…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="93"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Изменить предписание…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="93"/>
        <source>Strike out order…</source>
        <translation>Вычеркнуть предписание…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="95"/>
        <source>&amp;Record a check…</source>
        <translation>&amp;Записать проверку…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="97"/>
        <source>Edit check…</source>
        <translation>Исправить проверку…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="97"/>
        <source>Strike out check…</source>
        <translation>Вычеркнуть проверку…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="99"/>
        <source>Add requirements…</source>
        <translation>Добавить требования…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="101"/>
        <source>Edit requirements…</source>
        <translation>Исправить требования…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="102"/>
        <source>Strike out requirements…</source>
        <translation>Вычеркнуть требования…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="124"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="125"/>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="126"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="127"/>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="61"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Принять…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="62"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Выписать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="63"/>
        <source>E&amp;xtend the stay…</source>
        <translation>Про&amp;длить пребывание…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="65"/>
        <source>Record an approved extension past the six-month limit</source>
        <translation>Записать одобренное продление сверх шестимесячного срока</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="68"/>
        <source>Edit stay…</source>
        <translation>Исправить пребывание…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="68"/>
        <source>Strike out stay…</source>
        <translation>Вычеркнуть пребывание…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="182"/>
        <source>Add a &amp;consent…</source>
        <translation>&amp;Добавить согласие…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="163"/>
        <source>Incident log</source>
        <translation>Журнал инцидентов</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="164"/>
        <source>Add an &amp;incident…</source>
        <translation>Добавить &amp;инцидент…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="166"/>
        <source>Edit incident…</source>
        <translation>Исправить инцидент…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="167"/>
        <source>Strike out incident…</source>
        <translation>Вычеркнуть инцидент…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="172"/>
        <source>Violence</source>
        <translation>Насилие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="173"/>
        <source>Reported to the police</source>
        <translation>Сообщено в полицию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="174"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="106"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="107"/>
        <source>Issued</source>
        <translation>Вынесено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="108"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="109"/>
        <source>Served</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="110"/>
        <source>Revoked</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="111"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="171"/>
        <location filename="../../caseapp/ui/case/notes.py" line="96"/>
        <location filename="../../caseapp/ui/case_orders.py" line="116"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="117"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="74"/>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="190"/>
        <source>Given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="119"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="118"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="72"/>
        <source>Admitted</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="73"/>
        <source>Six-month limit</source>
        <translation>Шестимесячный срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="75"/>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="76"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="77"/>
        <source>Extended to</source>
        <translation>Продлено до</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="78"/>
        <source>Reason for the extension</source>
        <translation>Основание продления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="184"/>
        <source>Edit or withdraw consent…</source>
        <translation>Исправить или отозвать согласие…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="185"/>
        <source>Strike out consent…</source>
        <translation>Вычеркнуть согласие…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="189"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="191"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="192"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="81"/>
        <source>Case summary (saved with the case):</source>
        <translation>Краткое описание дела (сохраняется вместе с делом):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="82"/>
        <source>Dated notes (saved at once, signed):</source>
        <translation>Заметки с датой (сохраняются сразу, с подписью автора):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="83"/>
        <source>Add &amp;note</source>
        <translation>Доб&amp;авить заметку</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="85"/>
        <source>Correct note…</source>
        <translation>Исправить заметку…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="85"/>
        <source>Strike out note…</source>
        <translation>Вычеркнуть заметку…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="90"/>
        <location filename="../../caseapp/ui/case/notes.py" line="110"/>
        <location filename="../../caseapp/ui/record_words.py" line="170"/>
        <source>Case note</source>
        <translation>Заметка по делу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="91"/>
        <location filename="../../caseapp/ui/case/notes.py" line="111"/>
        <location filename="../../caseapp/ui/record_words.py" line="171"/>
        <source>Legal note</source>
        <translation>Юридическая заметка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="97"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="98"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="99"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="258"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="260"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="134"/>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="226"/>
        <location filename="../../caseapp/ui/case/window.py" line="307"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Пожалуйста, исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="235"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="259"/>
        <source>Struck out. The case&apos;s history keeps the record.</source>
        <translation>Вычеркнуто. Запись сохраняется в истории дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="350"/>
        <source>Save your changes before moving the case.</source>
        <translation>Сохраните изменения, прежде чем переводить дело.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="366"/>
        <source>The case is now in %1.</source>
        <translation>Дело теперь в филиале «%1».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="397"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="398"/>
        <source>Save the changes to this case?</source>
        <translation>Сохранить изменения в этом деле?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="158"/>
        <source>Record a police check</source>
        <translation>Запись проверки полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="158"/>
        <source>Correct a police check</source>
        <translation>Исправление проверки полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="171"/>
        <source>Home visit</source>
        <translation>Посещение на дому</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="172"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="173"/>
        <source>Summoned to the police</source>
        <translation>Вызов в полицию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="174"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="180"/>
        <source>Complied</source>
        <translation>Соблюдено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="181"/>
        <source>Violated</source>
        <translation>Нарушено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="182"/>
        <source>Not reached</source>
        <translation>Не удалось связаться</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="193"/>
        <source>Date of the check:</source>
        <translation>Дата проверки:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="194"/>
        <source>Officer:</source>
        <translation>Сотрудник полиции:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="195"/>
        <source>How:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="196"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="197"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="60"/>
        <source>Name or alias</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="60"/>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="61"/>
        <source>Add a &amp;child</source>
        <translation>Добавить &amp;ребёнка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="62"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="21"/>
        <source>Support plan completed: she is safe</source>
        <translation>План помощи выполнен: она в безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="24"/>
        <source>She chose to end the support</source>
        <translation>Она решила прекратить сопровождение</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="27"/>
        <source>Referred to another organisation</source>
        <translation>Передано в другую организацию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="30"/>
        <source>She moved out of the centre&apos;s region</source>
        <translation>Она переехала за пределы региона центра</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="33"/>
        <source>Contact lost despite attempts</source>
        <translation>Связь потеряна, несмотря на попытки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="36"/>
        <source>She returned to live with the offender</source>
        <translation>Она вернулась жить с обидчиком</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="39"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="51"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="53"/>
        <source>Closed on %1</source>
        <translation>Закрыто %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="65"/>
        <source>Close case %1</source>
        <translation>Закрытие дела %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="79"/>
        <source>What came of the support: the court&apos;s decision, where things stand…</source>
        <translation>Чем закончилось сопровождение: решение суда, как обстоят дела…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="83"/>
        <source>Closed &amp;on:</source>
        <translation>Дата &amp;закрытия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="84"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="85"/>
        <source>Out&amp;come:</source>
        <translation>&amp;Итог:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="283"/>
        <source>Consent to share personal data</source>
        <translation>Согласие на передачу персональных данных</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="288"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="289"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="290"/>
        <source>Forensic / medical</source>
        <translation>Судмедэкспертиза / медицинская организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="291"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="292"/>
        <source>Another shelter</source>
        <translation>Другой приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="293"/>
        <source>Social protection</source>
        <translation>Органы социальной защиты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="307"/>
        <source>Recipient:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="308"/>
        <source>Given on:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="309"/>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="310"/>
        <source>Withdrawn on:</source>
        <translation>Дата отзыва:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="131"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="60"/>
        <source>My details</source>
        <translation>Мои данные</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="62"/>
        <source>Letters you issue print your phone beside your name as the executor (without it, the organisation&apos;s phone), and your position in the signature when the organisation has no director.</source>
        <translation>В письмах, которые вы выпускаете, рядом с вашим именем как исполнителя печатается ваш телефон (если его нет — телефон организации), а в подписи — ваша должность, если у организации не указан директор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="67"/>
        <source>Details of %1</source>
        <translation>Данные пользователя %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="69"/>
        <source>Letters this person issues print her phone beside her name as the executor (without it, the organisation&apos;s phone), and her position in the signature when the organisation has no director.</source>
        <translation>В письмах, которые выпускает этот сотрудник, рядом с его именем как исполнителя печатается его телефон (если его нет — телефон организации), а в подписи — его должность, если у организации не указан директор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="74"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="75"/>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="76"/>
        <source>P&amp;hone:</source>
        <translation>Те&amp;лефон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="79"/>
        <source>Could not be read; type it again.</source>
        <translation>Не удалось прочитать; введите заново.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="249"/>
        <source>Discharge from the shelter</source>
        <translation>Выбытие из приюта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="257"/>
        <source>Departure date:</source>
        <translation>Дата выбытия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="258"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="259"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Куда выбывает (хранится в зашифрованном виде, никогда не печатается):</translation>
    </message>
</context>
<context>
    <name>DistrictsDialog</name>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="60"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="61"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="62"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="63"/>
        <source>&amp;Take off the list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../caseapp/ui/error_hook.py" line="22"/>
        <source>An unexpected error stopped this action ({error}). What was saved before is kept; try again, and tell your administrator if it happens again.</source>
        <translation>Непредвиденная ошибка прервала это действие ({error}). Сохранённое ранее не потеряно; повторите попытку и сообщите администратору, если это повторится.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="22"/>
        <source>Extend the stay</source>
        <translation>Продление пребывания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="31"/>
        <source>Six-month limit:</source>
        <translation>Шестимесячный срок:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="32"/>
        <source>Extended to:</source>
        <translation>Продлено до:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="33"/>
        <source>Reason (who approved it, why):</source>
        <translation>Основание (кто одобрил и почему):</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="50"/>
        <source>Forgot the password?</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="53"/>
        <source>With the recovery key printed when the database was set up, an administrator&apos;s account gets a new password. Her old password stops working. The others&apos; passwords are then set by her on the Staff page.</source>
        <translation>С ключом восстановления, напечатанным при создании базы, учётная запись администратора получает новый пароль. Старый пароль перестаёт действовать. Пароли остальных затем задаёт она на странице «Сотрудники».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="58"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="59"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>&amp;Имя пользователя администратора:</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="77"/>
        <source>◀ Previous day</source>
        <translation>◀ Предыдущий день</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="78"/>
        <source>Alt+Left</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="79"/>
        <source>Next day ▶</source>
        <translation>Следующий день ▶</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="80"/>
        <source>Alt+Right</source>
        <translation>Alt+→</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="81"/>
        <source>&amp;New call…</source>
        <translation>&amp;Новое обращение…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="83"/>
        <source>Correct the call…</source>
        <translation>Исправить обращение…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="83"/>
        <source>Strike out the call…</source>
        <translation>Вычеркнуть обращение…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="86"/>
        <source>Districts…</source>
        <translation>Районы…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="89"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="90"/>
        <source>Channel</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="91"/>
        <source>Who called</source>
        <translation>Кто обратился</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="92"/>
        <source>Violence mentioned</source>
        <translation>Названное насилие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="93"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="94"/>
        <source>What was given</source>
        <translation>Оказанная помощь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="95"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="96"/>
        <source>Recorded by</source>
        <translation>Записал(а)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="140"/>
        <source>Calls on this day: %1</source>
        <translation>Обращений за день: %1</translation>
    </message>
</context>
<context>
    <name>IinField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="167"/>
        <source>Not a valid IIN (12 digits, check digit).</source>
        <translation>Неверный ИИН (12 цифр с контрольной цифрой).</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="30"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="30"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="44"/>
        <source>Storing %1 of %2 cases…</source>
        <translation>Сохранение дел: %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/import_job.py" line="51"/>
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Импортировано %n дело.</numerusform>
            <numerusform>Импортировано %n дела.</numerusform>
            <numerusform>Импортировано %n дел.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="54"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="334"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="339"/>
        <source>Physical</source>
        <translation>Физическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="340"/>
        <source>Psychological</source>
        <translation>Психологическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="341"/>
        <source>Sexual</source>
        <translation>Сексуальное</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="342"/>
        <source>Economic</source>
        <translation>Экономическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="351"/>
        <source>Reported to the police</source>
        <translation>Сообщено в полицию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="361"/>
        <source>Date it happened:</source>
        <translation>Дата инцидента:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="362"/>
        <source>Violence:</source>
        <translation>Насилие:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="364"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
</context>
<context>
    <name>IssuedLetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="61"/>
        <source>Letter %1 (case %2)</source>
        <translation>Письмо %1 (дело %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="65"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/records_tab.py" line="152"/>
        <location filename="../../caseapp/ui/forms.py" line="70"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Пожалуйста, исправьте поля, отмеченные красным.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="248"/>
        <location filename="../../caseapp/ui/letters/dialog.py" line="249"/>
        <source>Letter about case %1</source>
        <translation>Письмо по делу %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="252"/>
        <source>Issuing gives the letter the next number of the outgoing register and records it there at once, with its date, recipient and fingerprint, even if it is then neither saved nor printed.</source>
        <translation>При оформлении письму присваивается следующий номер журнала исходящих писем, и оно сразу записывается в журнал с датой, получателем и цифровым отпечатком — даже если потом его не сохранят и не распечатают.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="258"/>
        <source>The case has unsaved changes: the letter uses the case as last saved.</source>
        <translation>В деле есть несохранённые изменения: письмо составляется по последней сохранённой версии дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="261"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид письма:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="262"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="263"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="264"/>
        <source>Addr&amp;essee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="265"/>
        <source>In reply to No.:</source>
        <translation>На №:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="266"/>
        <source>of (date):</source>
        <translation>от (дата):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="267"/>
        <source>Court case No.:</source>
        <translation>№ судебного дела:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="268"/>
        <source>A&amp;ttachments (one a line):</source>
        <translation>Прил&amp;ожения (по одному в строке):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="269"/>
        <source>Paragraph about this &amp;case:</source>
        <translation>Абза&amp;ц об этом деле:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="271"/>
        <source>Printed before the letter&apos;s request, as written. Never write where she stays.</source>
        <translation>Печатается перед просьбой письма как написан. Никогда не указывайте, где она находится.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="41"/>
        <source>Emergency &amp;override (threat to life)</source>
        <translation>&amp;Экстренный порядок (угроза жизни)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="44"/>
        <source>Written &amp;reason why it cannot wait for consent (kept in the audit log):</source>
        <translation>&amp;Обоснование в письменной форме: почему нельзя дождаться согласия (сохраняется в журнале аудита):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="274"/>
        <source>&amp;Issue and preview</source>
        <translation>О&amp;формить и просмотреть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="276"/>
        <source>Takes the next outgoing number and records the letter in the register.</source>
        <translation>Присваивает следующий исходящий номер и записывает письмо в журнал.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="278"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="279"/>
        <source>Save the letter as a PDF file (Ctrl+S)</source>
        <translation>Сохранить письмо в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="280"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="281"/>
        <source>Print the letter (Ctrl+P)</source>
        <translation>Распечатать письмо (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="284"/>
        <source>The letter appears here once it is issued. It is kept in memory only: nothing is written to disk unless you save it.</source>
        <translation>Письмо появится здесь после оформления. Оно хранится только в памяти: на диск ничего не записывается, пока вы его не сохраните.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="44"/>
        <source>Outgoing No. %1</source>
        <translation>Исх. № %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="50"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="55"/>
        <source>The register keeps this fingerprint: it proves a file is the letter issued.</source>
        <translation>Этот цифровой отпечаток хранится в журнале: по нему можно подтвердить, что файл — именно оформленное письмо.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="64"/>
        <source>At least %1 characters; %2 more needed.</source>
        <translation>Не менее %1 символов; нужно ещё %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="73"/>
        <source>At least %1 characters.</source>
        <translation>Не менее %1 символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="392"/>
        <source>Letter %1 was issued with the emergency override and recorded in the outgoing register; the reason is kept in the audit log.</source>
        <translation>Письмо %1 оформлено в экстренном порядке и записано в журнал исходящих писем; обоснование сохранено в журнале аудита.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="396"/>
        <source>Letter %1 was issued and recorded in the outgoing register.</source>
        <translation>Письмо %1 оформлено и записано в журнал исходящих писем.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="53"/>
        <source>letter-%1.pdf</source>
        <translation>письмо-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="62"/>
        <location filename="../../caseapp/ui/letter_output.py" line="74"/>
        <source>Save the letter</source>
        <translation>Сохранение письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="64"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="71"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="83"/>
        <source>The letter could not be saved to %1 (%2).</source>
        <translation>Не удалось сохранить письмо в %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="89"/>
        <source>Letter %1 was saved to %2.</source>
        <translation>Письмо %1 сохранено в %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="102"/>
        <source>Letter %1</source>
        <translation>Письмо %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="138"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="142"/>
        <source>The printer refused a new page.</source>
        <translation>Принтер не принял новую страницу.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="121"/>
        <source>Letter %1 was sent to the printer.</source>
        <translation>Письмо %1 отправлено на печать.</translation>
    </message>
</context>
<context>
    <name>LetterFontBox</name>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="69"/>
        <source>Letters&apos; font</source>
        <translation>Шрифт писем</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="72"/>
        <source>Letters are set in a font that ships with caseapp, so they look the same on every computer. An administrator may choose another TrueType font with every Kazakh letter for this computer.</source>
        <translation>Письма набираются шрифтом, который поставляется с caseapp, поэтому на любом компьютере они выглядят одинаково. Администратор может выбрать для этого компьютера другой шрифт TrueType, в котором есть все казахские буквы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="77"/>
        <source>&amp;Choose a font file…</source>
        <translation>&amp;Выбрать файл шрифта…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="78"/>
        <source>Use the font that ships with caseapp</source>
        <translation>Использовать шрифт, который поставляется с caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="89"/>
        <source>In use: the font that ships with caseapp.</source>
        <translation>Используется шрифт, который поставляется с caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="91"/>
        <source>In use: %1</source>
        <translation>Используется: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="98"/>
        <source>Choose the letters&apos; font</source>
        <translation>Выберите шрифт писем</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="98"/>
        <source>TrueType fonts (*.ttf)</source>
        <translation>Шрифты TrueType (*.ttf)</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="12"/>
        <source>Police: checks of the order</source>
        <translation>Полиция: проверки предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="13"/>
        <source>Police: serve the order</source>
        <translation>Полиция: вручение предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="14"/>
        <source>Police: order violated</source>
        <translation>Полиция: нарушение предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="15"/>
        <source>Police: forensic medical examination</source>
        <translation>Полиция: судебно-медицинская экспертиза</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="18"/>
        <source>Court: special requirements</source>
        <translation>Суд: особые требования</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="19"/>
        <source>Medical examination and certificate</source>
        <translation>Медобследование и справка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="22"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="23"/>
        <source>Another shelter</source>
        <translation>Другой приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="24"/>
        <source>Social protection</source>
        <translation>Органы социальной защиты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="25"/>
        <source>Family support centre</source>
        <translation>Центр поддержки семьи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="26"/>
        <source>Report: a child at risk</source>
        <translation>Сообщение: ребёнок в опасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="27"/>
        <source>Her consent form, to sign</source>
        <translation>Согласие клиентки (на подпись)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="28"/>
        <source>Her statement to the police, to sign</source>
        <translation>Её заявление в полицию (на подпись)</translation>
    </message>
</context>
<context>
    <name>LetterPlaceholders</name>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="80"/>
        <source>the organisation&apos;s name in the letter&apos;s language</source>
        <translation>название организации на языке письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="82"/>
        <source>the client&apos;s full name</source>
        <translation>фамилия, имя и отчество клиента</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="83"/>
        <source>the client&apos;s IIN</source>
        <translation>ИИН клиента</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="86"/>
        <source>the client&apos;s date of birth, as 13.11.1990</source>
        <translation>дата рождения клиента, например 13.11.1990</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="90"/>
        <source>the full name of the person who committed the violence</source>
        <translation>фамилия, имя и отчество лица, совершившего насилие</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="97"/>
        <source>the forms of violence, in words (physical, psychological…)</source>
        <translation>виды насилия словами (физическое, психологическое…)</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="104"/>
        <source>the day of the latest incident of violence, as 13.11.2026</source>
        <translation>дата последнего случая насилия, например 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="111"/>
        <source>the protection order&apos;s number</source>
        <translation>номер защитного предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="116"/>
        <source>the police unit that issued the protection order</source>
        <translation>орган полиции, вынесший защитное предписание</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="121"/>
        <source>the head of the police unit that issued the order, as an addressee</source>
        <translation>начальник органа полиции, вынесшего предписание, как адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="129"/>
        <source>the day the protection order was issued, as 13.11.2026</source>
        <translation>дата вынесения защитного предписания, например 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="136"/>
        <source>the last day the protection order is in force, as 13.11.2026</source>
        <translation>последний день действия защитного предписания, например 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="144"/>
        <source>the day the protection order was served on the offender, as 13.11.2026</source>
        <translation>дата вручения защитного предписания лицу, совершившему насилие, например 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="152"/>
        <source>the dates on which a police check of the order was due and none was recorded</source>
        <translation>даты, когда полагалась проверка предписания полицией, но она не отмечена</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="160"/>
        <source>the day a police check found the order violated, as 13.11.2026</source>
        <translation>дата, когда проверка полиции выявила нарушение предписания, например 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="167"/>
        <source>the children with her (those of her latest stay, else her children under 18 on the case): how many, and their years of birth</source>
        <translation>дети, которые с ней (из её последнего проживания в приюте, иначе её дети до 18 лет по делу): сколько их и годы рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="176"/>
        <source>the children the report is about: how many, and their years of birth</source>
        <translation>дети, о которых сообщается: сколько и годы их рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="184"/>
        <source>the reference to the law on prevention in force on the letter&apos;s date</source>
        <translation>ссылка на закон о профилактике, действующий на дату письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="191"/>
        <source>the reference to the article of the Code of Administrative Offences on a violated order</source>
        <translation>ссылка на статью Кодекса об административных правонарушениях о нарушении предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="199"/>
        <source>the reference to the Criminal Code</source>
        <translation>ссылка на Уголовный кодекс</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="203"/>
        <source>the reference to the Criminal Procedure Code</source>
        <translation>ссылка на Уголовно-процессуальный кодекс</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="207"/>
        <source>the reference to the law on personal data</source>
        <translation>ссылка на закон о персональных данных</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="211"/>
        <source>the longest a protection order lasts, in days</source>
        <translation>наибольший срок действия защитного предписания, в днях</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="215"/>
        <source>how often the centre asks the police to check an order, in days</source>
        <translation>как часто центр просит полицию проверять предписание, в днях</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="221"/>
        <source>the longest stay in a shelter, in months</source>
        <translation>наибольший срок пребывания в приюте, в месяцах</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="224"/>
        <source>the staff member who prepares the letter</source>
        <translation>сотрудник, готовящий письмо</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="226"/>
        <source>that staff member&apos;s position</source>
        <translation>должность этого сотрудника</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="229"/>
        <source>that staff member&apos;s phone (else the organisation&apos;s)</source>
        <translation>телефон этого сотрудника (иначе — организации)</translation>
    </message>
</context>
<context>
    <name>LetterTextsEditor</name>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="207"/>
        <source>In use: the organisation&apos;s own text.</source>
        <translation>Используется собственный текст организации.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="209"/>
        <source>In use: the text shipped with the program.</source>
        <translation>Используется стандартный текст программы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="227"/>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="264"/>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="290"/>
        <source>Letter texts</source>
        <translation>Тексты писем</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="228"/>
        <source>Discard the unsaved changes to this text?</source>
        <translation>Отменить несохранённые изменения этого текста?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="257"/>
        <source>Saved: new letters of this kind and language use this text.</source>
        <translation>Сохранено: новые письма этого вида на этом языке будут составляться по этому тексту.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="266"/>
        <source>Use the text shipped with the program again? The organisation&apos;s own text of this letter is deleted.</source>
        <translation>Вернуть стандартный текст программы? Собственный текст организации для этого письма будет удалён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="279"/>
        <source>The shipped text is used again.</source>
        <translation>Снова используется стандартный текст.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="292"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Письмо:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="293"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="294"/>
        <source>As it prints, on a fictitious case:</source>
        <translation>Так письмо будет напечатано (на вымышленном деле):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="296"/>
        <source>The preview shows once the text has no mistakes.</source>
        <translation>Предпросмотр появится, когда в тексте не останется ошибок.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="298"/>
        <source>&amp;Save text</source>
        <translation>&amp;Сохранить текст</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="299"/>
        <source>&amp;Reset the whole letter to the shipped text…</source>
        <translation>В&amp;ернуть стандартный текст всего письма…</translation>
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
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="168"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="169"/>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="171"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="172"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="173"/>
        <source>Outgoing letters</source>
        <translation>Исходящие письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="176"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="177"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="178"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="179"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="180"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;Импорт дел…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="181"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="182"/>
        <source>My de&amp;tails…</source>
        <translation>Мои данны&amp;е…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="184"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="185"/>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="186"/>
        <source>&amp;Shelter</source>
        <translation>&amp;Приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="188"/>
        <source>S&amp;taff</source>
        <translation>С&amp;отрудники</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="189"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="190"/>
        <source>Outgoing &amp;letters</source>
        <translation>&amp;Исходящие письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="191"/>
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="192"/>
        <source>&amp;Hotline</source>
        <translation>&amp;Горячая линия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="193"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="194"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="196"/>
        <source>Backup</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="197"/>
        <source>&amp;Backup</source>
        <translation>&amp;Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="236"/>
        <source>Your details were saved.</source>
        <translation>Ваши данные сохранены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="257"/>
        <source>Import cases</source>
        <translation>Импорт дел</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="257"/>
        <source>caseapp cases (*.json)</source>
        <translation>Дела caseapp (*.json)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="273"/>
        <source>Import</source>
        <translation>Импорт</translation>
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
        <translation>Перевести дело %1 в другой филиал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="207"/>
        <source>&amp;To office:</source>
        <translation>&amp;В филиал:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="210"/>
        <source>The person the case is assigned to keeps it. Which staff see it by its office follows the setting in Settings.</source>
        <translation>Ответственный за дело сотрудник остаётся прежним. Кто из сотрудников видит дело по его филиалу, зависит от настройки в разделе «Настройки».</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="385"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="391"/>
        <source>Client&apos;s full name:</source>
        <translation>ФИО клиента:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="392"/>
        <source>Alias (shown in lists):</source>
        <translation>Псевдоним (виден в списках):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="393"/>
        <source>Opened on:</source>
        <translation>Дата открытия:</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../caseapp/ui/unlock/new_key.py" line="32"/>
        <source>The database was upgraded: a new recovery key</source>
        <translation>База данных обновлена: новый ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/new_key.py" line="35"/>
        <source>Each account now has keys of its own and sees only what it may. The old recovery key no longer works: print this one or write it down and lock it away, then destroy the old sheet. The other accounts need new passwords: set them on the Staff page, and mark the shelter staff there.</source>
        <translation>Теперь у каждой учётной записи свои ключи, и она видит только то, что ей положено. Старый ключ восстановления больше не действует: напечатайте или запишите этот и уберите под замок, а старый лист уничтожьте. Остальным учётным записям нужны новые пароли: задайте их на странице «Сотрудники» и там же отметьте сотрудников приюта.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="118"/>
        <source>Correct a note</source>
        <translation>Исправление заметки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="121"/>
        <source>Case note</source>
        <translation>Заметка по делу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="122"/>
        <source>Legal note</source>
        <translation>Юридическая заметка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="126"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="127"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
</context>
<context>
    <name>NumberingBox</name>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="59"/>
        <source>Saved: letters issued from now on are numbered this way.</source>
        <translation>Сохранено: письма, оформляемые с этого момента, будут нумероваться так.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="71"/>
        <source>(not a valid format)</source>
        <translation>(недопустимый формат)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="73"/>
        <source>for example %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="76"/>
        <source>Outgoing numbers</source>
        <translation>Исходящие номера</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="77"/>
        <source>Number &amp;format:</source>
        <translation>&amp;Формат номера:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="80"/>
        <source>{n} is the letter&apos;s number within its year (required), {year} the year; for example {n}/{year} or 04-{year}/{n:03d}.</source>
        <translation>{n} — порядковый номер письма в пределах года (обязательно), {year} — год; например, {n}/{year} или 04-{year}/{n:03d}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="84"/>
        <source>Save f&amp;ormat</source>
        <translation>Сохранить фор&amp;мат</translation>
    </message>
</context>
<context>
    <name>OfficeNameDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="119"/>
        <source>Add an office</source>
        <translation>Добавить филиал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="121"/>
        <source>Rename %1</source>
        <translation>Переименовать «%1»</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="122"/>
        <source>&amp;Name of the office:</source>
        <translation>&amp;Название филиала:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="123"/>
        <source>for example, Main office or Shymkent branch</source>
        <translation>например, Главный офис или Филиал в Шымкенте</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="40"/>
        <source>Main office</source>
        <translation>Главный офис</translation>
    </message>
</context>
<context>
    <name>OfficesBox</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="298"/>
        <source>Offices</source>
        <translation>Филиалы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="301"/>
        <source>Each case belongs to one office, and staff work in one or more. Which cases case workers and lawyers see is set in Settings; administrators see every case.</source>
        <translation>Каждое дело относится к одному филиалу, сотрудники работают в одном или нескольких. Какие дела видят специалисты по делам и юристы, задаётся в разделе «Настройки»; администраторы видят все дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="305"/>
        <source>Office</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="305"/>
        <source>Active staff</source>
        <translation>Активных сотрудников</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="310"/>
        <source>Add an o&amp;ffice…</source>
        <translation>Добавить фи&amp;лиал…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="311"/>
        <source>Re&amp;name office…</source>
        <translation>Пере&amp;именовать филиал…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="325"/>
        <source>Office %1 added.</source>
        <translation>Филиал «%1» добавлен.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="335"/>
        <source>The office is now called %1.</source>
        <translation>Филиал теперь называется «%1».</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="87"/>
        <source>Protection order</source>
        <translation>Защитное предписание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="99"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="100"/>
        <source>Issued on:</source>
        <translation>Дата вынесения:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="101"/>
        <source>Expires on (at most 30 days):</source>
        <translation>Действует до (не более 30 дней):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="102"/>
        <source>Served on the perpetrator:</source>
        <translation>Дата вручения обидчику:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="103"/>
        <source>Revoked on:</source>
        <translation>Дата отмены:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="104"/>
        <source>Issuing police unit:</source>
        <translation>Подразделение полиции, вынесшее предписание:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="105"/>
        <source>Responsible officer:</source>
        <translation>Ответственный сотрудник:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="106"/>
        <source>Officer&apos;s phone:</source>
        <translation>Телефон сотрудника:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="107"/>
        <source>Violations:</source>
        <translation>Нарушения:</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="39"/>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="41"/>
        <source>These details appear on letters. Never enter the shelter&apos;s address.</source>
        <translation>Эти сведения указываются в письмах. Никогда не вводите адрес приюта.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="48"/>
        <source>Name in Russian:</source>
        <translation>Название на русском:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="49"/>
        <source>Name in Kazakh:</source>
        <translation>Название на казахском:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="50"/>
        <source>Name in English:</source>
        <translation>Название на английском:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="51"/>
        <source>Office address:</source>
        <translation>Адрес офиса:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="52"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="53"/>
        <source>BIN:</source>
        <translation>БИН:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="54"/>
        <source>Director:</source>
        <translation>Директор:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="63"/>
        <source>Beds in the shelter (0 if there is none):</source>
        <translation>Мест в приюте (0, если приюта нет):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="64"/>
        <source>Restore from a backup instead…</source>
        <translation>Вместо этого восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="68"/>
        <source>Connect to the organisation&apos;s server instead…</source>
        <translation>Вместо этого подключиться к серверу организации…</translation>
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
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="234"/>
        <source>Paragraph %1 (the request)</source>
        <translation>Абзац %1 (просьба)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="235"/>
        <source>Paragraph %1</source>
        <translation>Абзац %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="240"/>
        <source>Restore the standard text</source>
        <translation>Вернуть стандартный текст</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="242"/>
        <source>Put back the text of this part that ships with the program.</source>
        <translation>Вернуть текст этой части, поставляемый с программой.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="244"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="245"/>
        <source>Remove this paragraph from the letter.</source>
        <translation>Удалить этот абзац из письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="250"/>
        <source>&amp;Add a paragraph</source>
        <translation>&amp;Добавить абзац</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="69"/>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="70"/>
        <source>R&amp;epeat it:</source>
        <translation>По&amp;вторите его:</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="200"/>
        <source>At least 10 characters, not one of the commonest passwords. A short sentence is easy to remember.</source>
        <translation>Не меньше 10 символов и не из самых распространённых паролей. Короткую фразу легко запомнить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="206"/>
        <source>One of the commonest passwords, guessed first: choose another.</source>
        <translation>Это один из самых распространённых паролей, его подбирают первым: выберите другой.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="210"/>
        <source>Too simple: use more different characters.</source>
        <translation>Слишком простой: используйте больше разных символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="212"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="214"/>
        <source>Acceptable. Longer is stronger.</source>
        <translation>Допустимо. Чем длиннее, тем надёжнее.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="215"/>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="182"/>
        <source>Not a phone number: digits, spaces and + - ( ).</source>
        <translation>Не номер телефона: цифры, пробелы и + - ( ).</translation>
    </message>
</context>
<context>
    <name>PlaceholderList</name>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="87"/>
        <source>&amp;Placeholders this letter can use:</source>
        <translation>&amp;Подстановки, доступные в этом письме:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="88"/>
        <source>&amp;Insert into the text</source>
        <translation>&amp;Вставить в текст</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="90"/>
        <source>Put the chosen placeholder where the cursor is (or double-click it).</source>
        <translation>Вставить выбранную подстановку в место курсора (или дважды щёлкните по ней).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="94"/>
        <source>Letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>В письмах никогда не печатаются адрес клиента, приют, комната или место пребывания клиента.</translation>
    </message>
</context>
<context>
    <name>PrintoutDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="69"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="71"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="83"/>
        <source>Printed sheets name clients by alias only and never show a room or an address.</source>
        <translation>На бумаге клиентки названы только псевдонимом; комната и адрес не печатаются никогда.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="103"/>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="107"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="117"/>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="120"/>
        <source>The sheet could not be saved to %1 (%2).</source>
        <translation>Не удалось сохранить в %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="136"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="31"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="32"/>
        <source>Due within two days</source>
        <translation>Срок в ближайшие два дня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="33"/>
        <source>Expiring</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="60"/>
        <source>Printed %1 by %2</source>
        <translation>Напечатано %1, %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="68"/>
        <source>Confidential: for the centre&apos;s own work. Do not copy or pass on; shred when done.</source>
        <translation>Конфиденциально: только для работы центра. Не копировать и не передавать; после использования уничтожить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="73"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="82"/>
        <source>%1 d ago</source>
        <translation>%1 дн. назад</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="84"/>
        <source>in %1 d</source>
        <translation>через %1 дн.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="85"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="43"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="129"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="196"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="221"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="91"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="82"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="92"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="154"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="83"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="93"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="155"/>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="100"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="94"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="99"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="95"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="96"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="97"/>
        <source>Order number</source>
        <translation>Номер предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="121"/>
        <source>Nothing.</source>
        <translation>Ничего.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="127"/>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="130"/>
        <source>Today&apos;s list</source>
        <translation>Список на сегодня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="141"/>
        <source>Beds taken: %1 of %2</source>
        <translation>Занято мест: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="147"/>
        <source>Beds taken in cases not assigned to you: %1</source>
        <translation>Занято мест по делам, не назначенным вам: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="152"/>
        <source>In the shelter</source>
        <translation>В приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="158"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="156"/>
        <source>Admitted</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="160"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="157"/>
        <source>Limit</source>
        <translation>Предельный срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="158"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="161"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="159"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="173"/>
        <source>Nobody.</source>
        <translation>Никого.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="177"/>
        <source>Shelter, %1</source>
        <translation>Приют, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="180"/>
        <source>Shelter board</source>
        <translation>Приют: кто проживает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="195"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="80"/>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="85"/>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="88"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="89"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="91"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="96"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="101"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="197"/>
        <source>Violence</source>
        <translation>Насилие</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="105"/>
        <source>Protection orders</source>
        <translation>Защитные предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="107"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="220"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="108"/>
        <source>Issued</source>
        <translation>Вынесено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="109"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="179"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="110"/>
        <source>Served</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="111"/>
        <source>Revoked</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="126"/>
        <source>Police checks</source>
        <translation>Проверки полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="128"/>
        <source>Order</source>
        <translation>Предписание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="130"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="131"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="146"/>
        <source>Court special requirements</source>
        <translation>Особые требования суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="148"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="149"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="150"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="222"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="156"/>
        <source>Shelter stays</source>
        <translation>Проживание в приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="159"/>
        <source>Left</source>
        <translation>Выбыла</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="175"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="177"/>
        <source>For</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="178"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="180"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="194"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="198"/>
        <source>Reported to the police</source>
        <translation>Сообщено в полицию</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="34"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="210"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="27"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="29"/>
        <source>Image (%1)</source>
        <translation>Изображение (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="30"/>
        <source>Other file</source>
        <translation>Другой файл</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="34"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="212"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="41"/>
        <source>Risk assessments</source>
        <translation>Оценки риска</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="44"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="45"/>
        <source>Raised by professional judgement</source>
        <translation>Повышен по профессиональному суждению</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="58"/>
        <source>Safety plans</source>
        <translation>Планы безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="59"/>
        <source>Made on</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="59"/>
        <source>Review on</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="64"/>
        <source>Files kept with the case</source>
        <translation>Файлы, хранящиеся в деле</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="65"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="65"/>
        <source>How many</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="218"/>
        <source>Letters issued</source>
        <translation>Выданные письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="230"/>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="232"/>
        <source>Case summary</source>
        <translation>Сводка по делу</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="10"/>
        <source>Look in:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="11"/>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="12"/>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
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
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="16"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="17"/>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="18"/>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="19"/>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="20"/>
        <source>Invalid filename</source>
        <translation>Некорректное имя файла</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="21"/>
        <source>Page order:</source>
        <translation>Порядок страниц:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="22"/>
        <source>Pages per sheet:</source>
        <translation>Страниц на листе:</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../caseapp/ui/record_actions.py" line="59"/>
        <source>Or double-click the row, or press Enter</source>
        <translation>Или дважды щёлкните по строке, или нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_actions.py" line="62"/>
        <source>Or select the row and press Delete</source>
        <translation>Или выберите строку и нажмите Delete</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="130"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="134"/>
        <source>It is shown only now. Print it or write it down and lock it away: with it the director can set a new password when every password is lost. Without it, a lost password means lost records.</source>
        <translation>Он показывается только сейчас. Распечатайте или запишите его и храните под замком: с ним директор сможет задать новый пароль, если утеряны все пароли. Без него утеря пароля означает потерю записей.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="51"/>
        <source>Fingerprint of the organisation&apos;s key: {fingerprint}. Each computer remembers it and warns if a database ever shows another one.</source>
        <translation>Отпечаток ключа организации: {fingerprint}. Каждый компьютер запоминает его и предупредит, если база данных когда-нибудь покажет другой.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="55"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="56"/>
        <source>I have written down or printed the recovery key</source>
        <translation>Я записала или напечатала ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="69"/>
        <source>caseapp recovery key</source>
        <translation>Ключ восстановления caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="71"/>
        <source>Fingerprint of the organisation&apos;s key: {fingerprint}</source>
        <translation>Отпечаток ключа организации: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="28"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="29"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="30"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="31"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="32"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="33"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="34"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="77"/>
        <source>Issued with the emergency override, without the client&apos;s consent.</source>
        <translation>Оформлено в экстренном порядке, без согласия клиента.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="227"/>
        <source>Verify a letter</source>
        <translation>Проверка письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="229"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="238"/>
        <source>%1 could not be read (%2).</source>
        <translation>Не удалось прочитать %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="252"/>
        <source>%1 matches no letter of the outgoing register that you may see: it is not one of its letters, or it was changed after it was issued.</source>
        <translation>%1 не совпадает ни с одним доступным вам письмом журнала исходящих писем: это не письмо из журнала, или файл изменили после оформления.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="259"/>
        <source>%1 is letter %2 of %3 (%4, case %5), exactly as it was issued.</source>
        <translation>%1 — письмо № %2 от %3 (%4, дело %5) точно в том виде, в каком оно было оформлено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="275"/>
        <source>Choose a letter in the register first.</source>
        <translation>Сначала выберите письмо в журнале.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="285"/>
        <source>Letter %1 was issued before the register kept letters: only its fingerprint is kept.</source>
        <translation>Письмо %1 выдано до того, как журнал стал хранить письма: сохранён только его отпечаток.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/letters/register.py" line="307"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="310"/>
        <source>Outgoing letters</source>
        <translation>Исходящие письма</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="311"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="312"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="313"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид письма:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="314"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="315"/>
        <source>C&amp;ase:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="316"/>
        <source>case number</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="317"/>
        <source>Enter or a double click opens the case.</source>
        <translation>Enter или двойной щелчок открывает дело.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="318"/>
        <source>&amp;Open the letter…</source>
        <translation>&amp;Открыть письмо…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="320"/>
        <source>Show the chosen letter exactly as it was issued, to save or print again.</source>
        <translation>Показать выбранное письмо точно таким, каким оно было выдано, чтобы снова сохранить или напечатать.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="322"/>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Проверить PDF…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="324"/>
        <source>Check whether a PDF file is a letter of this register, unchanged.</source>
        <translation>Проверить, является ли файл PDF неизменённым письмом из этого журнала.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="326"/>
        <source>Address &amp;book…</source>
        <translation>Адресная &amp;книга…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="327"/>
        <source>The bodies and officials your office writes to</source>
        <translation>Органы и должностные лица, которым пишет ваш филиал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="329"/>
        <source>Letter &amp;texts…</source>
        <translation>&amp;Тексты писем…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="133"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="134"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="135"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="136"/>
        <source>From–to</source>
        <translation>С даты по дату</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>From, to:</source>
        <translation>С, по:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Office:</source>
        <translation>Офис:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Save in:</source>
        <translation>Сохранить на языке:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="160"/>
        <source>&amp;Make the report</source>
        <translation>&amp;Составить отчёт</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="161"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="162"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Сохранить как &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="163"/>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить как &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="171"/>
        <source>Quarter %1</source>
        <translation>%1-й квартал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="241"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>RequiredField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="192"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="82"/>
        <source>Court special requirements</source>
        <translation>Особые требования суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="94"/>
        <source>Starts on:</source>
        <translation>Дата начала:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="95"/>
        <source>Ends on:</source>
        <translation>Дата окончания:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="96"/>
        <source>Court:</source>
        <translation>Суд:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="97"/>
        <source>Requirements:</source>
        <translation>Требования:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="71"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="74"/>
        <source>The backup is checked completely before anything is written, and it is restored into a new, empty folder: an existing database is never overwritten.</source>
        <translation>Прежде чем что-либо записать, резервная копия полностью проверяется; восстановление выполняется в новую пустую папку: существующая база данных никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="78"/>
        <source>Backup file:</source>
        <translation>Файл резервной копии:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="79"/>
        <source>New data folder:</source>
        <translation>Новая папка с данными:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="80"/>
        <source>Recovery key:</source>
        <translation>Ключ восстановления:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="81"/>
        <location filename="../../caseapp/ui/restore_dialog.py" line="82"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="93"/>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="95"/>
        <source>caseapp backup (*%1)</source>
        <translation>Резервная копия caseapp (*%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="101"/>
        <source>New data folder</source>
        <translation>Новая папка с данными</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="109"/>
        <source>Choose the backup, a new folder, and type the key.</source>
        <translation>Выберите резервную копию и новую папку, затем введите ключ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="116"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="117"/>
        <source>Checking and restoring the backup…</source>
        <translation>Проверка и восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="135"/>
        <source>Restored, but the check found problems: %1</source>
        <translation>Восстановлено, но проверка выявила проблемы: %1</translation>
    </message>
</context>
<context>
    <name>RiskAssessment</name>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="36"/>
        <source>Has he ever choked or strangled her, or tried to?</source>
        <translation>Он когда-либо душил её или пытался задушить?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="39"/>
        <source>Has he used a weapon against her or threatened her with one?</source>
        <translation>Он применял против неё оружие или угрожал им?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="42"/>
        <source>Does he own a weapon or can he easily get one?</source>
        <translation>Есть ли у него оружие или может ли он легко его достать?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="45"/>
        <source>Has he threatened to kill her, the children or someone close to her?</source>
        <translation>Он угрожал убить её, детей или кого-то из её близких?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="48"/>
        <source>Has he threatened to kill himself?</source>
        <translation>Он угрожал покончить с собой?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="49"/>
        <source>Has the violence become more frequent lately?</source>
        <translation>Насилие в последнее время стало чаще?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="52"/>
        <source>Has the violence become more severe lately?</source>
        <translation>Насилие в последнее время стало жёстче?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="55"/>
        <source>Has she left him, or tried to, within the past year?</source>
        <translation>Она ушла от него или пыталась уйти за последний год?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="58"/>
        <source>Is she pregnant or caring for a baby under one, or did he hurt her while pregnant?</source>
        <translation>Она беременна или ухаживает за ребёнком до года, или он причинял ей вред во время беременности?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="62"/>
        <source>Does he follow, watch or harass her, in person, by phone or online?</source>
        <translation>Он преследует её, следит за ней или донимает — лично, по телефону или в интернете?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="65"/>
        <source>Has he hurt or threatened the children?</source>
        <translation>Он причинял вред детям или угрожал им?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="68"/>
        <source>Has he broken a protection order or a court&apos;s requirements?</source>
        <translation>Он нарушал защитное предписание или требования суда?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="71"/>
        <source>Does he misuse alcohol or drugs?</source>
        <translation>Он злоупотребляет алкоголем или наркотиками?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="72"/>
        <source>Is he extremely jealous, or does he control what she does each day?</source>
        <translation>Он крайне ревнив или контролирует всё, что она делает каждый день?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="75"/>
        <source>Has he forced her into sexual acts?</source>
        <translation>Он принуждал её к действиям сексуального характера?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="76"/>
        <source>Has she needed medical care for injuries he caused?</source>
        <translation>Ей требовалась медицинская помощь из-за причинённых им травм?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="79"/>
        <source>Has he been violent to others, or been convicted of a crime?</source>
        <translation>Он применял насилие к другим людям или был судим?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="82"/>
        <source>Does he keep her from her family, friends or money?</source>
        <translation>Он не даёт ей видеться с семьёй и друзьями или распоряжаться деньгами?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="85"/>
        <source>Is he out of work?</source>
        <translation>Он без работы?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="86"/>
        <source>Does she believe he could kill her?</source>
        <translation>Она считает, что он может её убить?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="90"/>
        <source>Standard</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="91"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="92"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="93"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="94"/>
        <source>Not assessed</source>
        <translation>Не оценён</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="97"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="98"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="99"/>
        <source>Don&apos;t know</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="118"/>
        <source>New risk assessment</source>
        <translation>Новая оценка риска</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="125"/>
        <source>Assessed on:</source>
        <translation>Дата оценки:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="161"/>
        <source>Professional judgement raises it to:</source>
        <translation>Профессиональное суждение повышает до:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="168"/>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="189"/>
        <source>Score %1: %2 risk (medium from %3, high from %4)</source>
        <translation>Баллы: %1, риск: %2 (средний от %3, высокий от %4)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="237"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="239"/>
        <source>Strike out assessment…</source>
        <translation>Вычеркнуть оценку…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="243"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="244"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="245"/>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="246"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="247"/>
        <source>Raised because</source>
        <translation>Повышен, потому что</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="271"/>
        <source>The case&apos;s risk: %1, assessed on %2.</source>
        <translation>Риск по делу: %1, оценён %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="267"/>
        <source>The case has no risk assessment yet.</source>
        <translation>По делу ещё нет оценки риска.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="285"/>
        <source>Raised from %1 to %2: %3</source>
        <translation>Повышен с уровня «%1» до «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="316"/>
        <source>The assessment was recorded; the case&apos;s risk is its level.</source>
        <translation>Оценка сохранена; риск по делу теперь равен её уровню.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="184"/>
        <source>Role of %1</source>
        <translation>Роль пользователя %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="185"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="186"/>
        <source>The new role applies from the next unlock.</source>
        <translation>Новая роль начнёт действовать со следующей разблокировки.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="39"/>
        <source>Warning signs</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="40"/>
        <source>Safe people and their contacts</source>
        <translation>Надёжные люди и их контакты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="41"/>
        <source>Code word</source>
        <translation>Кодовое слово</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="42"/>
        <source>How to leave and where to go</source>
        <translation>Как уйти и куда идти</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="43"/>
        <source>Emergency bag: where it is, what else</source>
        <translation>Тревожная сумка: где она, что ещё в ней</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="44"/>
        <source>The children&apos;s plan</source>
        <translation>План для детей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="45"/>
        <source>Phone and online safety</source>
        <translation>Безопасность телефона и в интернете</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="46"/>
        <source>Who does what</source>
        <translation>Кто что делает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="49"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="50"/>
        <source>The order&apos;s copy</source>
        <translation>Копия предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="51"/>
        <source>Medicines</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="52"/>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="53"/>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="54"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="69"/>
        <source>New safety plan</source>
        <translation>Новый план безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="81"/>
        <source>Made on:</source>
        <translation>Дата составления:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="82"/>
        <source>Review on:</source>
        <translation>Дата пересмотра:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="83"/>
        <source>Her language:</source>
        <translation>Её язык:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="109"/>
        <location filename="../../caseapp/ui/case/safety.py" line="209"/>
        <source>In the bag:</source>
        <translation>В сумке:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="165"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Новый план…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="166"/>
        <source>Strike out plan…</source>
        <translation>Вычеркнуть план…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="167"/>
        <source>&amp;Print for her…</source>
        <translation>&amp;Распечатать для неё…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="170"/>
        <source>Made on</source>
        <translation>Дата составления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="171"/>
        <source>Review on</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="172"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="173"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="194"/>
        <source>The plan of %1 is to be reviewed on %2.</source>
        <translation>План от %1 нужно пересмотреть %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="192"/>
        <source>The case has no safety plan yet.</source>
        <translation>По делу ещё нет плана безопасности.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="226"/>
        <source>The safety plan was recorded.</source>
        <translation>План безопасности сохранён.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="247"/>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="248"/>
        <source>Her copy: it never names the centre, the shelter or an address, nor the case.</source>
        <translation>Её экземпляр: в нём никогда нет названия центра, приюта, адреса или номера дела.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="107"/>
        <location filename="../../caseapp/ui/server_dialog.py" line="148"/>
        <source>Connect to a server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="108"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="111"/>
        <source>In the form postgresql://user@host/dbname, without the password; the server&apos;s administrator tells you what to write.</source>
        <translation>В виде postgresql://user@host/dbname, без пароля; что написать, подскажет администратор сервера.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="115"/>
        <source>Database pass&amp;word:</source>
        <translation>Па&amp;роль базы данных:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="116"/>
        <source>Co&amp;nnect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="149"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="90"/>
        <source>— not recorded —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="91"/>
        <source>minutes</source>
        <translation>минут</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="92"/>
        <source>Note (kept encrypted)</source>
        <translation>Примечание (хранится зашифрованным)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="143"/>
        <source>Correct the service</source>
        <translation>Исправить услугу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="149"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="150"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="151"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Кто оказал:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="152"/>
        <source>Duration, &amp;minutes:</source>
        <translation>Продолжительность, &amp;минут:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="153"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="247"/>
        <source>New ser&amp;vice (Enter records it):</source>
        <translation>Новая &amp;услуга (Enter — записать):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="248"/>
        <source>&amp;Record service</source>
        <translation>&amp;Записать услугу</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="250"/>
        <source>The day, the kind and who gave it are in clear for the reports; the note is kept encrypted under the case&apos;s key. The minutes may be left empty.</source>
        <translation>Дата, вид услуги и кто её оказал хранятся открыто для отчётов; примечание хранится зашифрованным ключом дела. Минуты можно не указывать.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="257"/>
        <source>Correct service…</source>
        <translation>Исправить услугу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="258"/>
        <source>Strike out service…</source>
        <translation>Вычеркнуть услугу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="262"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="263"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="264"/>
        <source>Given by</source>
        <translation>Кто оказал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="265"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="266"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="271"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="342"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Пожалуйста, исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="354"/>
        <source>Service recorded.</source>
        <translation>Услуга записана.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="378"/>
        <source>The service was corrected.</source>
        <translation>Услуга исправлена.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="123"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="126"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="129"/>
        <source>Connect to a server…</source>
        <translation>Подключиться к серверу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="131"/>
        <source>Open a data folder…</source>
        <translation>Открыть папку с данными…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="148"/>
        <source>Choose a data folder</source>
        <translation>Выберите папку с данными</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/app.py" line="118"/>
        <source>The check after unlocking found records changed outside the program or damaged. Those cases are not shown and no letter is issued from them. Tell your administrator; &apos;caseapp check&apos; lists everything.</source>
        <translation>Проверка после разблокировки нашла записи, изменённые вне программы или повреждённые. Эти дела не открываются, и письма по ним не выдаются. Сообщите администратору; «caseapp check» перечисляет всё.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/app.py" line="122"/>
        <source>
…and %n more.</source>
        <translation>
            <numerusform>
…и ещё %n.</numerusform>
            <numerusform>
…и ещё %n.</numerusform>
            <numerusform>
…и ещё %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="223"/>
        <source>Reactivate %1</source>
        <translation>Снова включить %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="226"/>
        <source>Her keys were deleted when the account was deactivated: it comes back with new ones under this password. Tell her the password in person.</source>
        <translation>При отключении учётной записи её ключи были удалены: она возвращается с новыми ключами под этим паролем. Сообщите пароль лично.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="231"/>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="234"/>
        <source>The account gets new keys under this password and its old password stops working. Tell her the password in person.</source>
        <translation>Учётная запись получает новые ключи под этим паролем, старый пароль перестаёт действовать. Сообщите пароль лично.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="292"/>
        <location filename="../../caseapp/ui/settings_page.py" line="297"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="325"/>
        <source>12 digits; the last one is a check digit.</source>
        <translation>12 цифр; последняя — контрольная.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="329"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="330"/>
        <source>Lan&amp;guage of the program:</source>
        <translation>&amp;Язык программы:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="336"/>
        <source>Only an administrator can change the settings below.</source>
        <translation>Настройки ниже может изменить только администратор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="337"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="338"/>
        <source>Lock after idle &amp;minutes:</source>
        <translation>Блокировать после простоя, &amp;минут:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="339"/>
        <source>(a new value applies from the next unlock)</source>
        <translation>(новое значение действует со следующей разблокировки)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="342"/>
        <source>&amp;Beds in the shelter:</source>
        <translation>Число мест в &amp;приюте:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="343"/>
        <source>Reports hide counts belo&amp;w:</source>
        <translation>Отчёты скрывают числа &amp;ниже:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="362"/>
        <source>These details appear on letters. A letter in a language without its own address prints the Russian one.</source>
        <translation>Эти данные печатаются в письмах. Если адреса на языке письма нет, печатается адрес на русском.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="370"/>
        <source>Office &amp;address (Russian, default):</source>
        <translation>Адрес &amp;офиса (на русском, по умолчанию):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="371"/>
        <source>Address (Ka&amp;zakh):</source>
        <translation>Адрес на ка&amp;захском:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="372"/>
        <source>Address (E&amp;nglish):</source>
        <translation>Адрес на а&amp;нглийском:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="386"/>
        <source>Administrators always see every case. Shelter beds are counted for all.</source>
        <translation>Администраторы всегда видят все дела. Места в приюте подсчитываются по всем клиентам.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="359"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="297"/>
        <location filename="../../caseapp/ui/settings_page.py" line="304"/>
        <source>Your details were saved.</source>
        <translation>Ваши данные сохранены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="331"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="333"/>
        <source>Your full name, position and phone, as the letters you issue print them.</source>
        <translation>Ваши ФИО, должность и телефон — так, как их печатают ваши письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="335"/>
        <source>My de&amp;tails…</source>
        <translation>Мои данны&amp;е…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="340"/>
        <source>Risk assessment: medium risk from score</source>
        <translation>Средний риск — от балла</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="341"/>
        <source>high risk from score</source>
        <translation>высокий — от балла</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="346"/>
        <source>A smaller count is shown as “&lt;5” in every report, so that no one can be recognised from it.</source>
        <translation>Меньшее число показывается во всех отчётах как «&lt;5», чтобы по нему никого нельзя было узнать.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="350"/>
        <source>Who sees which cases:</source>
        <translation>Кто какие дела видит:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="351"/>
        <source>Everyone sees a&amp;ll cases</source>
        <translation>Все видят &amp;все дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="353"/>
        <source>Staff see the cases of their o&amp;ffices and the cases assigned to them</source>
        <translation>Сотрудники видят дела своих &amp;филиалов и закреплённые за ними дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="356"/>
        <source>Staff see &amp;only the cases assigned to them</source>
        <translation>Сотрудники видят &amp;только закреплённые за ними дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="367"/>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="368"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на &amp;казахском:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="369"/>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="373"/>
        <source>P&amp;hone:</source>
        <translation>Те&amp;лефон:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="374"/>
        <source>B&amp;IN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="375"/>
        <source>&amp;Director:</source>
        <translation>&amp;Директор:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="380"/>
        <source>The office&apos;s address only. Never enter the shelter&apos;s address anywhere.</source>
        <translation>Только адрес офиса. Никогда и нигде не вводите адрес приюта.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="382"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="393"/>
        <source>There is one office, so the second choice shows every case to the staff in it.</source>
        <translation>Филиал один, поэтому при втором варианте его сотрудники видят все дела.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="169"/>
        <source>caseapp — first run</source>
        <translation>caseapp — первый запуск</translation>
    </message>
</context>
<context>
    <name>ShelterBoard</name>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="273"/>
        <source>Shelter, %1</source>
        <translation>Приют, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="276"/>
        <source>Occupied: %1   ·   Beds: %2   ·   Free: %3</source>
        <translation>Занято: %1   ·   Мест: %2   ·   Свободно: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="282"/>
        <source>%1 more than there are beds</source>
        <translation>на %1 больше, чем мест</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="287"/>
        <source>Six-month limit within 14 days</source>
        <translation>Шестимесячный срок истекает в течение 14 дней</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="288"/>
        <source>Six-month limit passed</source>
        <translation>Шестимесячный срок истёк</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="289"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Принять…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="290"/>
        <source>Find a case and admit her to the shelter</source>
        <translation>Найти дело и принять клиента в приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="291"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Выписать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="292"/>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="293"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="294"/>
        <source>Open the selected case (Enter)</source>
        <translation>Открыть выбранное дело (Enter)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="326"/>
        <source>Case %1 admitted.</source>
        <translation>Дело %1: клиент принят в приют.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="352"/>
        <source>Case %1 discharged.</source>
        <translation>Дело %1: клиент выписан из приюта.</translation>
    </message>
</context>
<context>
    <name>ShelterBoardModel</name>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="56"/>
        <source>Room and bed</source>
        <translation>Комната и место</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="57"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="58"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="59"/>
        <source>Admitted</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="60"/>
        <source>Six-month limit</source>
        <translation>Шестимесячный срок</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="61"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="62"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="114"/>
        <source>Another stay today is recorded in this room and bed.</source>
        <translation>На сегодня в этой комнате и на этой кровати записано ещё одно проживание.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="118"/>
        <source>This case is not assigned to you.</source>
        <translation>Это дело не закреплено за вами.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="122"/>
        <source>The six-month limit has passed.</source>
        <translation>Шестимесячный срок истёк.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="126"/>
        <source>The six-month limit is near.</source>
        <translation>Шестимесячный срок скоро истекает.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="139"/>
        <source>occupied</source>
        <translation>занято</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="144"/>
        <source>Client %1</source>
        <translation>Клиент %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="157"/>
        <source>passed %1 d ago</source>
        <translation>истёк %1 дн. назад</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="161"/>
        <source>%1 — near</source>
        <translation>%1 — скоро</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="22"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="23"/>
        <source>Case worker</source>
        <translation>Специалист по делам</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="24"/>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="41"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="42"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="43"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="44"/>
        <source>Offices</source>
        <translation>Филиалы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="45"/>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="46"/>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="47"/>
        <source>Failed attempts</source>
        <translation>Неудачные попытки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="82"/>
        <source>yes — needs a new password</source>
        <translation>да — нужен новый пароль</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="84"/>
        <location filename="../../caseapp/ui/staff/page.py" line="91"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="80"/>
        <source>no — cannot unlock</source>
        <translation>нет — не может разблокировать</translation>
    </message>
</context>
<context>
    <name>StaffOfficesDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="161"/>
        <source>Offices of %1</source>
        <translation>Филиалы: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="162"/>
        <source>&amp;Works in:</source>
        <translation>&amp;Работает в:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="165"/>
        <source>At least one office. The cases she opens go to the first office ticked here; which cases she sees follows the setting in Settings.</source>
        <translation>Хотя бы один филиал. Открытые ею дела попадают в первый отмеченный здесь филиал; какие дела она видит, зависит от настройки в разделе «Настройки».</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="212"/>
        <source>Staff accounts</source>
        <translation>Учётные записи сотрудников</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="213"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="214"/>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="215"/>
        <source>D&amp;etails…</source>
        <translation>Д&amp;анные…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="217"/>
        <source>Full name, position and phone, as this person&apos;s letters print them</source>
        <translation>ФИО, должность и телефон — так, как их печатают письма этого сотрудника</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="220"/>
        <source>&amp;Offices…</source>
        <translation>&amp;Филиалы…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="221"/>
        <source>Choose the offices this person works in</source>
        <translation>Выбрать филиалы, в которых работает сотрудник</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="219"/>
        <source>New &amp;password…</source>
        <translation>Новый &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="224"/>
        <source>Each account holds only the keys of what it may see. Deactivating one deletes its keys and changes the keys it held, so its password opens nothing here any more; reactivating it needs a new password. There is always at least one active administrator.</source>
        <translation>У каждой учётной записи только ключи к тому, что ей положено видеть. При отключении её ключи удаляются, а ключи, которые у неё были, меняются, так что её пароль здесь больше ничего не открывает; чтобы включить её снова, нужен новый пароль. Всегда остаётся хотя бы один действующий администратор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="249"/>
        <source>Reac&amp;tivate…</source>
        <translation>Снова &amp;включить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="251"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="253"/>
        <source>Take back the s&amp;helter&apos;s key</source>
        <translation>Забрать &amp;ключ приюта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="255"/>
        <source>Give the s&amp;helter&apos;s key</source>
        <translation>Выдать &amp;ключ приюта</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="272"/>
        <source>Account %1 added.</source>
        <translation>Учётная запись %1 добавлена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="281"/>
        <source>The role of %1 was changed.</source>
        <translation>Роль пользователя %1 изменена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="291"/>
        <source>The details of %1 were saved.</source>
        <translation>Данные пользователя %1 сохранены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="302"/>
        <source>The offices of %1 were changed.</source>
        <translation>Филиалы пользователя %1 изменены.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="314"/>
        <source>Deactivate the account</source>
        <translation>Отключение учётной записи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="316"/>
        <source>Deactivate %1? The account will not be able to unlock until it is reactivated.</source>
        <translation>Отключить %1? Учётная запись не сможет разблокировать программу, пока её снова не включат.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="323"/>
        <source>%1 was deactivated.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="328"/>
        <source>%1 was reactivated.</source>
        <translation>Учётная запись %1 снова включена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="344"/>
        <source>%1 no longer holds the shelter&apos;s key.</source>
        <translation>У %1 больше нет ключа приюта.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="346"/>
        <source>%1 now holds the shelter&apos;s key.</source>
        <translation>Теперь у %1 есть ключ приюта.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="356"/>
        <source>%1 has a new password.</source>
        <translation>Для %1 задан новый пароль.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="25"/>
        <source>Shelter stay</source>
        <translation>Пребывание в приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="39"/>
        <source>Admitted on:</source>
        <translation>Дата поступления:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="41"/>
        <source>Room and bed:</source>
        <translation>Комната и место:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="42"/>
        <source>Children with her:</source>
        <translation>Дети с ней:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="43"/>
        <source>Departure date:</source>
        <translation>Дата выбытия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="44"/>
        <source>Reason for leaving:</source>
        <translation>Причина выбытия:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="47"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Куда выбывает (хранится в зашифрованном виде, никогда не печатается):</translation>
    </message>
</context>
<context>
    <name>StrikeOutDialog</name>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="55"/>
        <source>Delete the case</source>
        <translation>Удаление дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="58"/>
        <source>The case disappears from the lists, search, reminders, letters and statistics. Its records and its history are kept, and the integrity check still verifies them. Only an administrator can do this.</source>
        <translation>Дело исчезнет из списков, поиска, напоминаний, писем и статистики. Его записи и история сохраняются, и проверка целостности по-прежнему их проверяет. Это может сделать только администратор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="63"/>
        <source>&amp;Why is the case deleted?</source>
        <translation>&amp;Почему дело удаляется?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="64"/>
        <source>&amp;Delete the case</source>
        <translation>&amp;Удалить дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="66"/>
        <source>Strike out a record</source>
        <translation>Вычеркнуть запись</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="69"/>
        <source>A record entered by mistake is struck out, not erased: it no longer counts for lists, reminders, letters or statistics, and the case&apos;s history keeps it with your name, the date and the reason.</source>
        <translation>Запись, внесённая по ошибке, вычёркивается, а не стирается: она больше не учитывается в списках, напоминаниях, письмах и статистике, а история дела хранит её с вашим именем, датой и причиной.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="74"/>
        <source>&amp;Why is it struck out?</source>
        <translation>&amp;Почему запись вычёркивается?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="75"/>
        <source>&amp;Strike out</source>
        <translation>&amp;Вычеркнуть</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="85"/>
        <source>Please give the reason.</source>
        <translation>Пожалуйста, укажите причину.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="174"/>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="177"/>
        <source>Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3</source>
        <translation>Действующих предписаний: %1   ·   В приюте: %2   ·   Свободных мест: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="184"/>
        <source>A backup has been due since %1: make one on the Backup page.</source>
        <translation>Резервную копию нужно было сделать ещё %1: создайте её на странице «Резервное копирование».</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="189"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="190"/>
        <source>Nothing is due today.</source>
        <translation>На сегодня ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="193"/>
        <source>&lt;b&gt;Bold&lt;/b&gt;: a high-risk case</source>
        <translation>&lt;b&gt;Жирным&lt;/b&gt;: дело с высоким риском</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="196"/>
        <source>&amp;Record the check…</source>
        <translation>&amp;Записать проверку…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="197"/>
        <source>&amp;Issue letter…</source>
        <translation>&amp;Выпустить письмо…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="198"/>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="202"/>
        <source>Record the police&apos;s check of this order</source>
        <translation>Записать проверку полицией исполнения этого предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="204"/>
        <source>Issue the letter this reminder calls for (for a missed check: the police)</source>
        <translation>Выпустить письмо, которого требует напоминание (при пропущенной проверке — в полицию)</translation>
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
        <translation>caseapp — разблокировка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="117"/>
        <source>Unlock the case records</source>
        <translation>Разблокировать записи дел</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="118"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="119"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="120"/>
        <location filename="../../caseapp/ui/unlock/screen.py" line="190"/>
        <source>Un&amp;lock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="121"/>
        <source>Open a &amp;different database…</source>
        <translation>Открыть &amp;другую базу данных…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="122"/>
        <source>Connect to a &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="123"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="124"/>
        <source>&amp;Forgot the password?</source>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="126"/>
        <source>I compared the fingerprint with the recovery sheet: &amp;trust this database</source>
        <translation>Я сверила отпечаток с листом восстановления: &amp;доверять этой базе</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="132"/>
        <source>Database {database} on the server {host}</source>
        <translation>База данных {database} на сервере {host}</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="138"/>
        <source>Data folder: {folder}</source>
        <translation>Папка с данными: {folder}</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="171"/>
        <source>The new password is set: unlock with it.</source>
        <translation>Новый пароль задан: разблокируйте с ним.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/unlock/screen.py" line="193"/>
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Подождите %n секунду</numerusform>
            <numerusform>Подождите %n секунды</numerusform>
            <numerusform>Подождите %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="215"/>
        <source>Choose a data folder</source>
        <translation>Выберите папку с данными</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../caseapp/domain/dates.py" line="72"/>
        <source>{field}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field}: «{value}» — не дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/errors.py" line="19"/>
        <source>The operation failed.</source>
        <translation>Операция не выполнена.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="79"/>
        <source>{field} must be an object.</source>
        <translation>{field}: ожидается объект.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="84"/>
        <source>{field} is not a known field.</source>
        <translation>{field}: неизвестное поле.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="90"/>
        <source>{field} is given twice.</source>
        <translation>{field}: поле указано дважды.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="99"/>
        <source>{field} must be a list.</source>
        <translation>{field}: ожидается список.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="108"/>
        <source>{field} must be text.</source>
        <translation>{field}: ожидается текст.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="38"/>
        <location filename="../../caseapp/domain/closing.py" line="39"/>
        <location filename="../../caseapp/domain/interchange.py" line="118"/>
        <location filename="../../caseapp/domain/interchange.py" line="128"/>
        <location filename="../../caseapp/services/shelter.py" line="208"/>
        <location filename="../../caseapp/ui/case/services.py" line="52"/>
        <source>{field} is required.</source>
        <translation>{field}: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="112"/>
        <source>{field} holds characters that are not valid Unicode text.</source>
        <translation>{field}: содержит символы, недопустимые в тексте Unicode.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="120"/>
        <source>{field} is too long.</source>
        <translation>{field}: слишком длинное значение.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="139"/>
        <source>{field} must be a date in the form YYYY-MM-DD that exists.</source>
        <translation>{field}: ожидается существующая дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="158"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="120"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="129"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="148"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="156"/>
        <source>{field} must be one of: {allowed}.</source>
        <translation>{field}: допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="178"/>
        <source>The file must hold one JSON object with the fields &quot;format&quot; and &quot;cases&quot;.</source>
        <translation>Файл должен содержать один объект JSON с полями «format» и «cases».</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="186"/>
        <source>{field} must be &apos;{expected}&apos;.</source>
        <translation>{field}: ожидается «{expected}».</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="195"/>
        <source>{field} has the same case number as cases[{other}].</source>
        <translation>{field}: номер дела совпадает с номером в cases[{other}].</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="208"/>
        <source>{field} may hold only letters, digits and - / _ . (at most 32).</source>
        <translation>{field}: допускаются только буквы, цифры и - / _ . (не более 32 символов).</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="339"/>
        <source>{field} lists more than {high} children.</source>
        <translation>{field}: указано больше {high} детей.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="350"/>
        <source>{field} must be a year as a whole number.</source>
        <translation>{field}: год должен быть целым числом.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="357"/>
        <source>{field} must be a whole number from 0 to 20, or a list of the children.</source>
        <translation>{field}: должно быть целое число от 0 до 20 или список детей.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="25"/>
        <source>{field} is not a valid IIN: it needs 12 digits with a correct check digit.</source>
        <translation>{field}: неверный ИИН — нужно 12 цифр с правильной контрольной цифрой.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="264"/>
        <source>{field} is not a phone number.</source>
        <translation>{field}: это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="302"/>
        <source>{field} does not name a protection order of this case.</source>
        <translation>{field}: в этом деле нет такого защитного предписания.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="83"/>
        <source>{field}: the expiry date {date} is before the issue date {earlier}.</source>
        <translation>{field}: дата окончания {date} раньше даты вынесения {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="91"/>
        <source>{field}: a protection order lasts at most {days} days, so the latest allowed expiry date is {latest}.</source>
        <translation>{field}: защитное предписание действует не более {days} дней, поэтому дата окончания — не позднее {latest}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="103"/>
        <source>{field}: the date of serving {date} is before the issue date {earlier}.</source>
        <translation>{field}: дата вручения {date} раньше даты вынесения {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="111"/>
        <source>{field}: the revocation date {date} is before the issue date {earlier}.</source>
        <translation>{field}: дата отмены {date} раньше даты вынесения {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="133"/>
        <source>{field}: the police check date {date} is before the order&apos;s issue date {earlier}.</source>
        <translation>{field}: дата проверки полиции {date} раньше даты вынесения предписания {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="141"/>
        <source>{field}: the police check date {date} is after the order&apos;s expiry date {later}.</source>
        <translation>{field}: дата проверки полиции {date} позже даты окончания предписания {later}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="156"/>
        <source>{field}: the end date {date} is before the start date {earlier}.</source>
        <translation>{field}: дата окончания {date} раньше даты начала {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="173"/>
        <source>{field}: the departure date {date} is before the admission date {earlier}.</source>
        <translation>{field}: дата выбытия {date} раньше даты поступления {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="180"/>
        <source>{field}: the number of children must be between {low} and {high}.</source>
        <translation>{field}: число детей должно быть от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="198"/>
        <source>{field}: {count} children are counted but {named} are named.</source>
        <translation>{field}: детей посчитано {count}, а названо {named}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="218"/>
        <source>{field}: a child born in {year} was over {age} when admitted.</source>
        <translation>{field}: ребёнку {year} года рождения при поступлении было больше {age} лет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="99"/>
        <location filename="../../caseapp/domain/rules.py" line="227"/>
        <source>{field}: the year of birth {year} is still to come.</source>
        <translation>{field}: {year} год рождения ещё не наступил.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="239"/>
        <source>{field}: an extension needs the date the stay is extended to.</source>
        <translation>{field}: для продления нужна дата, до которой продлено пребывание.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="248"/>
        <source>{field}: the extension date {date} is not after the six-month limit {limit}.</source>
        <translation>{field}: дата продления {date} не позже шестимесячного срока {limit}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="259"/>
        <source>{field}: a stay can be extended to at most {months} months after admission, so the latest allowed date is {latest}.</source>
        <translation>{field}: пребывание можно продлить не более чем до {months} месяцев с даты поступления, поэтому самая поздняя допустимая дата — {latest}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="270"/>
        <source>{field}: the reason for the extension is required.</source>
        <translation>{field}: укажите основание продления.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="275"/>
        <source>{field}: the reason for the extension is longer than {high} characters.</source>
        <translation>{field}: основание продления длиннее {high} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="291"/>
        <source>{field}: the expiry date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: дата окончания {date} раньше даты согласия {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="299"/>
        <source>{field}: the withdrawal date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: дата отзыва {date} раньше даты согласия {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="30"/>
        <source>{field}: the date of the police check {date} is in the future.</source>
        <translation>{field}: дата проверки полиции {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="33"/>
        <source>{field}: the date the order was served {date} is in the future.</source>
        <translation>{field}: дата вручения предписания {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="36"/>
        <source>{field}: the incident date {date} is in the future.</source>
        <translation>{field}: дата инцидента {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="39"/>
        <source>{field}: the admission date {date} is in the future.</source>
        <translation>{field}: дата поступления {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="42"/>
        <source>{field}: the departure date {date} is in the future.</source>
        <translation>{field}: дата выбытия {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="43"/>
        <source>{field}: the date the consent was given {date} is in the future.</source>
        <translation>{field}: дата согласия {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="46"/>
        <source>{field}: the opening date {date} is in the future.</source>
        <translation>{field}: дата открытия дела {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="47"/>
        <source>{field}: the opening date {date} is before {earliest}.</source>
        <translation>{field}: дата открытия дела {date} раньше {earliest}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="50"/>
        <source>{field}: the birth date is in the future.</source>
        <translation>{field}: дата рождения ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="51"/>
        <source>{field}: the birth date is more than {years} years ago.</source>
        <translation>{field}: дата рождения более {years} лет назад.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="315"/>
        <source>{field}: the incident date {date} is before {earlier}.</source>
        <translation>{field}: дата инцидента {date} раньше {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="320"/>
        <source>{field}: the description is longer than {high} characters.</source>
        <translation>{field}: описание длиннее {high} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="45"/>
        <source>{field} is not a phone number: use digits, spaces and + - ( ).</source>
        <translation>{field}: это не номер телефона; используйте цифры, пробелы и + - ( ).</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="52"/>
        <location filename="../../caseapp/domain/closing.py" line="36"/>
        <source>{field} is before the case was opened.</source>
        <translation>{field}: дата раньше даты открытия дела.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="81"/>
        <source>{field}: at most {count} children can be recorded.</source>
        <translation>{field}: можно записать не больше {count} детей.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="105"/>
        <source>{field}: a child born in {year} is older than his or her mother.</source>
        <translation>{field}: ребёнок {year} года рождения не может быть старше матери.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/cases.py" line="187"/>
        <source>Case number {number} exists already.</source>
        <translation>Дело с номером {number} уже существует.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casecheck.py" line="18"/>
        <source>Case {number} was damaged or changed outside the program ({record}), so it is not shown and no letter is issued from it. Tell your administrator: &apos;caseapp check&apos; lists what changed.</source>
        <translation>Дело {number} повреждено или изменено вне программы ({record}), поэтому оно не открывается и письма по нему не выдаются. Сообщите администратору: «caseapp check» перечисляет изменения.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casecheck.py" line="104"/>
        <location filename="../../caseapp/services/casecheck.py" line="118"/>
        <location filename="../../caseapp/services/cases.py" line="247"/>
        <source>Case {number} is not assigned to you.</source>
        <translation>Дело {number} не закреплено за вами.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/cases.py" line="320"/>
        <source>Only an administrator can move a case to another office.</source>
        <translation>Перевести дело в другой филиал может только администратор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="26"/>
        <source>Too many wrong passwords: wait {seconds} s, then try again.</source>
        <translation>Слишком много неверных паролей: подождите {seconds} с и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="32"/>
        <source>Your account is not allowed to do this.</source>
        <translation>У вашей учётной записи нет прав на это действие.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="36"/>
        <source>There is no case {number}.</source>
        <translation>Дело {number} не найдено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="40"/>
        <source>This case was changed by {who} at {when}: reload it and make your change again.</source>
        <translation>Это дело изменил(а) {who} ({when}): откройте его заново и внесите свои изменения ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="46"/>
        <source>Record {record} is damaged: its field &apos;{column}&apos; cannot be decrypted.</source>
        <translation>Запись {record} повреждена: поле «{column}» не удаётся расшифровать.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="52"/>
        <source>The database file is damaged or is not a caseapp database.</source>
        <translation>Файл базы данных повреждён или не является базой данных caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="35"/>
        <source>The file is too large to import.</source>
        <translation>Файл слишком большой для импорта.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="40"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="44"/>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="48"/>
        <source>The file is not UTF-8 text.</source>
        <translation>Файл не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="121"/>
        <source>{field} is not a district in the organisation&apos;s list.</source>
        <translation>{field}: такого района нет в списке организации.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="69"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>Файл не является корректным JSON (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="79"/>
        <source>The file holds a number with too many digits.</source>
        <translation>В файле есть число со слишком большим количеством цифр.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="87"/>
        <source>The file nests lists and objects more than {depth} levels deep.</source>
        <translation>В файле списки и объекты вложены глубже {depth} уровней.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="94"/>
        <source>{field} nests lists and objects more than {depth} levels deep.</source>
        <translation>{field}: списки и объекты вложены глубже {depth} уровней.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="135"/>
        <source>{field}: case number {number} exists already.</source>
        <translation>{field}: дело с номером {number} уже существует.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/opening.py" line="31"/>
        <source>caseapp opens a data folder or a PostgreSQL server&apos;s address, such as postgresql://user@host/dbname.</source>
        <translation>caseapp открывает папку с данными или адрес сервера PostgreSQL, например postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/opening.py" line="67"/>
        <source>There is no caseapp database in that folder: create one with &apos;caseapp init&apos;.</source>
        <translation>В этой папке нет базы данных caseapp: создайте её командой «caseapp init».</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="79"/>
        <source>The database is locked.</source>
        <translation>База данных заблокирована.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="80"/>
        <source>This database was made by an older version of caseapp: an administrator must open it once with this version, which upgrades it to keys per person.</source>
        <translation>Эта база создана более старой версией caseapp: администратор должен один раз открыть её этой версией, которая перейдёт на личные ключи.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="53"/>
        <source>The password must have at least 10 characters.</source>
        <translation>Пароль должен содержать не меньше 10 символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="58"/>
        <source>This password is among the commonest ones and is guessed first: choose another, for example a few unrelated words.</source>
        <translation>Этот пароль из самых распространённых, его подбирают первым: выберите другой, например несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="67"/>
        <source>The password is too simple: use more different characters.</source>
        <translation>Пароль слишком простой: используйте больше разных символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="78"/>
        <source>A user name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>Имя пользователя может содержать только буквы, цифры и . _ - @ (не более 64 символов).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="287"/>
        <source>This database is already set up; it was left unchanged.</source>
        <translation>Эта база данных уже настроена; она оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="75"/>
        <source>The number of beds must be 0 to 10000.</source>
        <translation>Число мест должно быть от 0 до 10000.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="80"/>
        <source>Auto-lock must be between 1 and 240 minutes.</source>
        <translation>Время автоблокировки должно быть от 1 до 240 минут.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="84"/>
        <location filename="../../caseapp/services/workspace.py" line="290"/>
        <source>The organisation needs a name.</source>
        <translation>Укажите название организации.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="89"/>
        <source>The BIN must have 12 digits, the last one a correct check digit.</source>
        <translation>БИН должен состоять из 12 цифр, последняя из которых — верная контрольная цифра.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="99"/>
        <source>Who sees which cases must be &apos;all&apos;, &apos;office&apos; or &apos;assigned&apos;.</source>
        <translation>Видимость дел должна иметь значение «all», «office» или «assigned».</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="53"/>
        <source>The recovery key is wrong.</source>
        <translation>Неверный ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="49"/>
        <source>The organisation has no office; an administrator must add one.</source>
        <translation>В организации нет ни одного филиала; администратор должен добавить филиал.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="225"/>
        <location filename="../../caseapp/services/cases.py" line="100"/>
        <location filename="../../caseapp/services/offices.py" line="58"/>
        <location filename="../../caseapp/services/offices.py" line="119"/>
        <source>There is no such office.</source>
        <translation>Такого филиала нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="64"/>
        <source>The office needs a name.</source>
        <translation>Укажите название филиала.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="68"/>
        <source>An office name may have at most {chars} characters.</source>
        <translation>Название филиала может содержать не более {chars} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="79"/>
        <source>There is already an office named &apos;{name}&apos;.</source>
        <translation>Филиал «{name}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="149"/>
        <source>A staff member must belong to at least one office.</source>
        <translation>Сотрудник должен быть прикреплён хотя бы к одному филиалу.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="54"/>
        <location filename="../../caseapp/services/offices.py" line="155"/>
        <location filename="../../caseapp/services/staff.py" line="85"/>
        <location filename="../../caseapp/services/staff.py" line="151"/>
        <location filename="../../caseapp/services/staff.py" line="216"/>
        <source>There is no such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="87"/>
        <source>This database must first be opened once by an administrator with her password, to upgrade it to this version&apos;s keys.</source>
        <translation>Сначала администратор должна один раз открыть эту базу своим паролем, чтобы перевести её на ключи этой версии.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="126"/>
        <source>The recovery key sets a new password for an active administrator only; an administrator then sets the others&apos; passwords on the Staff page.</source>
        <translation>Ключ восстановления задаёт новый пароль только действующему администратору; пароли остальных затем задаёт администратор на странице «Сотрудники».</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="211"/>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>Имя пользователя «{name}» уже занято.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="113"/>
        <source>The organisation has no name in the letter&apos;s language ({lang}): an administrator can add it to the organisation&apos;s details.</source>
        <translation>У организации нет названия на языке письма ({lang}): администратор может добавить его в сведения об организации.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="118"/>
        <source>Case {case} records no name for the client.</source>
        <translation>В деле {case} не указано имя клиента.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="119"/>
        <source>Case {case} records no IIN for the client, which this letter needs.</source>
        <translation>В деле {case} не указан ИИН клиента, а он нужен для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="122"/>
        <source>Case {case} records no date of birth for the client, which this letter needs.</source>
        <translation>В деле {case} не указана дата рождения клиента, а она нужна для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="125"/>
        <source>Case {case} records no name for the offender, which this letter needs.</source>
        <translation>В деле {case} не указано имя обидчика, а оно нужно для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="128"/>
        <source>Case {case} records no form of violence, which this letter needs.</source>
        <translation>В деле {case} не указан вид насилия, а он нужен для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="131"/>
        <source>Case {case} has no protection order issued by {date}, which this letter needs.</source>
        <translation>В деле {case} нет защитного предписания, вынесенного не позднее {date}, а оно нужно для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="135"/>
        <source>The protection order of case {case} has no number, which this letter needs.</source>
        <translation>У защитного предписания по делу {case} нет номера, а он нужен для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="138"/>
        <source>The protection order of case {case} does not name the police unit that issued it, which this letter needs.</source>
        <translation>В защитном предписании по делу {case} не указано вынесшее его подразделение полиции, а оно нужно для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="143"/>
        <source>Case {case} records no date on which the protection order was served, which this letter needs.</source>
        <translation>В деле {case} не указана дата вручения защитного предписания, а она нужна для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="148"/>
        <source>No police check of the protection order of case {case} was missed by {date}, and this letter lists the missed checks.</source>
        <translation>По защитному предписанию по делу {case} на {date} не пропущено ни одной проверки полиции, а в этом письме перечисляются пропущенные проверки.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="153"/>
        <source>No police check of a protection order of case {case} found it violated by {date}, which this letter reports.</source>
        <translation>Ни одна проверка защитного предписания по делу {case} не выявила его нарушения до {date}, а это письмо сообщает о нарушении.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="158"/>
        <source>Case {case} records no incident of violence by {date}, which this letter needs.</source>
        <translation>В деле {case} нет случая насилия до {date}, а он нужен этому письму.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="161"/>
        <source>Case {case} records no child of the client under 18 on {date} (with a year of birth), and this letter is about her minor children.</source>
        <translation>В деле {case} не записано ни одного ребёнка клиентки (с годом рождения), которому на {date} не исполнилось 18 лет, а это письмо о её несовершеннолетних детях.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="166"/>
        <location filename="../../caseapp/letters/builders.py" line="169"/>
        <location filename="../../caseapp/letters/builders.py" line="172"/>
        <location filename="../../caseapp/letters/builders.py" line="175"/>
        <location filename="../../caseapp/letters/builders.py" line="178"/>
        <source>This letter cites a law that was not in force on {date}.</source>
        <translation>Это письмо ссылается на закон, который не действовал на {date}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="181"/>
        <source>Your account has no full name, which a letter prints as its executor: ask an administrator to add it.</source>
        <translation>В вашей учётной записи не указано ФИО, а оно печатается в письме как исполнитель: попросите администратора добавить его.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="186"/>
        <source>Your account records no position, which this letter needs.</source>
        <translation>В вашей учётной записи не указана должность, а она нужна для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="189"/>
        <source>Neither your account nor the organisation records a phone number, which this letter needs.</source>
        <translation>Ни в вашей учётной записи, ни в сведениях об организации не указан номер телефона, а он нужен для этого письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="196"/>
        <source>Case {case} has no protection order in force on {date}, which this letter is about.</source>
        <translation>В деле {case} нет защитного предписания, действующего на {date}, а письмо о нём.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="200"/>
        <source>The protection order of case {case} was served on the offender on {served}: this letter asks for an order not yet served.</source>
        <translation>Защитное предписание по делу {case} вручено правонарушителю {served}: это письмо — о ещё не врученном предписании.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="284"/>
        <source>Case {case} records no incident of physical or sexual violence by {date}: a forensic medical examination is asked for injuries.</source>
        <translation>В деле {case} на {date} нет эпизода физического или сексуального насилия: судебно-медицинскую экспертизу просят назначить для освидетельствования телесных повреждений.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="167"/>
        <source>use the font that ships with caseapp</source>
        <translation>используйте шрифт, который поставляется с caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="60"/>
        <source>The letter font that ships with caseapp is missing or damaged ({path}): reinstall caseapp.</source>
        <translation>Шрифт для писем, который поставляется с caseapp, отсутствует или повреждён ({path}): переустановите caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="152"/>
        <source>The configured letter font {path} does not exist.</source>
        <translation>Указанный для писем шрифт {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="161"/>
        <source>The configured letter font {path} is not a TrueType font with every Kazakh letter: choose another one, or {hint}.</source>
        <translation>Указанный для писем шрифт {path} не является шрифтом TrueType со всеми казахскими буквами: выберите другой или {hint}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="134"/>
        <source>The letter text has a lone {brace}: write {escaped} for a brace itself.</source>
        <translation>В тексте письма есть непарная скобка {brace}: чтобы вывести саму скобку, напишите {escaped}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="147"/>
        <source>The letter text uses {name}, but letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>В тексте письма используется {name}, но в письмах никогда не печатаются адрес клиента, приют, комната или место пребывания клиента.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="156"/>
        <source>The letter text uses {name}, which is not a placeholder: use {allowed}.</source>
        <translation>В тексте письма используется {name}, но такой подстановки нет: используйте {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="165"/>
        <source>The letter text gives {name} a format: write the bare placeholder.</source>
        <translation>В тексте письма для {name} задан формат: напишите подстановку без формата.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="175"/>
        <source>&apos;{key}&apos; in the letter text must be text.</source>
        <translation>«{key}» в тексте письма должно быть текстом.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="179"/>
        <source>&apos;{key}&apos; in the letter text is empty.</source>
        <translation>«{key}» в тексте письма не заполнено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="182"/>
        <source>&apos;{key}&apos; in the letter text is longer than {limit} characters.</source>
        <translation>«{key}» в тексте письма длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="190"/>
        <source>&apos;{key}&apos; in the letter text holds control characters.</source>
        <translation>«{key}» в тексте письма содержит управляющие символы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="201"/>
        <source>a text in quotation marks is not closed, or holds a line break or a tab</source>
        <translation>текст в кавычках не закрыт или содержит перенос строки либо табуляцию</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="208"/>
        <source>the list of paragraphs is not closed with ]</source>
        <translation>список абзацев не закрыт скобкой ]</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="212"/>
        <source>a line is not of the form name = &quot;text&quot;</source>
        <translation>строка не имеет вида имя = &quot;текст&quot;</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="216"/>
        <source>a part of the letter is given twice</source>
        <translation>часть письма указана дважды</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="220"/>
        <source>a value is not written in quotation marks</source>
        <translation>значение не заключено в кавычки</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="223"/>
        <source>a quotation mark, a bracket or a comma is missing or extra</source>
        <translation>не хватает кавычки, скобки или запятой либо есть лишняя</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="236"/>
        <source>The letter text cannot be read at line {line}: {what}.</source>
        <translation>Текст письма не удаётся прочитать в строке {line}: {what}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="251"/>
        <source>The letter text has an unknown field &apos;{key}&apos;: use addressee, title and body.</source>
        <translation>В тексте письма неизвестное поле «{key}»: используйте addressee, title и body.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="259"/>
        <source>The letter text needs &apos;{key}&apos;.</source>
        <translation>В тексте письма должно быть поле «{key}».</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="263"/>
        <source>&apos;body&apos; in the letter text must be a list of 1 to {limit} paragraphs.</source>
        <translation>«body» в тексте письма должно быть списком из 1–{limit} абзацев.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="282"/>
        <source>The letter kind must be one of: {allowed}.</source>
        <translation>Вид письма должен быть одним из следующих: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="293"/>
        <source>The letter language must be one of: {allowed}.</source>
        <translation>Язык письма должен быть одним из следующих: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="13"/>
        <source>This file is not a caseapp backup.</source>
        <translation>Этот файл не является резервной копией caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="17"/>
        <source>The backup file is damaged, cut short or was altered, so nothing was restored.</source>
        <translation>Файл резервной копии повреждён, обрезан или изменён, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="24"/>
        <source>This backup was made by a newer version of caseapp; update caseapp to restore it.</source>
        <translation>Эта резервная копия создана более новой версией caseapp; чтобы восстановить её, обновите caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="31"/>
        <source>The recovery key does not open this backup.</source>
        <translation>Этот ключ восстановления не подходит к данной резервной копии.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="35"/>
        <source>The user name or password does not open this backup (only the passwords administrators had when it was made do).</source>
        <translation>Имя пользователя или пароль не подходят к этой резервной копии (подходят только пароли, которые были у администраторов на момент её создания).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="43"/>
        <source>This backup belongs to another database.</source>
        <translation>Эта резервная копия относится к другой базе данных.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="47"/>
        <source>There is already a caseapp database in that folder; restore into a new, empty folder, as a restore never overwrites a database.</source>
        <translation>В этой папке уже есть база данных caseapp; восстанавливайте в новую пустую папку: при восстановлении база данных никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="55"/>
        <source>A file of that name exists already; choose another name for the backup.</source>
        <translation>Файл с таким именем уже существует; выберите для резервной копии другое имя.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="61"/>
        <source>There is not enough space on that disk, so nothing was written.</source>
        <translation>На этом диске недостаточно места, поэтому ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="67"/>
        <source>You may not write to that folder; choose another place, nothing was written.</source>
        <translation>У вас нет прав на запись в эту папку; выберите другое место. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="73"/>
        <source>The file could not be written there; choose another place, nothing was written.</source>
        <translation>Не удалось записать файл в это место; выберите другое. Ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="79"/>
        <source>The backup file cannot be read.</source>
        <translation>Не удаётся прочитать файл резервной копии.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="83"/>
        <source>A database on a server is backed up with the server&apos;s own tools; this backup is for a database in a data folder.</source>
        <translation>Резервное копирование базы данных на сервере выполняется средствами самого сервера; эта резервная копия предназначена для базы данных в папке с данными.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="192"/>
        <source>Give a file name for the backup, not a folder.</source>
        <translation>Укажите для резервной копии имя файла, а не папку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="199"/>
        <source>A backup cannot replace the database it is made of.</source>
        <translation>Резервную копию нельзя записать поверх базы данных, из которой она создаётся.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="87"/>
        <source>A backup is restored into a data folder, not a server.</source>
        <translation>Резервная копия восстанавливается в папку с данными, а не на сервер.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="92"/>
        <source>Give a folder to restore into, not a file.</source>
        <translation>Укажите папку для восстановления, а не файл.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="118"/>
        <source>Give either the recovery key or an administrator&apos;s name and password.</source>
        <translation>Укажите либо ключ восстановления, либо имя и пароль администратора.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_schedule.py" line="57"/>
        <source>Backups must be due every 1 to 365 days.</source>
        <translation>Резервное копирование должно выполняться с периодичностью от 1 до 365 дней.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="64"/>
        <source>the police</source>
        <translation>полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="65"/>
        <source>a court</source>
        <translation>суду</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="66"/>
        <source>a medical organisation</source>
        <translation>медицинской организации</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="67"/>
        <source>legal aid</source>
        <translation>службе юридической помощи</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="68"/>
        <source>a shelter</source>
        <translation>приюту</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="69"/>
        <source>social services</source>
        <translation>социальной службе</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="76"/>
        <source>The letter was refused: case {number} has no consent to give personal data to {recipient} on {date}; record the client&apos;s consent, or use the emergency override with a written reason if her life is in danger.</source>
        <translation>Письмо не оформлено: в деле {number} нет согласия на передачу персональных данных ({recipient}) на {date}; внесите согласие клиента или, если её жизнь в опасности, используйте экстренный порядок с письменным обоснованием.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="115"/>
        <source>The emergency override needs a written reason of at least {chars} characters.</source>
        <translation>Для экстренного порядка нужно письменное обоснование не короче {chars} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="135"/>
        <source>The addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="136"/>
        <source>The number of the letter answered</source>
        <translation>Номер письма, на которое дан ответ</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="137"/>
        <source>The paragraph about this case</source>
        <translation>Абзац об этом деле</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="138"/>
        <source>The court case number</source>
        <translation>Номер судебного дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="139"/>
        <source>An attachment</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="70"/>
        <source>The addressee&apos;s position</source>
        <translation>Должность адресата</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="71"/>
        <source>The official&apos;s name</source>
        <translation>Имя должностного лица</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="72"/>
        <source>The body&apos;s name</source>
        <translation>Наименование органа</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="73"/>
        <source>The body&apos;s address</source>
        <translation>Адрес органа</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="74"/>
        <source>The phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="75"/>
        <source>The e-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="133"/>
        <location filename="../../caseapp/services/letters.py" line="149"/>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what}: длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="147"/>
        <source>Choose the kind of recipient.</source>
        <translation>Выберите вид адресата.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="166"/>
        <source>Give the body&apos;s name, or the official&apos;s position or name, in at least one language.</source>
        <translation>Укажите наименование органа либо должность или имя должностного лица хотя бы на одном языке.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="173"/>
        <source>The e-mail address is not valid.</source>
        <translation>Адрес электронной почты указан неверно.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="127"/>
        <location filename="../../caseapp/services/letters.py" line="156"/>
        <source>{what} holds control characters.</source>
        <translation>{what}: содержит управляющие символы.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="166"/>
        <source>A letter lists at most {count} attachments of {limit} characters each.</source>
        <translation>В письме может быть не более {count} приложений, каждое не длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="175"/>
        <source>The letter answered cannot be dated after this letter ({date}).</source>
        <translation>Письмо, на которое дан ответ, не может быть датировано позже этого письма ({date}).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="183"/>
        <source>Give the number of the letter answered with its date.</source>
        <translation>Укажите номер письма, на которое дан ответ, вместе с его датой.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_texts.py" line="51"/>
        <source>The organisation&apos;s own text for this letter no longer passes the checks ({problem}): an administrator must correct it.</source>
        <translation>Собственный текст организации для этого письма больше не проходит проверку ({problem}): администратор должен его исправить.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_register.py" line="84"/>
        <source>Letter {number} of the outgoing register is dated {date}: a new letter cannot be dated earlier.</source>
        <translation>Письмо {number} в журнале исходящих писем датировано {date}: новое письмо не может иметь более раннюю дату.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_texts.py" line="138"/>
        <source>The register number format must contain {n} and may contain {year}, in at most 32 characters.</source>
        <translation>Формат номера в журнале должен содержать {n}, может содержать {year} и должен быть не длиннее 32 символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="47"/>
        <source>Case {number} has no such record, or it was struck out already.</source>
        <translation>В деле {number} нет такой записи, или она уже вычеркнута.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="50"/>
        <source>Only the author of a note or an administrator can correct or strike it out.</source>
        <translation>Исправить или вычеркнуть заметку может только её автор или администратор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="90"/>
        <source>The score for a medium risk must be at least 1 and below the score for a high risk, which is at most {high}.</source>
        <translation>Балл для среднего риска должен быть не меньше 1 и меньше балла для высокого риска, который не больше {high}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="107"/>
        <source>{code} is not a question of the risk assessment.</source>
        <translation>{code} — не вопрос оценки риска.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="115"/>
        <source>The answer to {code} must be yes, no or unknown.</source>
        <translation>Ответ на вопрос {code} должен быть yes, no или unknown.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="171"/>
        <source>Professional judgement can only raise the level above the score&apos;s, never lower it.</source>
        <translation>Профессиональное суждение может только повысить уровень относительно баллов, но не понизить его.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="180"/>
        <source>Say why the level is raised above the score&apos;s.</source>
        <translation>Укажите, почему уровень повышен относительно баллов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="185"/>
        <location filename="../../caseapp/services/corrections.py" line="62"/>
        <source>The reason is longer than {high} characters.</source>
        <translation>Причина длиннее {high} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="95"/>
        <location filename="../../caseapp/services/hotline.py" line="191"/>
        <source>Say why the record is struck out.</source>
        <translation>Укажите, почему запись вычёркивается.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="156"/>
        <location filename="../../caseapp/services/notes.py" line="41"/>
        <source>{field} is not a kind of note.</source>
        <translation>{field}: такого вида заметки нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="158"/>
        <location filename="../../caseapp/services/notes.py" line="43"/>
        <source>The note is empty.</source>
        <translation>Заметка пустая.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="176"/>
        <source>Say why the case is deleted.</source>
        <translation>Укажите, почему дело удаляется.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/notes.py" line="85"/>
        <source>Case {number} has no such protection order.</source>
        <translation>В деле {number} нет такого защитного предписания.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="35"/>
        <source>The address holds a password, and caseapp never stores passwords: leave it out (postgresql://user@host/dbname) and put it in the PostgreSQL password file (~/.pgpass), or type it when asked.</source>
        <translation>Адрес содержит пароль, а caseapp никогда не хранит пароли: уберите его из адреса (postgresql://user@host/dbname) и запишите в файл паролей PostgreSQL (~/.pgpass) или вводите по запросу.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="41"/>
        <source>That is not a PostgreSQL server&apos;s address; it looks like postgresql://user@host/dbname.</source>
        <translation>Это не адрес сервера PostgreSQL; он выглядит так: postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="116"/>
        <source>The server&apos;s address could not be saved on this computer.</source>
        <translation>Не удалось сохранить адрес сервера на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="115"/>
        <source>Only shelter staff and administrators hold the shelter&apos;s key: ask an administrator to mark your account as shelter staff.</source>
        <translation>Ключ приюта есть только у сотрудников приюта и администраторов: попросите администратора отметить вашу учётную запись как сотрудника приюта.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="199"/>
        <source>An admission cannot have a departure date yet.</source>
        <translation>При приёме ещё не может быть даты выбытия.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="204"/>
        <source>The admission date {date} is in the future.</source>
        <translation>Дата поступления {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="240"/>
        <source>Case {number} is already in the shelter (admitted on {date}): discharge her first.</source>
        <translation>Клиент по делу {number} уже в приюте (дата поступления {date}): сначала оформите выбытие.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="250"/>
        <source>The admission date {date} falls within an earlier stay of case {number}, which ended on {left}.</source>
        <translation>Дата поступления {date} приходится на предыдущее пребывание по делу {number}, завершившееся {left}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="278"/>
        <source>Case {number} has no such shelter stay.</source>
        <translation>В деле {number} нет такого пребывания в приюте.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="284"/>
        <source>This stay ended on {date} already.</source>
        <translation>Это пребывание уже завершилось {date}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="100"/>
        <source>{name} is the last active administrator: make another account an administrator first.</source>
        <translation>{name} — последний активный администратор: сначала назначьте администратором другую учётную запись.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="82"/>
        <source>Type in the recovery key.</source>
        <translation>Введите ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="255"/>
        <source>Type in the full name: letters print it as the executor.</source>
        <translation>Введите ФИО: письма печатают его как исполнителя.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="260"/>
        <source>A full name may have at most {chars} characters.</source>
        <translation>ФИО может содержать не более {chars} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="266"/>
        <source>A position may have at most {chars} characters.</source>
        <translation>Должность может содержать не более {chars} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="272"/>
        <source>A phone number may hold only digits, spaces and + - ( ), with 5 to 20 digits.</source>
        <translation>Номер телефона может содержать только цифры, пробелы и + - ( ), от 5 до 20 цифр.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="23"/>
        <source>The database file is damaged or is not a caseapp database; restore the last backup with &apos;caseapp restore&apos; or the Backup page.</source>
        <translation>Файл базы данных повреждён или не является базой данных caseapp; восстановите последнюю резервную копию командой «caseapp restore» или на странице «Резервное копирование».</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="31"/>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>Диск заполнен, поэтому ничего не сохранено; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="37"/>
        <source>The database cannot be written because its folder or file is read-only, so nothing was saved.</source>
        <translation>Запись в базу данных невозможна: её папка или файл доступны только для чтения, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="45"/>
        <source>The database is busy in another window or on another computer; try again.</source>
        <translation>База данных занята в другом окне или на другом компьютере; повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="51"/>
        <source>The disk reported an error, so nothing was saved; check the drive and try again.</source>
        <translation>Диск сообщил об ошибке, поэтому ничего не сохранено; проверьте накопитель и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="57"/>
        <source>The database file cannot be opened: check that its folder is there and that you may read and write it.</source>
        <translation>Не удаётся открыть файл базы данных: проверьте, что его папка существует и у вас есть права на чтение и запись.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="65"/>
        <source>The database server ({server}) cannot be reached: check the address, the network and that the server is running.</source>
        <translation>Сервер базы данных ({server}) недоступен: проверьте адрес, сеть и то, что сервер запущен.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="73"/>
        <source>The database server ({server}) asks for a password: type it when asked, or put it in the PostgreSQL password file (~/.pgpass); caseapp never stores it.</source>
        <translation>Сервер базы данных ({server}) запрашивает пароль: введите его по запросу или запишите в файл паролей PostgreSQL (~/.pgpass); caseapp никогда его не хранит.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="81"/>
        <source>The database server ({server}) refused the user name or the password of the database account.</source>
        <translation>Сервер базы данных ({server}) отклонил имя пользователя или пароль учётной записи базы данных.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="89"/>
        <source>The database named in the address ({server}) does not exist on the server: ask the server&apos;s administrator to create it, or check its name.</source>
        <translation>Указанной в адресе базы данных ({server}) нет на сервере: попросите администратора сервера создать её или проверьте её имя.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="97"/>
        <source>The database server ({server}) refused the connection; ask its administrator.</source>
        <translation>Сервер базы данных ({server}) отклонил подключение; обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="104"/>
        <source>The connection to the database server was lost, so nothing was saved; check the network and try again.</source>
        <translation>Соединение с сервером базы данных потеряно, поэтому ничего не сохранено; проверьте сеть и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="112"/>
        <source>The database server does not allow this database account to do that; ask the server&apos;s administrator, nothing was saved.</source>
        <translation>Сервер базы данных не разрешает этой учётной записи базы данных такое действие; обратитесь к администратору сервера. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="120"/>
        <source>The database server has no space left, so nothing was saved; ask its administrator.</source>
        <translation>На сервере базы данных закончилось место, поэтому ничего не сохранено; обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="127"/>
        <source>This database was upgraded by a newer version of caseapp: update caseapp on this computer to open it.</source>
        <translation>Эта база данных обновлена более новой версией caseapp: чтобы открыть её, обновите caseapp на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="38"/>
        <source>The target {target} is not empty: caseapp moves a database only into an empty one, and changed nothing there.</source>
        <translation>Целевая база данных {target} не пуста: caseapp переносит базу данных только в пустую и ничего в ней не изменил.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="46"/>
        <source>There is already a caseapp database in the folder {target}: move into a new, empty folder; nothing was changed.</source>
        <translation>В папке {target} уже есть база данных caseapp: переносите в новую пустую папку. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="54"/>
        <source>There is no caseapp database at {source}.</source>
        <translation>По адресу {source} нет базы данных caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="58"/>
        <source>The database at {source} was made by an older version of caseapp: open it once with this version (for example &apos;caseapp check --db ...&apos;), then move it.</source>
        <translation>База данных {source} создана более старой версией caseapp: сначала откройте её один раз этой версией (например, «caseapp check --db ...»), затем перенесите.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="68"/>
        <source>The source and the target are the same database.</source>
        <translation>Исходная и целевая база данных совпадают.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audit_anchor.py" line="44"/>
        <source>Warning: this database&apos;s audit log ends at entry {now}, but on {seen_on} this computer saw it reach entry {seen}. Entries were removed, or an older copy of the database was put back. Tell your administrator before you rely on the case records.</source>
        <translation>Внимание: журнал аудита этой базы данных заканчивается записью {now}, а {seen_on} этот компьютер видел его до записи {seen}. Записи были удалены, или была возвращена более старая копия базы данных. Сообщите администратору, прежде чем полагаться на данные дел.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audit_anchor.py" line="50"/>
        <source>Warning: this database&apos;s audit log no longer holds entry {seen} as this computer saw it on {seen_on}: its history was rewritten from that point, or another copy of the database took its place. Tell your administrator before you rely on the case records.</source>
        <translation>Внимание: журнал аудита этой базы данных больше не содержит запись {seen} в том виде, в каком этот компьютер видел её {seen_on}: история была переписана с этого места, или её место заняла другая копия базы данных. Сообщите администратору, прежде чем полагаться на данные дел.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_file.py" line="41"/>
        <source>The letter could not be written in that folder ({reason}): it was not registered and took no number.</source>
        <translation>Письмо не удалось записать в эту папку ({reason}): оно не зарегистрировано и не получило номера.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_file.py" line="49"/>
        <source>Letter {number} was registered and written to {part}, but could not be renamed to the chosen file ({reason}): rename it by hand.</source>
        <translation>Письмо {number} зарегистрировано и записано в {part}, но его не удалось переименовать в выбранный файл ({reason}): переименуйте его вручную.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/at_rest.py" line="21"/>
        <source>{file} ({size} bytes) stood beside the database though no program had it open, holding saved work the database file did not have yet (a program was stopped before it closed the database): this check has folded it into the file.</source>
        <translation>Файл {file} ({size} байт) находился рядом с базой данных, хотя ни одна программа её не открывала, и содержал сохранённые данные, которых ещё не было в файле базы (программу остановили до того, как она закрыла базу данных): проверка перенесла их в файл.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/known_roots.py" line="26"/>
        <source>This database&apos;s organisation key has the fingerprint {found}, but this computer knew it as {known}: the database may have been replaced. Compare with the fingerprint on the recovery sheet and ask your administrator before you go on.</source>
        <translation>Отпечаток ключа организации этой базы — {found}, а этот компьютер знал его как {known}: базу могли подменить. Сверьте с отпечатком на листе восстановления и спросите администратора, прежде чем продолжать.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/upgrade.py" line="57"/>
        <source>The database cannot be upgraded: record {record} is damaged. Restore the latest backup with the version that made it, then open it with this version again. Nothing was changed.</source>
        <translation>Базу нельзя обновить: запись {record} повреждена. Восстановите последнюю резервную копию той версией, которая её создала, затем снова откройте её этой версией. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/upgrade.py" line="117"/>
        <source>Another administrator has just upgraded the database: unlock again.</source>
        <translation>Другой администратор только что обновил базу: разблокируйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="20"/>
        <source>{field}: the closing date {date} is in the future.</source>
        <translation>{field}: дата закрытия {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="30"/>
        <source>Case {number} is closed already.</source>
        <translation>Дело {number} уже закрыто.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="90"/>
        <location filename="../../caseapp/domain/closing.py" line="44"/>
        <location filename="../../caseapp/domain/rules.py" line="209"/>
        <source>{field} is longer than {chars} characters.</source>
        <translation>{field}: длиннее {chars} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="51"/>
        <source>She is in the shelter on {date}: record her departure before closing the case.</source>
        <translation>На {date} она находится в приюте: прежде чем закрыть дело, запишите её выбытие.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="68"/>
        <source>Case {number} is open already.</source>
        <translation>Дело {number} уже открыто.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="103"/>
        <source>{field}: type the year as four digits, like 2019.</source>
        <translation>{field}: введите год четырьмя цифрами, например 2019.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="66"/>
        <source>The call&apos;s date is later than today.</source>
        <translation>Дата обращения позже сегодняшней.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="70"/>
        <source>The call&apos;s date is before 1990.</source>
        <translation>Дата обращения раньше 1990 года.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="75"/>
        <source>The call&apos;s time must be written as hours:minutes, 14:05.</source>
        <translation>Время обращения пишется как часы:минуты, например 14:05.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="79"/>
        <source>The call&apos;s note is longer than 4000 characters.</source>
        <translation>Заметка об обращении длиннее 4000 символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="35"/>
        <source>The report&apos;s last day comes before its first day.</source>
        <translation>Последний день отчёта раньше первого.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="39"/>
        <source>The report&apos;s first day is before 1990.</source>
        <translation>Первый день отчёта раньше 1990 года.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="43"/>
        <source>A report covers at most five years.</source>
        <translation>Отчёт охватывает не более пяти лет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="226"/>
        <source>The smallest count shown in reports must be between 2 and 50.</source>
        <translation>Наименьшее число, показываемое в отчётах, должно быть от 2 до 50.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="214"/>
        <source>A report is saved as PDF, XLSX or CSV.</source>
        <translation>Отчёт сохраняется в формате PDF, XLSX или CSV.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="238"/>
        <source>The report could not be saved there: the folder cannot be written to or the disk is full.</source>
        <translation>Отчёт не удалось сохранить туда: в папку нельзя записывать или диск заполнен.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="36"/>
        <source>There is no such call in the log.</source>
        <translation>В журнале нет такого обращения.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="37"/>
        <source>There is no such district.</source>
        <translation>Такого района нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="38"/>
        <source>Someone else changed this call since you opened it; look at it again.</source>
        <translation>Кто-то другой изменил это обращение после того, как вы его открыли; посмотрите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="60"/>
        <source>The district needs a name.</source>
        <translation>У района должно быть название.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="63"/>
        <source>A district&apos;s name is at most 120 characters.</source>
        <translation>Название района — не более 120 символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="68"/>
        <source>There is a district of that name already.</source>
        <translation>Район с таким названием уже есть.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="161"/>
        <source>Only the person who recorded a call, or an administrator, corrects it.</source>
        <translation>Исправить обращение может только тот, кто его записал, или администратор.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="43"/>
        <source>{field} must be a list of the children, each with a name and a year.</source>
        <translation>{field}: должен быть список детей, у каждого — имя и год рождения.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="58"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="76"/>
        <source>{field} must be true or false.</source>
        <translation>{field}: значение должно быть true или false.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="88"/>
        <source>{field} must be a whole number of minutes.</source>
        <translation>{field}: укажите целое число минут.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="106"/>
        <location filename="../../caseapp/domain/risk.py" line="158"/>
        <source>{field}: the date of the assessment {date} is in the future.</source>
        <translation>{field}: дата оценки {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="137"/>
        <source>{field}: say why the level is raised above the score&apos;s.</source>
        <translation>{field}: укажите, почему уровень повышен относительно баллов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="57"/>
        <source>{field}: the date the plan was made {date} is in the future.</source>
        <translation>{field}: дата составления плана {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="65"/>
        <source>The review date must not be before the plan was made.</source>
        <translation>Дата пересмотра не может быть раньше даты составления плана.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="70"/>
        <source>The review date must be within a year of the plan.</source>
        <translation>Дата пересмотра должна быть не позже чем через год после составления плана.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="74"/>
        <source>The plan&apos;s language must be ru, kk or en.</source>
        <translation>Язык плана должен быть ru, kk или en.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="79"/>
        <source>{field} is not a part of the safety plan.</source>
        <translation>{field} — не часть плана безопасности.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="84"/>
        <location filename="../../caseapp/domain/services_given.py" line="84"/>
        <source>{field} is longer than {high} characters.</source>
        <translation>{field}: текст длиннее {high} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="91"/>
        <source>{item} is not an item of the emergency bag.</source>
        <translation>{item} — не предмет тревожной сумки.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="95"/>
        <source>The safety plan is empty.</source>
        <translation>План безопасности пуст.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="84"/>
        <source>The file has no name.</source>
        <translation>У файла нет имени.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="88"/>
        <source>The file&apos;s name is longer than {high} characters.</source>
        <translation>Имя файла длиннее {high} символов.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="92"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="96"/>
        <source>The file is larger than {high} MB.</source>
        <translation>Файл больше {high} МБ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="179"/>
        <source>Case {number} has no such attachment.</source>
        <translation>В деле {number} нет такого файла.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="216"/>
        <source>The copy must be a file in a folder that exists.</source>
        <translation>Копия должна быть файлом в существующей папке.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="236"/>
        <source>The copy could not be written ({reason}).</source>
        <translation>Не удалось записать копию ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/safety.py" line="77"/>
        <source>Case {number} has no such safety plan.</source>
        <translation>В деле {number} нет такого плана безопасности.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/safety.py" line="100"/>
        <source>{field} names the organisation or its address: the printed plan never does. Reword it in a new plan first.</source>
        <translation>{field}: здесь названа организация или её адрес, а в распечатанном плане их быть не должно. Сначала переформулируйте это в новом плане.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="47"/>
        <source>There is no such entry in the address book.</source>
        <translation>Такого адресата в адресной книге нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="48"/>
        <source>Someone else changed this address book entry since you opened it; look at it again.</source>
        <translation>Кто-то другой изменил этого адресата после того, как вы его открыли; посмотрите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="51"/>
        <source>Only an administrator or the office&apos;s own staff change its address book.</source>
        <translation>Адресную книгу филиала изменяют только администратор и сотрудники самого филиала.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="54"/>
        <source>The address book entry has no addressee in the letter&apos;s language.</source>
        <translation>У адресата из адресной книги нет текста на языке письма.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="62"/>
        <source>{field}: the date of the service {date} is in the future.</source>
        <translation>{field}: дата услуги {date} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="70"/>
        <source>{field}: the date of the service {date} is before 1990.</source>
        <translation>{field}: дата услуги {date} раньше 1990 года.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="76"/>
        <source>{field} must be a whole number of minutes from 1 to {high}.</source>
        <translation>{field}: укажите целое число минут от 1 до {high}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/case_services.py" line="27"/>
        <source>Case {number} has no such service, or it was struck out already.</source>
        <translation>В деле {number} нет такой услуги, или она уже вычеркнута.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/case_services.py" line="30"/>
        <source>{field}: there is no such member of staff.</source>
        <translation>{field}: такого сотрудника нет.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="23"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="24"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="60"/>
        <source>The part «{part}» is empty: write its text.</source>
        <translation>Часть «{part}» пуста: напишите её текст.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="61"/>
        <source>The part «{part}» is empty: write its text or remove the paragraph.</source>
        <translation>Часть «{part}» пуста: напишите её текст или удалите абзац.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="64"/>
        <source>The part «{part}» is longer than {limit} characters.</source>
        <translation>Часть «{part}» длиннее {limit} знаков.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="65"/>
        <source>The part «{part}» holds control characters (such as a tab): remove them.</source>
        <translation>Часть «{part}» содержит управляющие символы (например, табуляцию): удалите их.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="68"/>
        <source>The part «{part}» opens a placeholder with {brace} but never closes it: write a placeholder as {example}, or {escaped} for a brace itself.</source>
        <translation>В части «{part}» подстановка открыта скобкой {brace}, но не закрыта: пишите подстановку как {example}, а саму скобку — как {escaped}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="73"/>
        <source>The part «{part}» has a closing {brace} with no opening one: write a placeholder as {example}, or {escaped} for a brace itself.</source>
        <translation>В части «{part}» есть закрывающая скобка {brace} без открывающей: пишите подстановку как {example}, а саму скобку — как {escaped}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="78"/>
        <source>The part «{part}» uses {name}, but letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>В части «{part}» используется {name}, но в письмах никогда не печатаются адрес клиента, приют, комната или место пребывания клиента.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="83"/>
        <source>The part «{part}» uses {name}, which this letter does not know. Did you mean {suggestion}?</source>
        <translation>В части «{part}» используется {name}, такой подстановки в этом письме нет. Возможно, имелось в виду {suggestion}?</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="87"/>
        <source>The part «{part}» uses {name}, which this letter does not know: pick a placeholder from the list.</source>
        <translation>В части «{part}» используется {name}, такой подстановки в этом письме нет: выберите подстановку из списка.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="92"/>
        <source>The part «{part}» gives {name} a format: write the bare placeholder {bare}.</source>
        <translation>В части «{part}» для {name} задан формат: пишите подстановку без формата, {bare}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="95"/>
        <source>The part «{part}» uses {name}, which this kind of letter cannot fill: pick a placeholder from the list.</source>
        <translation>В части «{part}» используется {name}, но письмо этого вида не может её заполнить: выберите подстановку из списка.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="12"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="13"/>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="14"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="15"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="16"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="17"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="18"/>
        <source>Opening date</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="19"/>
        <source>Closing date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="20"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="21"/>
        <source>Outcome of the support</source>
        <translation>Итог сопровождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="22"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="23"/>
        <source>Issue date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="24"/>
        <source>Expiry date</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="25"/>
        <source>Date of serving</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="26"/>
        <source>Revocation date</source>
        <translation>Дата отмены</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="27"/>
        <source>Check date</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="28"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="29"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="30"/>
        <source>Admission date</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="31"/>
        <source>Departure date</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="32"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="33"/>
        <source>Room and bed</source>
        <translation>Комната и место</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="34"/>
        <source>Extended to</source>
        <translation>Продлено до</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="35"/>
        <source>Reason for the extension</source>
        <translation>Основание продления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="36"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="37"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="38"/>
        <source>Date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="39"/>
        <source>Withdrawal date</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="40"/>
        <source>Incident date</source>
        <translation>Дата инцидента</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="41"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="42"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="43"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="44"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="45"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="46"/>
        <source>Office</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="47"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="48"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="49"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="50"/>
        <source>Name or alias</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="51"/>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="52"/>
        <source>Date of the assessment</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="53"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="54"/>
        <source>Raised level</source>
        <translation>Повышенный уровень</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="55"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="56"/>
        <source>Risk thresholds</source>
        <translation>Пороги риска</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="57"/>
        <source>Date the plan was made</source>
        <translation>Дата составления плана</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="58"/>
        <source>Review date</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="59"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="60"/>
        <source>Safety plan</source>
        <translation>План безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="61"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="66"/>
        <source>Emergency bag</source>
        <translation>Тревожная сумка</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="62"/>
        <source>Warning signs</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="63"/>
        <source>Safe people and their contacts</source>
        <translation>Надёжные люди и их контакты</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="64"/>
        <source>Code word</source>
        <translation>Кодовое слово</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="65"/>
        <source>How to leave and where to go</source>
        <translation>Как уйти и куда идти</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="67"/>
        <source>The children&apos;s plan</source>
        <translation>План для детей</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="68"/>
        <source>Phone and online safety</source>
        <translation>Безопасность телефона и в интернете</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="69"/>
        <source>Who does what</source>
        <translation>Кто что делает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="70"/>
        <source>Duration, minutes</source>
        <translation>Продолжительность, минут</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="71"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="72"/>
        <source>Given by</source>
        <translation>Кто оказал</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="73"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="74"/>
        <source>Counted in statistics</source>
        <translation>Учитывается в статистике</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="79"/>
        <source>Date of the service</source>
        <translation>Дата услуги</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="80"/>
        <source>Kind of service</source>
        <translation>Вид услуги</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="83"/>
        <source>Protection order %1</source>
        <translation>Защитное предписание %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="84"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="85"/>
        <source>Police check %1</source>
        <translation>Проверка полиции %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="86"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="87"/>
        <source>Special requirements %1</source>
        <translation>Особые требования %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="88"/>
        <source>Shelter stay %1</source>
        <translation>Пребывание в приюте %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="89"/>
        <source>Consent %1</source>
        <translation>Согласие %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="90"/>
        <source>Incident %1</source>
        <translation>Инцидент %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="91"/>
        <source>Risk assessment %1</source>
        <translation>Оценка риска %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="92"/>
        <source>Safety plan %1</source>
        <translation>План безопасности %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="93"/>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="94"/>
        <source>Child %1</source>
        <translation>Ребёнок %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="95"/>
        <source>Service %1</source>
        <translation>Услуга %1</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../caseapp/ui/models.py" line="29"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="30"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="34"/>
        <source>low</source>
        <translation>низкий</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="35"/>
        <source>standard</source>
        <translation>обычный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="36"/>
        <source>medium</source>
        <translation>средний</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="37"/>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="46"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="47"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="48"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="49"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="50"/>
        <location filename="../../caseapp/ui/today/model.py" line="96"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="51"/>
        <source>Order in force</source>
        <translation>Действует предписание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="52"/>
        <source>In shelter</source>
        <translation>В приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="53"/>
        <source>Assigned to</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="111"/>
        <location filename="../../caseapp/ui/models.py" line="114"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="25"/>
        <source>Police check overdue</source>
        <translation>Проверка полиции просрочена</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="26"/>
        <source>Police check due</source>
        <translation>Срок проверки полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="27"/>
        <source>Order expiring</source>
        <translation>Истекает срок предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="28"/>
        <source>Order not served</source>
        <translation>Предписание не вручено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="29"/>
        <source>Shelter limit near</source>
        <translation>Скоро истекает срок пребывания в приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="30"/>
        <source>Shelter limit passed</source>
        <translation>Срок пребывания в приюте истёк</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="31"/>
        <source>Consent expiring</source>
        <translation>Истекает срок согласия</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="32"/>
        <source>Order violated</source>
        <translation>Предписание нарушено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="33"/>
        <source>Court requirements expiring</source>
        <translation>Истекают требования суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="34"/>
        <source>Risk reassessment due</source>
        <translation>Пора повторно оценить риск</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="35"/>
        <source>Safety plan review due</source>
        <translation>Пора пересмотреть план безопасности</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="38"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="40"/>
        <source>Expiring</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="91"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="92"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="93"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="94"/>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="95"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="97"/>
        <source>What</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="98"/>
        <source>Order number</source>
        <translation>Номер предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="158"/>
        <source>High-risk case</source>
        <translation>Дело с высоким риском</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="77"/>
        <source>(%1 d ago)</source>
        <translation>(%1 дн. назад)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="39"/>
        <source>Due within two days</source>
        <translation>Срок в ближайшие два дня</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="79"/>
        <source>(in %1 d)</source>
        <translation>(через %1 дн.)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="81"/>
        <source>(today)</source>
        <translation>(сегодня)</translation>
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
        <translation>Личный визит</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="24"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="25"/>
        <source>Police referral</source>
        <translation>Направление полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="26"/>
        <location filename="../../caseapp/services/hotline_stats.py" line="32"/>
        <location filename="../../caseapp/services/reports_words.py" line="25"/>
        <location filename="../../caseapp/services/reports_words.py" line="45"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="29"/>
        <source>The survivor herself</source>
        <translation>Сама пострадавшая</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="30"/>
        <source>A relative or friend</source>
        <translation>Родственник или знакомый</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="31"/>
        <source>A professional</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="35"/>
        <location filename="../../caseapp/services/reports_words.py" line="12"/>
        <source>Physical</source>
        <translation>Физическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="36"/>
        <location filename="../../caseapp/services/reports_words.py" line="13"/>
        <source>Psychological</source>
        <translation>Психологическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="37"/>
        <location filename="../../caseapp/services/reports_words.py" line="14"/>
        <source>Sexual</source>
        <translation>Сексуальное</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="38"/>
        <location filename="../../caseapp/services/reports_words.py" line="15"/>
        <source>Economic</source>
        <translation>Экономическое</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="39"/>
        <location filename="../../caseapp/services/reports_words.py" line="16"/>
        <location filename="../../caseapp/services/reports_words.py" line="26"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="42"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="43"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="44"/>
        <source>Referred to the police</source>
        <translation>Направлена в полицию</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="45"/>
        <source>Referred for medical help</source>
        <translation>Направлена за медицинской помощью</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="46"/>
        <source>Referred to legal aid</source>
        <translation>Направлена за юридической помощью</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="47"/>
        <source>Referred to a shelter</source>
        <translation>Направлена в приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="48"/>
        <source>Referred to a family support centre</source>
        <translation>Направлена в центр поддержки семьи</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="51"/>
        <source>Hotline contacts by channel</source>
        <translation>Обращения на горячую линию по способу связи</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="52"/>
        <source>Hotline contacts by who called</source>
        <translation>Обращения на горячую линию по тому, кто обратился</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="53"/>
        <source>Hotline contacts by violence mentioned</source>
        <translation>Обращения на горячую линию по названному виду насилия</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="54"/>
        <source>Hotline contacts by what was given</source>
        <translation>Обращения на горячую линию по оказанной помощи</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="55"/>
        <source>Hotline contacts by district</source>
        <translation>Обращения на горячую линию по районам</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="57"/>
        <source>District not recorded</source>
        <translation>Район не указан</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="19"/>
        <source>Spouse</source>
        <translation>Супруг</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="20"/>
        <source>Former spouse</source>
        <translation>Бывший супруг</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="21"/>
        <source>Cohabiting partner</source>
        <translation>Сожитель</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="22"/>
        <source>Former partner</source>
        <translation>Бывший сожитель</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="23"/>
        <source>Close relative</source>
        <translation>Близкий родственник</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="24"/>
        <source>Has a child in common</source>
        <translation>Общий ребёнок</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="29"/>
        <source>Under 18</source>
        <translation>До 18 лет</translation>
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
        <translation>65 и старше</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="36"/>
        <source>Age not recorded</source>
        <translation>Возраст не указан</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="39"/>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="40"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="41"/>
        <source>Medical</source>
        <translation>Медицина</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="42"/>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="43"/>
        <source>Another shelter</source>
        <translation>Другой приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="44"/>
        <source>Social protection</source>
        <translation>Социальная защита</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="48"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="49"/>
        <source>New cases by violence type</source>
        <translation>Новые дела по видам насилия</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="50"/>
        <source>New cases by the offender&apos;s relationship</source>
        <translation>Новые дела по отношению обидчика к пострадавшей</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="51"/>
        <source>New cases by age</source>
        <translation>Новые дела по возрасту</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="52"/>
        <source>New cases by district</source>
        <translation>Новые дела по районам</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="53"/>
        <source>Protection orders</source>
        <translation>Защитные предписания</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="54"/>
        <source>Police checks</source>
        <translation>Проверки полиции</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="55"/>
        <source>Court special requirements</source>
        <translation>Особые требования суда</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="56"/>
        <source>Shelter</source>
        <translation>Приют</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="57"/>
        <source>Letters by recipient</source>
        <translation>Письма по адресатам</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="55"/>
        <source>New cases</source>
        <translation>Новые дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="58"/>
        <source>Cases open in the period</source>
        <translation>Дела, открытые в течение периода</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="63"/>
        <source>Cases closed</source>
        <translation>Закрытые дела</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="66"/>
        <source>Orders recorded</source>
        <translation>Предписаний записано</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="67"/>
        <source>Orders served</source>
        <translation>Предписаний вручено</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="70"/>
        <source>Orders found violated at a check</source>
        <translation>Предписаний, нарушение которых выявлено при проверке</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="96"/>
        <source>Checks due by the seven-day rule</source>
        <translation>Проверок положено по правилу семи дней</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="97"/>
        <source>Checks done in time</source>
        <translation>Проверок проведено вовремя</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="98"/>
        <source>Checks missed</source>
        <translation>Проверок пропущено</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="101"/>
        <source>Checks recorded: order complied with</source>
        <translation>Записанные проверки: предписание соблюдается</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="106"/>
        <source>Checks recorded: order violated</source>
        <translation>Записанные проверки: предписание нарушено</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="111"/>
        <source>Visits recorded: not reached</source>
        <translation>Записанные выезды: застать не удалось</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="168"/>
        <source>Requirements imposed</source>
        <translation>Требований установлено</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="173"/>
        <source>Requirements in force in the period</source>
        <translation>Требований, действовавших в период</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="203"/>
        <source>Admissions</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="204"/>
        <source>Departures</source>
        <translation>Выбытия</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="205"/>
        <source>Women accommodated</source>
        <translation>Проживало женщин</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="208"/>
        <source>Children admitted with their mothers</source>
        <translation>Детей поступило вместе с матерями</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="213"/>
        <source>Bed-days (women)</source>
        <translation>Койко-дни (женщины)</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="223"/>
        <source>Occupancy, %</source>
        <translation>Заполненность, %</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="233"/>
        <source>Average stay of those who left, days</source>
        <translation>Средний срок проживания выбывших, дней</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="26"/>
        <source>Statistical report</source>
        <translation>Статистический отчёт</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="27"/>
        <source>Period: %1 – %2</source>
        <translation>Период: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="28"/>
        <source>Office: %1</source>
        <translation>Офис: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="29"/>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="30"/>
        <source>Made on %1</source>
        <translation>Составлен %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="31"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="32"/>
        <source>Item</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="33"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="34"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="35"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="36"/>
        <source>About this report</source>
        <translation>Об отчёте</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="37"/>
        <source>Counts only: no name, number, date of birth or free text. Figures from 1 to %1 are shown as “&lt;%2”, and a second figure is hidden as “*” where a total would give one back. Cases whose survivor refused to be counted are left out.</source>
        <translation>Только числа: ни имён, ни номеров, ни дат рождения, ни свободного текста. Числа от 1 до %1 показаны как «&lt;%2», а ещё одно число скрыто как «*» там, где итог позволил бы восстановить малое число. Дела пострадавших, отказавшихся от учёта, не учитываются.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="43"/>
        <source>Main office</source>
        <translation>Главный офис</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="22"/>
        <source>Psychological consultation</source>
        <translation>Психологическая консультация</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="23"/>
        <source>Legal consultation</source>
        <translation>Юридическая консультация</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="24"/>
        <source>Representation in court</source>
        <translation>Представительство в суде</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="25"/>
        <source>Accompanied to the police</source>
        <translation>Сопровождение в полицию</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="26"/>
        <source>Accompanied to court</source>
        <translation>Сопровождение в суд</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="27"/>
        <source>Accompanied to a medical examination</source>
        <translation>Сопровождение на медицинское освидетельствование</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="28"/>
        <source>Medical aid arranged</source>
        <translation>Организована медицинская помощь</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="29"/>
        <source>Social assistance (benefits, documents)</source>
        <translation>Социальная помощь (пособия, документы)</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="30"/>
        <source>Shelter placement</source>
        <translation>Размещение в приюте</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="31"/>
        <source>Referral to a family support centre</source>
        <translation>Направление в центр поддержки семьи</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="32"/>
        <source>Group session</source>
        <translation>Групповое занятие</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="33"/>
        <source>Other service</source>
        <translation>Другая услуга</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="35"/>
        <source>Any service</source>
        <translation>Любая услуга</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="37"/>
        <source>Services and consultations by kind</source>
        <translation>Услуги и консультации по видам</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="38"/>
        <source>Cases served, by kind of service</source>
        <translation>Дела, по которым оказаны услуги, по видам услуг</translation>
    </message>
</context>
</TS>
