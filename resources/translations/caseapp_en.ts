<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="81"/>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="82"/>
        <source>This account manages staff, settings and backups.</source>
        <translation>This account manages staff, settings and backups.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="91"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="92"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="93"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="94"/>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="132"/>
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="135"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="139"/>
        <source>&amp;Offices:</source>
        <translation>&amp;Offices:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="140"/>
        <source>&amp;Shelter staff: sees rooms and where residents went</source>
        <translation>&amp;Shelter staff: sees rooms and where residents went</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="135"/>
        <location filename="../../caseapp/ui/letters/address_book.py" line="209"/>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="136"/>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="137"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="138"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="139"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="172"/>
        <source>Only an administrator or this office&apos;s staff change its address book.</source>
        <translation>Only an administrator or this office&apos;s staff change its address book.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="211"/>
        <source>Remove “%1” from the address book? Letters already issued keep what they printed.</source>
        <translation>Remove “%1” from the address book? Letters already issued keep what they printed.</translation>
    </message>
</context>
<context>
    <name>AddressBookModel</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="43"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="44"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="45"/>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_book.py" line="46"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
</context>
<context>
    <name>AddressEntryDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="123"/>
        <source>New address book entry</source>
        <translation>New address book entry</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="123"/>
        <source>Address book entry</source>
        <translation>Address book entry</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="130"/>
        <source>&amp;Kind of recipient:</source>
        <translation>&amp;Kind of recipient:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="133"/>
        <source>Write each text as the letter is to print it in that language, declined as an addressee line is (to whom: «To the Head of …»). A letter prints the position, the body, the name and the address, in that order.</source>
        <translation>Write each text as the letter is to print it in that language, declined as an addressee line is (to whom: «To the Head of …»). A letter prints the position, the body, the name and the address, in that order.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="139"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="140"/>
        <source>&amp;Name of the official:</source>
        <translation>&amp;Name of the official:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="141"/>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="142"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="147"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="148"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>AddresseeKinds</name>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="27"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="28"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="29"/>
        <source>Medical organisation</source>
        <translation>Medical organisation</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="30"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="31"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="32"/>
        <source>Social protection</source>
        <translation>Social protection</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="33"/>
        <source>Family support centre</source>
        <translation>Family support centre</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="36"/>
        <source>Guardianship body</source>
        <translation>Guardianship body</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/address_entry.py" line="37"/>
        <source>Prosecutor&apos;s office</source>
        <translation>Prosecutor&apos;s office</translation>
    </message>
</context>
<context>
    <name>AddresseePicker</name>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="82"/>
        <source>as the letter&apos;s text says</source>
        <translation>as the letter&apos;s text says</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="84"/>
        <source>The body or official the letter goes to, one line each, as it is to print.</source>
        <translation>The body or official the letter goes to, one line each, as it is to print.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="86"/>
        <source>The office&apos;s address book, and the order&apos;s police unit</source>
        <translation>The office&apos;s address book, and the order&apos;s police unit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="87"/>
        <source>Add to address &amp;book…</source>
        <translation>Add to address &amp;book…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="88"/>
        <source>Keep this addressee in the office&apos;s address book</source>
        <translation>Keep this addressee in the office&apos;s address book</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="121"/>
        <source>From the order: %1</source>
        <translation>From the order: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="122"/>
        <source>As the letter&apos;s text says</source>
        <translation>As the letter&apos;s text says</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/addressee_picker.py" line="145"/>
        <source>This entry has nothing in the letter&apos;s language: write the addressee here.</source>
        <translation>This entry has nothing in the letter&apos;s language: write the addressee here.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="220"/>
        <source>Admit to the shelter</source>
        <translation>Admit to the shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="226"/>
        <source>Admitted on:</source>
        <translation>Admitted on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="227"/>
        <source>Room and bed:</source>
        <translation>Room and bed:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="228"/>
        <source>Children with her:</source>
        <translation>Children with her:</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="48"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="51"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="125"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="126"/>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="128"/>
        <source>Save a &amp;copy outside…</source>
        <translation>Save a &amp;copy outside…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="130"/>
        <source>Strike out file…</source>
        <translation>Strike out file…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="133"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="134"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="135"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="136"/>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="137"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="143"/>
        <location filename="../../caseapp/ui/case/attachments.py" line="173"/>
        <source>Choose a file and Preview: it opens here, from memory.</source>
        <translation>Choose a file and Preview: it opens here, from memory.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="194"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="196"/>
        <source>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="213"/>
        <source>%1 is larger than 50 MB and was not attached.</source>
        <translation>%1 is larger than 50 MB and was not attached.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="221"/>
        <source>%1 could not be read.</source>
        <translation>%1 could not be read.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="234"/>
        <source>Files attached: %1.</source>
        <translation>Files attached: %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="261"/>
        <source>This kind of file cannot be shown here; save a copy outside to open it.</source>
        <translation>This kind of file cannot be shown here; save a copy outside to open it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="276"/>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="284"/>
        <source>A copy outside the program</source>
        <translation>A copy outside the program</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="285"/>
        <source>The copy will not be encrypted: anyone who can open that folder can read it. Save it only where it must go, and delete it when done. The case&apos;s history records that you saved it. Save a copy?</source>
        <translation>The copy will not be encrypted: anyone who can open that folder can read it. Save it only where it must go, and delete it when done. The case&apos;s history records that you saved it. Save a copy?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/attachments.py" line="307"/>
        <source>A copy was saved to %1.</source>
        <translation>A copy was saved to %1.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="98"/>
        <source>A backup is one encrypted file. Keep it on a USB stick away from this computer; with the recovery key it restores on any computer.</source>
        <translation>A backup is one encrypted file. Keep it on a USB stick away from this computer; with the recovery key it restores on any computer.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="102"/>
        <source>&amp;Make a backup now…</source>
        <translation>&amp;Make a backup now…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="103"/>
        <source>&amp;Check a backup…</source>
        <translation>&amp;Check a backup…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="104"/>
        <source>Remind me when the last backup is older than (days):</source>
        <translation>Remind me when the last backup is older than (days):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="105"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="106"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="120"/>
        <source>This database is on a server: its administrator backs it up with the server&apos;s own tools (pg_dump or continuous archiving). The backups made here are for a database in a data folder.</source>
        <translation>This database is on a server: its administrator backs it up with the server&apos;s own tools (pg_dump or continuous archiving). The backups made here are for a database in a data folder.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="131"/>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="134"/>
        <source>Last backup: %1 by %2.</source>
        <translation>Last backup: %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="139"/>
        <source>A backup is due.</source>
        <translation>A backup is due.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="162"/>
        <source>Save the backup</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="164"/>
        <location filename="../../caseapp/ui/backup_page.py" line="183"/>
        <source>caseapp backup (*%1)</source>
        <translation>caseapp backup (*%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="173"/>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="174"/>
        <source>The backup is saved and checked.</source>
        <translation>The backup is saved and checked.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="181"/>
        <source>Check a backup</source>
        <translation>Check a backup</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="190"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="191"/>
        <source>The backup is complete and undamaged.</source>
        <translation>The backup is complete and undamaged.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="195"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/backup_page.py" line="215"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="147"/>
        <source>Correct the call</source>
        <translation>Correct the call</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="147"/>
        <source>A call or visit</source>
        <translation>A call or visit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="158"/>
        <source>when a case was opened for her</source>
        <translation>when a case was opened for her</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="159"/>
        <source>no name is needed</source>
        <translation>no name is needed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="163"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="164"/>
        <source>&amp;Who called:</source>
        <translation>&amp;Who called:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="165"/>
        <source>&amp;Violence mentioned:</source>
        <translation>&amp;Violence mentioned:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="166"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="167"/>
        <source>What was &amp;given:</source>
        <translation>What was &amp;given:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="168"/>
        <source>C&amp;ase:</source>
        <translation>C&amp;ase:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="169"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="170"/>
        <source>D&amp;ay:</source>
        <translation>D&amp;ay:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/dialog.py" line="171"/>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
</context>
<context>
    <name>CaseChildren</name>
    <message>
        <location filename="../../caseapp/ui/case/children.py" line="45"/>
        <source>Her children:</source>
        <translation>Her children:</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="102"/>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="103"/>
        <source>Case viewed</source>
        <translation>Case viewed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="104"/>
        <source>Case changed</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="105"/>
        <source>Moved to another office</source>
        <translation>Moved to another office</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="106"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="107"/>
        <source>Note added</source>
        <translation>Note added</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="108"/>
        <source>Note corrected</source>
        <translation>Note corrected</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="109"/>
        <source>Service recorded</source>
        <translation>Service recorded</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="110"/>
        <source>Service corrected</source>
        <translation>Service corrected</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="111"/>
        <source>Record struck out</source>
        <translation>Record struck out</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="112"/>
        <source>Case deleted</source>
        <translation>Case deleted</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="113"/>
        <source>Letter issued</source>
        <translation>Letter issued</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="114"/>
        <source>Letter issued without consent (emergency override)</source>
        <translation>Letter issued without consent (emergency override)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="117"/>
        <source>Admitted to the shelter</source>
        <translation>Admitted to the shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="118"/>
        <source>Left the shelter</source>
        <translation>Left the shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="119"/>
        <source>Case summary printed</source>
        <translation>Case summary printed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="120"/>
        <source>Risk assessed</source>
        <translation>Risk assessed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="121"/>
        <source>Safety plan made</source>
        <translation>Safety plan made</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="122"/>
        <source>Safety plan printed for her</source>
        <translation>Safety plan printed for her</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="123"/>
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="124"/>
        <source>Attached file viewed</source>
        <translation>Attached file viewed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_tables.py" line="125"/>
        <source>Copy of an attached file saved outside the program</source>
        <translation>Copy of an attached file saved outside the program</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="22"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="23"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="24"/>
        <source>Perpetrator</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="25"/>
        <source>Protection order</source>
        <translation>Protection order</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="26"/>
        <source>Police check</source>
        <translation>Police check</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="27"/>
        <source>Court requirements</source>
        <translation>Court requirements</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="28"/>
        <source>Shelter stay</source>
        <translation>Shelter stay</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="29"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="30"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="31"/>
        <location filename="../../caseapp/ui/record_words.py" line="71"/>
        <location filename="../../caseapp/ui/record_words.py" line="105"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="32"/>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="33"/>
        <source>Safety plan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="34"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="35"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="40"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="41"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="42"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="43"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="44"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="45"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="46"/>
        <source>Safe contact</source>
        <translation>Safe contact</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="47"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="48"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="50"/>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="51"/>
        <source>Outcome of the support</source>
        <translation>Outcome of the support</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="52"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="53"/>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="54"/>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="55"/>
        <source>Counted in statistics</source>
        <translation>Counted in statistics</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="57"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="58"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="59"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="60"/>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="61"/>
        <source>Served on</source>
        <translation>Served on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="62"/>
        <source>Revoked on</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="63"/>
        <source>Issuing police unit</source>
        <translation>Issuing police unit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="64"/>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="65"/>
        <source>Officer&apos;s phone</source>
        <translation>Officer&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="66"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="67"/>
        <source>Date of the check</source>
        <translation>Date of the check</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="68"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="69"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="70"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="72"/>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="73"/>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="74"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="75"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="76"/>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="77"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="78"/>
        <source>Room and bed</source>
        <translation>Room and bed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="79"/>
        <source>Her children</source>
        <translation>Her children</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="80"/>
        <source>Accompanying children</source>
        <translation>Accompanying children</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="81"/>
        <source>Children with her</source>
        <translation>Children with her</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="82"/>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="83"/>
        <source>Where she went</source>
        <translation>Where she went</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="84"/>
        <source>Extended to</source>
        <translation>Extended to</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="85"/>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="86"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="87"/>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="88"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="89"/>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="90"/>
        <source>Date it happened</source>
        <translation>Date it happened</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="91"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="92"/>
        <source>Reported to the police</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="93"/>
        <location filename="../../caseapp/ui/record_words.py" line="101"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="94"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="95"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="96"/>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="97"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="98"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="99"/>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="100"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="102"/>
        <source>Kind of service</source>
        <translation>Kind of service</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="103"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="104"/>
        <source>Duration, minutes</source>
        <translation>Duration, minutes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="176"/>
        <source>%1: added</source>
        <translation>%1: added</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="177"/>
        <source>%1: struck out. Reason: %2</source>
        <translation>%1: struck out. Reason: %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="178"/>
        <source>The case was deleted. Reason: %1</source>
        <translation>The case was deleted. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="179"/>
        <source>%1 changed (kept in the shelter&apos;s records only)</source>
        <translation>%1 changed (kept in the shelter&apos;s records only)</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="87"/>
        <source>Search by name, alias, IIN or phone…</source>
        <translation>Search by name, alias, IIN or phone…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="91"/>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="92"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="93"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="99"/>
        <source>Anyone&apos;s</source>
        <translation>Anyone&apos;s</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="105"/>
        <source>Order in force</source>
        <translation>Order in force</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="106"/>
        <source>In shelter</source>
        <translation>In shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_list.py" line="120"/>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/case_list.py" line="154"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="67"/>
        <source>Admit to the shelter: choose the case</source>
        <translation>Admit to the shelter: choose the case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="68"/>
        <source>&amp;Search by name, alias, IIN or phone:</source>
        <translation>&amp;Search by name, alias, IIN or phone:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="101"/>
        <source>Type at least part of a name.</source>
        <translation>Type at least part of a name.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="103"/>
        <source>No case found.</source>
        <translation>No case found.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_picker.py" line="105"/>
        <source>Choose the case and press OK.</source>
        <translation>Choose the case and press OK.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="151"/>
        <location filename="../../caseapp/ui/case/window.py" line="282"/>
        <source>Case %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="12"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="13"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="14"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="15"/>
        <source>Safety plan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="16"/>
        <source>Protection orders</source>
        <translation>Protection orders</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="17"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="18"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="19"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="20"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/tabs.py" line="21"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="162"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="163"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Letter…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="164"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="166"/>
        <source>Issue a referral letter about this case (Ctrl+Shift+L)</source>
        <translation>Issue a referral letter about this case (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="60"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="61"/>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="62"/>
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="63"/>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="64"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="65"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="66"/>
        <source>Safe contact:</source>
        <translation>Safe contact:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="68"/>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/client.py" line="71"/>
        <source>&amp;Move to another office…</source>
        <translation>&amp;Move to another office…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="168"/>
        <source>Delete case…</source>
        <translation>Delete case…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="170"/>
        <source>Delete this case, with the reason (administrators; the history keeps it)</source>
        <translation>Delete this case, with the reason (administrators; the history keeps it)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="117"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="25"/>
        <location filename="../../caseapp/ui/record_words.py" line="161"/>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="118"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="26"/>
        <location filename="../../caseapp/ui/record_words.py" line="162"/>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="119"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="27"/>
        <location filename="../../caseapp/ui/record_words.py" line="163"/>
        <source>Sexual</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="120"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="28"/>
        <location filename="../../caseapp/ui/record_words.py" line="164"/>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="126"/>
        <location filename="../../caseapp/ui/record_words.py" line="149"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="127"/>
        <location filename="../../caseapp/ui/record_words.py" line="150"/>
        <source>Former spouse</source>
        <translation>Former spouse</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="128"/>
        <location filename="../../caseapp/ui/record_words.py" line="151"/>
        <source>Cohabiting partner</source>
        <translation>Cohabiting partner</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="129"/>
        <location filename="../../caseapp/ui/record_words.py" line="152"/>
        <source>Former partner</source>
        <translation>Former partner</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="130"/>
        <location filename="../../caseapp/ui/record_words.py" line="153"/>
        <source>Close relative</source>
        <translation>Close relative</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="131"/>
        <location filename="../../caseapp/ui/record_words.py" line="154"/>
        <source>Has a child in common</source>
        <translation>Has a child in common</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="132"/>
        <location filename="../../caseapp/ui/record_words.py" line="155"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="136"/>
        <location filename="../../caseapp/ui/record_words.py" line="129"/>
        <location filename="../../caseapp/ui/record_words.py" line="139"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="137"/>
        <location filename="../../caseapp/ui/record_words.py" line="130"/>
        <location filename="../../caseapp/ui/record_words.py" line="140"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="138"/>
        <location filename="../../caseapp/ui/record_words.py" line="131"/>
        <location filename="../../caseapp/ui/record_words.py" line="141"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="139"/>
        <location filename="../../caseapp/ui/record_words.py" line="132"/>
        <location filename="../../caseapp/ui/record_words.py" line="142"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="140"/>
        <location filename="../../caseapp/ui/record_words.py" line="133"/>
        <location filename="../../caseapp/ui/record_words.py" line="143"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="122"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_words.py" line="123"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="146"/>
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="147"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="148"/>
        <source>Risk:</source>
        <translation>Risk:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="149"/>
        <source>Violence:</source>
        <translation>Violence:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="150"/>
        <source>Perpetrator:</source>
        <translation>Perpetrator:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="151"/>
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="152"/>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="153"/>
        <source>Statistics:</source>
        <translation>Statistics:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="156"/>
        <source>Counted in statistics (she may refuse)</source>
        <translation>Counted in statistics (she may refuse)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="158"/>
        <source>Reports count cases only; untick when she does not want her case counted.</source>
        <translation>Reports count cases only; untick when she does not want her case counted.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="184"/>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="190"/>
        <source>&amp;Reopen the case…</source>
        <translation>&amp;Reopen the case…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="192"/>
        <source>&amp;Close the case…</source>
        <translation>&amp;Close the case…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="203"/>
        <source>Reopen the case</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="204"/>
        <source>Reopen case %1? Its closing date, reason and outcome are cleared; the case&apos;s history keeps them.</source>
        <translation>Reopen case %1? Its closing date, reason and outcome are cleared; the case&apos;s history keeps them.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="235"/>
        <source>The latest risk assessment&apos;s level (the Risk tab)</source>
        <translation>The latest risk assessment&apos;s level (the Risk tab)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="156"/>
        <source>The note was corrected.</source>
        <translation>The note was corrected.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="171"/>
        <source>The note was struck out; the history keeps it.</source>
        <translation>The note was struck out; the history keeps it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="85"/>
        <source>Protection orders (up to 30 days; police check every 7 days)</source>
        <translation>Protection orders (up to 30 days; police check every 7 days)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="87"/>
        <source>Police checks of the selected order</source>
        <translation>Police checks of the selected order</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="89"/>
        <source>Court special requirements on the perpetrator</source>
        <translation>Court special requirements on the perpetrator</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="91"/>
        <source>&amp;New order…</source>
        <translation>&amp;New order…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="93"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Edit order…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="93"/>
        <source>Strike out order…</source>
        <translation>Strike out order…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="95"/>
        <source>&amp;Record a check…</source>
        <translation>&amp;Record a check…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="97"/>
        <source>Edit check…</source>
        <translation>Edit check…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="97"/>
        <source>Strike out check…</source>
        <translation>Strike out check…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="99"/>
        <source>Add requirements…</source>
        <translation>Add requirements…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="101"/>
        <source>Edit requirements…</source>
        <translation>Edit requirements…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="102"/>
        <source>Strike out requirements…</source>
        <translation>Strike out requirements…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="124"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="125"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="126"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="127"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="61"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Admit…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="62"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Discharge…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="63"/>
        <source>E&amp;xtend the stay…</source>
        <translation>E&amp;xtend the stay…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="65"/>
        <source>Record an approved extension past the six-month limit</source>
        <translation>Record an approved extension past the six-month limit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="68"/>
        <source>Edit stay…</source>
        <translation>Edit stay…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="68"/>
        <source>Strike out stay…</source>
        <translation>Strike out stay…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="182"/>
        <source>Add a &amp;consent…</source>
        <translation>Add a &amp;consent…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="163"/>
        <source>Incident log</source>
        <translation>Incident log</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="164"/>
        <source>Add an &amp;incident…</source>
        <translation>Add an &amp;incident…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="166"/>
        <source>Edit incident…</source>
        <translation>Edit incident…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="167"/>
        <source>Strike out incident…</source>
        <translation>Strike out incident…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="172"/>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="173"/>
        <source>Reported to the police</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="174"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="106"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="107"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="108"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="109"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="110"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="111"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="171"/>
        <location filename="../../caseapp/ui/case/notes.py" line="96"/>
        <location filename="../../caseapp/ui/case_orders.py" line="116"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="117"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="74"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="190"/>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="119"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_orders.py" line="118"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="72"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="73"/>
        <source>Six-month limit</source>
        <translation>Six-month limit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="75"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="76"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="77"/>
        <source>Extended to</source>
        <translation>Extended to</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="78"/>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="184"/>
        <source>Edit or withdraw consent…</source>
        <translation>Edit or withdraw consent…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="185"/>
        <source>Strike out consent…</source>
        <translation>Strike out consent…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="189"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="191"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case_lists.py" line="192"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="81"/>
        <source>Case summary (saved with the case):</source>
        <translation>Case summary (saved with the case):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="82"/>
        <source>Dated notes (saved at once, signed):</source>
        <translation>Dated notes (saved at once, signed):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="83"/>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="85"/>
        <source>Correct note…</source>
        <translation>Correct note…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="85"/>
        <source>Strike out note…</source>
        <translation>Strike out note…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="90"/>
        <location filename="../../caseapp/ui/case/notes.py" line="110"/>
        <location filename="../../caseapp/ui/record_words.py" line="170"/>
        <source>Case note</source>
        <translation>Case note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="91"/>
        <location filename="../../caseapp/ui/case/notes.py" line="111"/>
        <location filename="../../caseapp/ui/record_words.py" line="171"/>
        <source>Legal note</source>
        <translation>Legal note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="97"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="98"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="99"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="173"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="258"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/incident.py" line="260"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/notes.py" line="134"/>
        <source>Note added.</source>
        <translation>Note added.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="226"/>
        <location filename="../../caseapp/ui/case/window.py" line="307"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="235"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="259"/>
        <source>Struck out. The case&apos;s history keeps the record.</source>
        <translation>Struck out. The case&apos;s history keeps the record.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="350"/>
        <source>Save your changes before moving the case.</source>
        <translation>Save your changes before moving the case.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="366"/>
        <source>The case is now in %1.</source>
        <translation>The case is now in %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="397"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/window.py" line="398"/>
        <source>Save the changes to this case?</source>
        <translation>Save the changes to this case?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="158"/>
        <source>Record a police check</source>
        <translation>Record a police check</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="158"/>
        <source>Correct a police check</source>
        <translation>Correct a police check</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="171"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="172"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="173"/>
        <source>Summoned to the police</source>
        <translation>Summoned to the police</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="174"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="180"/>
        <source>Complied</source>
        <translation>Complied</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="181"/>
        <source>Violated</source>
        <translation>Violated</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="182"/>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="193"/>
        <source>Date of the check:</source>
        <translation>Date of the check:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="194"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="195"/>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="196"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="197"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="60"/>
        <source>Name or alias</source>
        <translation>Name or alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="60"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="61"/>
        <source>Add a &amp;child</source>
        <translation>Add a &amp;child</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="62"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="21"/>
        <source>Support plan completed: she is safe</source>
        <translation>Support plan completed: she is safe</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="24"/>
        <source>She chose to end the support</source>
        <translation>She chose to end the support</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="27"/>
        <source>Referred to another organisation</source>
        <translation>Referred to another organisation</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="30"/>
        <source>She moved out of the centre&apos;s region</source>
        <translation>She moved out of the centre&apos;s region</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="33"/>
        <source>Contact lost despite attempts</source>
        <translation>Contact lost despite attempts</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="36"/>
        <source>She returned to live with the offender</source>
        <translation>She returned to live with the offender</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="39"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="51"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="53"/>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="65"/>
        <source>Close case %1</source>
        <translation>Close case %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="79"/>
        <source>What came of the support: the court&apos;s decision, where things stand…</source>
        <translation>What came of the support: the court&apos;s decision, where things stand…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="83"/>
        <source>Closed &amp;on:</source>
        <translation>Closed &amp;on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="84"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/closing.py" line="85"/>
        <source>Out&amp;come:</source>
        <translation>Out&amp;come:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="283"/>
        <source>Consent to share personal data</source>
        <translation>Consent to share personal data</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="288"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="289"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="290"/>
        <source>Forensic / medical</source>
        <translation>Forensic / medical</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="291"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="292"/>
        <source>Another shelter</source>
        <translation>Another shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="293"/>
        <source>Social protection</source>
        <translation>Social protection</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="307"/>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="308"/>
        <source>Given on:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="309"/>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="310"/>
        <source>Withdrawn on:</source>
        <translation>Withdrawn on:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="131"/>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="60"/>
        <source>My details</source>
        <translation>My details</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="62"/>
        <source>Letters you issue print your phone beside your name as the executor (without it, the organisation&apos;s phone), and your position in the signature when the organisation has no director.</source>
        <translation>Letters you issue print your phone beside your name as the executor (without it, the organisation&apos;s phone), and your position in the signature when the organisation has no director.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="67"/>
        <source>Details of %1</source>
        <translation>Details of %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="69"/>
        <source>Letters this person issues print her phone beside her name as the executor (without it, the organisation&apos;s phone), and her position in the signature when the organisation has no director.</source>
        <translation>Letters this person issues print her phone beside her name as the executor (without it, the organisation&apos;s phone), and her position in the signature when the organisation has no director.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="74"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="75"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="76"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/details_dialog.py" line="79"/>
        <source>Could not be read; type it again.</source>
        <translation>Could not be read; type it again.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="249"/>
        <source>Discharge from the shelter</source>
        <translation>Discharge from the shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="257"/>
        <source>Departure date:</source>
        <translation>Departure date:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="258"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="259"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Destination (kept encrypted, never printed):</translation>
    </message>
</context>
<context>
    <name>DistrictsDialog</name>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="60"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="61"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="62"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/districts.py" line="63"/>
        <source>&amp;Take off the list</source>
        <translation>&amp;Take off the list</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../caseapp/ui/error_hook.py" line="22"/>
        <source>An unexpected error stopped this action ({error}). What was saved before is kept; try again, and tell your administrator if it happens again.</source>
        <translation>An unexpected error stopped this action ({error}). What was saved before is kept; try again, and tell your administrator if it happens again.</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="22"/>
        <source>Extend the stay</source>
        <translation>Extend the stay</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="31"/>
        <source>Six-month limit:</source>
        <translation>Six-month limit:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="32"/>
        <source>Extended to:</source>
        <translation>Extended to:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/stay_extension.py" line="33"/>
        <source>Reason (who approved it, why):</source>
        <translation>Reason (who approved it, why):</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="50"/>
        <source>Forgot the password?</source>
        <translation>Forgot the password?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="53"/>
        <source>With the recovery key printed when the database was set up, an administrator&apos;s account gets a new password. Her old password stops working. The others&apos; passwords are then set by her on the Staff page.</source>
        <translation>With the recovery key printed when the database was set up, an administrator&apos;s account gets a new password. Her old password stops working. The others&apos; passwords are then set by her on the Staff page.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="58"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/forgot.py" line="59"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>Administrator&apos;s &amp;user name:</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="77"/>
        <source>◀ Previous day</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="78"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="79"/>
        <source>Next day ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="80"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="81"/>
        <source>&amp;New call…</source>
        <translation>&amp;New call…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="83"/>
        <source>Correct the call…</source>
        <translation>Correct the call…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="83"/>
        <source>Strike out the call…</source>
        <translation>Strike out the call…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="86"/>
        <source>Districts…</source>
        <translation>Districts…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="89"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="90"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="91"/>
        <source>Who called</source>
        <translation>Who called</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="92"/>
        <source>Violence mentioned</source>
        <translation>Violence mentioned</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="93"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="94"/>
        <source>What was given</source>
        <translation>What was given</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="95"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="96"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/hotline/page.py" line="140"/>
        <source>Calls on this day: %1</source>
        <translation>Calls on this day: %1</translation>
    </message>
</context>
<context>
    <name>IinField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="167"/>
        <source>Not a valid IIN (12 digits, check digit).</source>
        <translation>Not a valid IIN (12 digits, check digit).</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="30"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="30"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="44"/>
        <source>Storing %1 of %2 cases…</source>
        <translation>Storing %1 of %2 cases…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/import_job.py" line="51"/>
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/import_job.py" line="54"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="334"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="339"/>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="340"/>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="341"/>
        <source>Sexual</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="342"/>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="351"/>
        <source>Reported to the police</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="361"/>
        <source>Date it happened:</source>
        <translation>Date it happened:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="362"/>
        <source>Violence:</source>
        <translation>Violence:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="364"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
</context>
<context>
    <name>IssuedLetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="61"/>
        <source>Letter %1 (case %2)</source>
        <translation>Letter %1 (case %2)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="65"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_letter.py" line="66"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/records_tab.py" line="152"/>
        <location filename="../../caseapp/ui/forms.py" line="70"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="248"/>
        <location filename="../../caseapp/ui/letters/dialog.py" line="249"/>
        <source>Letter about case %1</source>
        <translation>Letter about case %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="252"/>
        <source>Issuing gives the letter the next number of the outgoing register and records it there at once, with its date, recipient and fingerprint, even if it is then neither saved nor printed.</source>
        <translation>Issuing gives the letter the next number of the outgoing register and records it there at once, with its date, recipient and fingerprint, even if it is then neither saved nor printed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="258"/>
        <source>The case has unsaved changes: the letter uses the case as last saved.</source>
        <translation>The case has unsaved changes: the letter uses the case as last saved.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="261"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="262"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="263"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="264"/>
        <source>Addr&amp;essee:</source>
        <translation>Addr&amp;essee:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="265"/>
        <source>In reply to No.:</source>
        <translation>In reply to No.:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="266"/>
        <source>of (date):</source>
        <translation>of (date):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="267"/>
        <source>Court case No.:</source>
        <translation>Court case No.:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="268"/>
        <source>A&amp;ttachments (one a line):</source>
        <translation>A&amp;ttachments (one a line):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="269"/>
        <source>Paragraph about this &amp;case:</source>
        <translation>Paragraph about this &amp;case:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="271"/>
        <source>Printed before the letter&apos;s request, as written. Never write where she stays.</source>
        <translation>Printed before the letter&apos;s request, as written. Never write where she stays.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="41"/>
        <source>Emergency &amp;override (threat to life)</source>
        <translation>Emergency &amp;override (threat to life)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="44"/>
        <source>Written &amp;reason why it cannot wait for consent (kept in the audit log):</source>
        <translation>Written &amp;reason why it cannot wait for consent (kept in the audit log):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="274"/>
        <source>&amp;Issue and preview</source>
        <translation>&amp;Issue and preview</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="276"/>
        <source>Takes the next outgoing number and records the letter in the register.</source>
        <translation>Takes the next outgoing number and records the letter in the register.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="278"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="279"/>
        <source>Save the letter as a PDF file (Ctrl+S)</source>
        <translation>Save the letter as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="280"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="281"/>
        <source>Print the letter (Ctrl+P)</source>
        <translation>Print the letter (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="284"/>
        <source>The letter appears here once it is issued. It is kept in memory only: nothing is written to disk unless you save it.</source>
        <translation>The letter appears here once it is issued. It is kept in memory only: nothing is written to disk unless you save it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="44"/>
        <source>Outgoing No. %1</source>
        <translation>Outgoing No. %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="50"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/issued_actions.py" line="55"/>
        <source>The register keeps this fingerprint: it proves a file is the letter issued.</source>
        <translation>The register keeps this fingerprint: it proves a file is the letter issued.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="64"/>
        <source>At least %1 characters; %2 more needed.</source>
        <translation>At least %1 characters; %2 more needed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/override.py" line="73"/>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="392"/>
        <source>Letter %1 was issued with the emergency override and recorded in the outgoing register; the reason is kept in the audit log.</source>
        <translation>Letter %1 was issued with the emergency override and recorded in the outgoing register; the reason is kept in the audit log.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/dialog.py" line="396"/>
        <source>Letter %1 was issued and recorded in the outgoing register.</source>
        <translation>Letter %1 was issued and recorded in the outgoing register.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="53"/>
        <source>letter-%1.pdf</source>
        <translation>letter-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="62"/>
        <location filename="../../caseapp/ui/letter_output.py" line="74"/>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="64"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="71"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="83"/>
        <source>The letter could not be saved to %1 (%2).</source>
        <translation>The letter could not be saved to %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="89"/>
        <source>Letter %1 was saved to %2.</source>
        <translation>Letter %1 was saved to %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="102"/>
        <source>Letter %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="138"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="142"/>
        <source>The printer refused a new page.</source>
        <translation>The printer refused a new page.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_output.py" line="121"/>
        <source>Letter %1 was sent to the printer.</source>
        <translation>Letter %1 was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>LetterFontBox</name>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="69"/>
        <source>Letters&apos; font</source>
        <translation>Letters&apos; font</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="72"/>
        <source>Letters are set in a font that ships with caseapp, so they look the same on every computer. An administrator may choose another TrueType font with every Kazakh letter for this computer.</source>
        <translation>Letters are set in a font that ships with caseapp, so they look the same on every computer. An administrator may choose another TrueType font with every Kazakh letter for this computer.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="77"/>
        <source>&amp;Choose a font file…</source>
        <translation>&amp;Choose a font file…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="78"/>
        <source>Use the font that ships with caseapp</source>
        <translation>Use the font that ships with caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="89"/>
        <source>In use: the font that ships with caseapp.</source>
        <translation>In use: the font that ships with caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="91"/>
        <source>In use: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="98"/>
        <source>Choose the letters&apos; font</source>
        <translation>Choose the letters&apos; font</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_font.py" line="98"/>
        <source>TrueType fonts (*.ttf)</source>
        <translation>TrueType fonts (*.ttf)</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="12"/>
        <source>Police: checks of the order</source>
        <translation>Police: checks of the order</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="13"/>
        <source>Police: serve the order</source>
        <translation>Police: serve the order</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="14"/>
        <source>Police: order violated</source>
        <translation>Police: order violated</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="15"/>
        <source>Police: forensic medical examination</source>
        <translation>Police: forensic medical examination</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="18"/>
        <source>Court: special requirements</source>
        <translation>Court: special requirements</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="19"/>
        <source>Medical examination and certificate</source>
        <translation>Medical examination and certificate</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="22"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="23"/>
        <source>Another shelter</source>
        <translation>Another shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="24"/>
        <source>Social protection</source>
        <translation>Social protection</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="25"/>
        <source>Family support centre</source>
        <translation>Family support centre</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="26"/>
        <source>Report: a child at risk</source>
        <translation>Report: a child at risk</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="27"/>
        <source>Her consent form, to sign</source>
        <translation>Her consent form, to sign</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letter_kinds.py" line="28"/>
        <source>Her statement to the police, to sign</source>
        <translation>Her statement to the police, to sign</translation>
    </message>
</context>
<context>
    <name>LetterPlaceholders</name>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="80"/>
        <source>the organisation&apos;s name in the letter&apos;s language</source>
        <translation>the organisation&apos;s name in the letter&apos;s language</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="82"/>
        <source>the client&apos;s full name</source>
        <translation>the client&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="83"/>
        <source>the client&apos;s IIN</source>
        <translation>the client&apos;s IIN</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="86"/>
        <source>the client&apos;s date of birth, as 13.11.1990</source>
        <translation>the client&apos;s date of birth, as 13.11.1990</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="90"/>
        <source>the full name of the person who committed the violence</source>
        <translation>the full name of the person who committed the violence</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="97"/>
        <source>the forms of violence, in words (physical, psychological…)</source>
        <translation>the forms of violence, in words (physical, psychological…)</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="104"/>
        <source>the day of the latest incident of violence, as 13.11.2026</source>
        <translation>the day of the latest incident of violence, as 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="111"/>
        <source>the protection order&apos;s number</source>
        <translation>the protection order&apos;s number</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="116"/>
        <source>the police unit that issued the protection order</source>
        <translation>the police unit that issued the protection order</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="121"/>
        <source>the head of the police unit that issued the order, as an addressee</source>
        <translation>the head of the police unit that issued the order, as an addressee</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="129"/>
        <source>the day the protection order was issued, as 13.11.2026</source>
        <translation>the day the protection order was issued, as 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="136"/>
        <source>the last day the protection order is in force, as 13.11.2026</source>
        <translation>the last day the protection order is in force, as 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="144"/>
        <source>the day the protection order was served on the offender, as 13.11.2026</source>
        <translation>the day the protection order was served on the offender, as 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="152"/>
        <source>the dates on which a police check of the order was due and none was recorded</source>
        <translation>the dates on which a police check of the order was due and none was recorded</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="160"/>
        <source>the day a police check found the order violated, as 13.11.2026</source>
        <translation>the day a police check found the order violated, as 13.11.2026</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="167"/>
        <source>the children with her (those of her latest stay, else her children under 18 on the case): how many, and their years of birth</source>
        <translation>the children with her (those of her latest stay, else her children under 18 on the case): how many, and their years of birth</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="176"/>
        <source>the children the report is about: how many, and their years of birth</source>
        <translation>the children the report is about: how many, and their years of birth</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="184"/>
        <source>the reference to the law on prevention in force on the letter&apos;s date</source>
        <translation>the reference to the law on prevention in force on the letter&apos;s date</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="191"/>
        <source>the reference to the article of the Code of Administrative Offences on a violated order</source>
        <translation>the reference to the article of the Code of Administrative Offences on a violated order</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="199"/>
        <source>the reference to the Criminal Code</source>
        <translation>the reference to the Criminal Code</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="203"/>
        <source>the reference to the Criminal Procedure Code</source>
        <translation>the reference to the Criminal Procedure Code</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="207"/>
        <source>the reference to the law on personal data</source>
        <translation>the reference to the law on personal data</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="211"/>
        <source>the longest a protection order lasts, in days</source>
        <translation>the longest a protection order lasts, in days</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="215"/>
        <source>how often the centre asks the police to check an order, in days</source>
        <translation>how often the centre asks the police to check an order, in days</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="221"/>
        <source>the longest stay in a shelter, in months</source>
        <translation>the longest stay in a shelter, in months</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="224"/>
        <source>the staff member who prepares the letter</source>
        <translation>the staff member who prepares the letter</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="226"/>
        <source>that staff member&apos;s position</source>
        <translation>that staff member&apos;s position</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/placeholders.py" line="229"/>
        <source>that staff member&apos;s phone (else the organisation&apos;s)</source>
        <translation>that staff member&apos;s phone (else the organisation&apos;s)</translation>
    </message>
</context>
<context>
    <name>LetterTextsEditor</name>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="207"/>
        <source>In use: the organisation&apos;s own text.</source>
        <translation>In use: the organisation&apos;s own text.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="209"/>
        <source>In use: the text shipped with the program.</source>
        <translation>In use: the text shipped with the program.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="227"/>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="264"/>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="290"/>
        <source>Letter texts</source>
        <translation>Letter texts</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="228"/>
        <source>Discard the unsaved changes to this text?</source>
        <translation>Discard the unsaved changes to this text?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="257"/>
        <source>Saved: new letters of this kind and language use this text.</source>
        <translation>Saved: new letters of this kind and language use this text.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="266"/>
        <source>Use the text shipped with the program again? The organisation&apos;s own text of this letter is deleted.</source>
        <translation>Use the text shipped with the program again? The organisation&apos;s own text of this letter is deleted.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="279"/>
        <source>The shipped text is used again.</source>
        <translation>The shipped text is used again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="292"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="293"/>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="294"/>
        <source>As it prints, on a fictitious case:</source>
        <translation>As it prints, on a fictitious case:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="296"/>
        <source>The preview shows once the text has no mistakes.</source>
        <translation>The preview shows once the text has no mistakes.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="298"/>
        <source>&amp;Save text</source>
        <translation>&amp;Save text</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/texts_editor.py" line="299"/>
        <source>&amp;Reset the whole letter to the shipped text…</source>
        <translation>&amp;Reset the whole letter to the shipped text…</translation>
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
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="168"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="169"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="171"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="172"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="173"/>
        <source>Outgoing letters</source>
        <translation>Outgoing letters</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="176"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="177"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="178"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="179"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="180"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;Import cases…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="181"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="182"/>
        <source>My de&amp;tails…</source>
        <translation>My de&amp;tails…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="184"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="185"/>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="186"/>
        <source>&amp;Shelter</source>
        <translation>&amp;Shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="188"/>
        <source>S&amp;taff</source>
        <translation>S&amp;taff</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="189"/>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="190"/>
        <source>Outgoing &amp;letters</source>
        <translation>Outgoing &amp;letters</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="191"/>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="192"/>
        <source>&amp;Hotline</source>
        <translation>&amp;Hotline</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="193"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="194"/>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="196"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="197"/>
        <source>&amp;Backup</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="236"/>
        <source>Your details were saved.</source>
        <translation>Your details were saved.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="257"/>
        <source>Import cases</source>
        <translation>Import cases</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="257"/>
        <source>caseapp cases (*.json)</source>
        <translation>caseapp cases (*.json)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/main_window.py" line="273"/>
        <source>Import</source>
        <translation>Import</translation>
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
        <translation>Move case %1 to another office</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="207"/>
        <source>&amp;To office:</source>
        <translation>&amp;To office:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="210"/>
        <source>The person the case is assigned to keeps it. Which staff see it by its office follows the setting in Settings.</source>
        <translation>The person the case is assigned to keeps it. Which staff see it by its office follows the setting in Settings.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="385"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="391"/>
        <source>Client&apos;s full name:</source>
        <translation>Client&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="392"/>
        <source>Alias (shown in lists):</source>
        <translation>Alias (shown in lists):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="393"/>
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../caseapp/ui/unlock/new_key.py" line="32"/>
        <source>The database was upgraded: a new recovery key</source>
        <translation>The database was upgraded: a new recovery key</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/new_key.py" line="35"/>
        <source>Each account now has keys of its own and sees only what it may. The old recovery key no longer works: print this one or write it down and lock it away, then destroy the old sheet. The other accounts need new passwords: set them on the Staff page, and mark the shelter staff there.</source>
        <translation>Each account now has keys of its own and sees only what it may. The old recovery key no longer works: print this one or write it down and lock it away, then destroy the old sheet. The other accounts need new passwords: set them on the Staff page, and mark the shelter staff there.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="118"/>
        <source>Correct a note</source>
        <translation>Correct a note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="121"/>
        <source>Case note</source>
        <translation>Case note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="122"/>
        <source>Legal note</source>
        <translation>Legal note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="126"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="127"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>NumberingBox</name>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="59"/>
        <source>Saved: letters issued from now on are numbered this way.</source>
        <translation>Saved: letters issued from now on are numbered this way.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="71"/>
        <source>(not a valid format)</source>
        <translation>(not a valid format)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="73"/>
        <source>for example %1</source>
        <translation>for example %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="76"/>
        <source>Outgoing numbers</source>
        <translation>Outgoing numbers</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="77"/>
        <source>Number &amp;format:</source>
        <translation>Number &amp;format:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="80"/>
        <source>{n} is the letter&apos;s number within its year (required), {year} the year; for example {n}/{year} or 04-{year}/{n:03d}.</source>
        <translation>{n} is the letter&apos;s number within its year (required), {year} the year; for example {n}/{year} or 04-{year}/{n:03d}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/numbering.py" line="84"/>
        <source>Save f&amp;ormat</source>
        <translation>Save f&amp;ormat</translation>
    </message>
</context>
<context>
    <name>OfficeNameDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="119"/>
        <source>Add an office</source>
        <translation>Add an office</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="121"/>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="122"/>
        <source>&amp;Name of the office:</source>
        <translation>&amp;Name of the office:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="123"/>
        <source>for example, Main office or Shymkent branch</source>
        <translation>for example, Main office or Shymkent branch</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="40"/>
        <source>Main office</source>
        <translation>Main office</translation>
    </message>
</context>
<context>
    <name>OfficesBox</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="298"/>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="301"/>
        <source>Each case belongs to one office, and staff work in one or more. Which cases case workers and lawyers see is set in Settings; administrators see every case.</source>
        <translation>Each case belongs to one office, and staff work in one or more. Which cases case workers and lawyers see is set in Settings; administrators see every case.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="305"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="305"/>
        <source>Active staff</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="310"/>
        <source>Add an o&amp;ffice…</source>
        <translation>Add an o&amp;ffice…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="311"/>
        <source>Re&amp;name office…</source>
        <translation>Re&amp;name office…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="325"/>
        <source>Office %1 added.</source>
        <translation>Office %1 added.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="335"/>
        <source>The office is now called %1.</source>
        <translation>The office is now called %1.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="87"/>
        <source>Protection order</source>
        <translation>Protection order</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="99"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="100"/>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="101"/>
        <source>Expires on (at most 30 days):</source>
        <translation>Expires on (at most 30 days):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="102"/>
        <source>Served on the perpetrator:</source>
        <translation>Served on the perpetrator:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="103"/>
        <source>Revoked on:</source>
        <translation>Revoked on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="104"/>
        <source>Issuing police unit:</source>
        <translation>Issuing police unit:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="105"/>
        <source>Responsible officer:</source>
        <translation>Responsible officer:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="106"/>
        <source>Officer&apos;s phone:</source>
        <translation>Officer&apos;s phone:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/forms.py" line="107"/>
        <source>Violations:</source>
        <translation>Violations:</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="39"/>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="41"/>
        <source>These details appear on letters. Never enter the shelter&apos;s address.</source>
        <translation>These details appear on letters. Never enter the shelter&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="48"/>
        <source>Name in Russian:</source>
        <translation>Name in Russian:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="49"/>
        <source>Name in Kazakh:</source>
        <translation>Name in Kazakh:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="50"/>
        <source>Name in English:</source>
        <translation>Name in English:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="51"/>
        <source>Office address:</source>
        <translation>Office address:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="52"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="53"/>
        <source>BIN:</source>
        <translation>BIN:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="54"/>
        <source>Director:</source>
        <translation>Director:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="63"/>
        <source>Beds in the shelter (0 if there is none):</source>
        <translation>Beds in the shelter (0 if there is none):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="64"/>
        <source>Restore from a backup instead…</source>
        <translation>Restore from a backup instead…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="68"/>
        <source>Connect to the organisation&apos;s server instead…</source>
        <translation>Connect to the organisation&apos;s server instead…</translation>
    </message>
</context>
<context>
    <name>PartsForm</name>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="229"/>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="231"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="234"/>
        <source>Paragraph %1 (the request)</source>
        <translation>Paragraph %1 (the request)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="235"/>
        <source>Paragraph %1</source>
        <translation>Paragraph %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="240"/>
        <source>Restore the standard text</source>
        <translation>Restore the standard text</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="242"/>
        <source>Put back the text of this part that ships with the program.</source>
        <translation>Put back the text of this part that ships with the program.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="244"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="245"/>
        <source>Remove this paragraph from the letter.</source>
        <translation>Remove this paragraph from the letter.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/text_parts.py" line="250"/>
        <source>&amp;Add a paragraph</source>
        <translation>&amp;Add a paragraph</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="69"/>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="70"/>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epeat it:</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="200"/>
        <source>At least 10 characters, not one of the commonest passwords. A short sentence is easy to remember.</source>
        <translation>At least 10 characters, not one of the commonest passwords. A short sentence is easy to remember.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="206"/>
        <source>One of the commonest passwords, guessed first: choose another.</source>
        <translation>One of the commonest passwords, guessed first: choose another.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="210"/>
        <source>Too simple: use more different characters.</source>
        <translation>Too simple: use more different characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="212"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="214"/>
        <source>Acceptable. Longer is stronger.</source>
        <translation>Acceptable. Longer is stronger.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="215"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="182"/>
        <source>Not a phone number: digits, spaces and + - ( ).</source>
        <translation>Not a phone number: digits, spaces and + - ( ).</translation>
    </message>
</context>
<context>
    <name>PlaceholderList</name>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="87"/>
        <source>&amp;Placeholders this letter can use:</source>
        <translation>&amp;Placeholders this letter can use:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="88"/>
        <source>&amp;Insert into the text</source>
        <translation>&amp;Insert into the text</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="90"/>
        <source>Put the chosen placeholder where the cursor is (or double-click it).</source>
        <translation>Put the chosen placeholder where the cursor is (or double-click it).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/placeholder_list.py" line="94"/>
        <source>Letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>Letters never print the client&apos;s address, the shelter, a room or where the client stays.</translation>
    </message>
</context>
<context>
    <name>PrintoutDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="69"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="71"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="83"/>
        <source>Printed sheets name clients by alias only and never show a room or an address.</source>
        <translation>Printed sheets name clients by alias only and never show a room or an address.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="103"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="107"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="117"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="120"/>
        <source>The sheet could not be saved to %1 (%2).</source>
        <translation>The sheet could not be saved to %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/printout.py" line="136"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="31"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="32"/>
        <source>Due within two days</source>
        <translation>Due within two days</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="33"/>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="60"/>
        <source>Printed %1 by %2</source>
        <translation>Printed %1 by %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="68"/>
        <source>Confidential: for the centre&apos;s own work. Do not copy or pass on; shred when done.</source>
        <translation>Confidential: for the centre&apos;s own work. Do not copy or pass on; shred when done.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="73"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="82"/>
        <source>%1 d ago</source>
        <translation>%1 d ago</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="84"/>
        <source>in %1 d</source>
        <translation>in %1 d</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="85"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="43"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="129"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="196"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="221"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="91"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="82"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="92"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="154"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="83"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="93"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="155"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="100"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="94"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="99"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="95"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="96"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="97"/>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="121"/>
        <source>Nothing.</source>
        <translation>Nothing.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="127"/>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="130"/>
        <source>Today&apos;s list</source>
        <translation>Today&apos;s list</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="141"/>
        <source>Beds taken: %1 of %2</source>
        <translation>Beds taken: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="147"/>
        <source>Beds taken in cases not assigned to you: %1</source>
        <translation>Beds taken in cases not assigned to you: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="152"/>
        <source>In the shelter</source>
        <translation>In the shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="158"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="156"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="160"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="157"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="158"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="161"/>
        <location filename="../../caseapp/ui/common/sheets.py" line="159"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="173"/>
        <source>Nobody.</source>
        <translation>Nobody.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="177"/>
        <source>Shelter, %1</source>
        <translation>Shelter, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="180"/>
        <source>Shelter board</source>
        <translation>Shelter board</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/sheets.py" line="195"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="80"/>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="85"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="88"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="89"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="96"/>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="101"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="197"/>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="105"/>
        <source>Protection orders</source>
        <translation>Protection orders</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="107"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="220"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="108"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="109"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="179"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="110"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="111"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="126"/>
        <source>Police checks</source>
        <translation>Police checks</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="128"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="130"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="131"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="146"/>
        <source>Court special requirements</source>
        <translation>Court special requirements</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="148"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="149"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="150"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="222"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="156"/>
        <source>Shelter stays</source>
        <translation>Shelter stays</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="159"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="175"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="177"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="178"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="180"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="194"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="198"/>
        <source>Reported to the police</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="34"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="210"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="27"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="29"/>
        <source>Image (%1)</source>
        <translation>Image (%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="30"/>
        <source>Other file</source>
        <translation>Other file</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="34"/>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="212"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="41"/>
        <source>Risk assessments</source>
        <translation>Risk assessments</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="44"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="45"/>
        <source>Raised by professional judgement</source>
        <translation>Raised by professional judgement</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="58"/>
        <source>Safety plans</source>
        <translation>Safety plans</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="59"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="59"/>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="64"/>
        <source>Files kept with the case</source>
        <translation>Files kept with the case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="65"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="65"/>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="218"/>
        <source>Letters issued</source>
        <translation>Letters issued</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="230"/>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/case_sheet.py" line="232"/>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="10"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="11"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="12"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="13"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="14"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="15"/>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="16"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="17"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="18"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="19"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="20"/>
        <source>Invalid filename</source>
        <translation>Invalid filename</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="21"/>
        <source>Page order:</source>
        <translation>Page order:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/qt_strings.py" line="22"/>
        <source>Pages per sheet:</source>
        <translation>Pages per sheet:</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../caseapp/ui/record_actions.py" line="59"/>
        <source>Or double-click the row, or press Enter</source>
        <translation>Or double-click the row, or press Enter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_actions.py" line="62"/>
        <source>Or select the row and press Delete</source>
        <translation>Or select the row and press Delete</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="130"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="134"/>
        <source>It is shown only now. Print it or write it down and lock it away: with it the director can set a new password when every password is lost. Without it, a lost password means lost records.</source>
        <translation>It is shown only now. Print it or write it down and lock it away: with it the director can set a new password when every password is lost. Without it, a lost password means lost records.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="51"/>
        <source>Fingerprint of the organisation&apos;s key: {fingerprint}. Each computer remembers it and warns if a database ever shows another one.</source>
        <translation>Fingerprint of the organisation&apos;s key: {fingerprint}. Each computer remembers it and warns if a database ever shows another one.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="55"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="56"/>
        <source>I have written down or printed the recovery key</source>
        <translation>I have written down or printed the recovery key</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="69"/>
        <source>caseapp recovery key</source>
        <translation>caseapp recovery key</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/recovery_sheet.py" line="71"/>
        <source>Fingerprint of the organisation&apos;s key: {fingerprint}</source>
        <translation>Fingerprint of the organisation&apos;s key: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="28"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="29"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="30"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="31"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="32"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="33"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="34"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register_model.py" line="77"/>
        <source>Issued with the emergency override, without the client&apos;s consent.</source>
        <translation>Issued with the emergency override, without the client&apos;s consent.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="227"/>
        <source>Verify a letter</source>
        <translation>Verify a letter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="229"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="238"/>
        <source>%1 could not be read (%2).</source>
        <translation>%1 could not be read (%2).</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="252"/>
        <source>%1 matches no letter of the outgoing register that you may see: it is not one of its letters, or it was changed after it was issued.</source>
        <translation>%1 matches no letter of the outgoing register that you may see: it is not one of its letters, or it was changed after it was issued.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="259"/>
        <source>%1 is letter %2 of %3 (%4, case %5), exactly as it was issued.</source>
        <translation>%1 is letter %2 of %3 (%4, case %5), exactly as it was issued.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="275"/>
        <source>Choose a letter in the register first.</source>
        <translation>Choose a letter in the register first.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="285"/>
        <source>Letter %1 was issued before the register kept letters: only its fingerprint is kept.</source>
        <translation>Letter %1 was issued before the register kept letters: only its fingerprint is kept.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/letters/register.py" line="307"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="310"/>
        <source>Outgoing letters</source>
        <translation>Outgoing letters</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="311"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="312"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="313"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="314"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="315"/>
        <source>C&amp;ase:</source>
        <translation>C&amp;ase:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="316"/>
        <source>case number</source>
        <translation>case number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="317"/>
        <source>Enter or a double click opens the case.</source>
        <translation>Enter or a double click opens the case.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="318"/>
        <source>&amp;Open the letter…</source>
        <translation>&amp;Open the letter…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="320"/>
        <source>Show the chosen letter exactly as it was issued, to save or print again.</source>
        <translation>Show the chosen letter exactly as it was issued, to save or print again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="322"/>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verify a PDF…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="324"/>
        <source>Check whether a PDF file is a letter of this register, unchanged.</source>
        <translation>Check whether a PDF file is a letter of this register, unchanged.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="326"/>
        <source>Address &amp;book…</source>
        <translation>Address &amp;book…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="327"/>
        <source>The bodies and officials your office writes to</source>
        <translation>The bodies and officials your office writes to</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/letters/register.py" line="329"/>
        <source>Letter &amp;texts…</source>
        <translation>Letter &amp;texts…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="133"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="134"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="135"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="136"/>
        <source>From–to</source>
        <translation>From–to</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>From, to:</source>
        <translation>From, to:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="156"/>
        <source>Save in:</source>
        <translation>Save in:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="160"/>
        <source>&amp;Make the report</source>
        <translation>&amp;Make the report</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="161"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="162"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="163"/>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="171"/>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="175"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="176"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="177"/>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/reports/page.py" line="241"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
</context>
<context>
    <name>RequiredField</name>
    <message>
        <location filename="../../caseapp/ui/widgets.py" line="192"/>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="82"/>
        <source>Court special requirements</source>
        <translation>Court special requirements</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="94"/>
        <source>Starts on:</source>
        <translation>Starts on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="95"/>
        <source>Ends on:</source>
        <translation>Ends on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="96"/>
        <source>Court:</source>
        <translation>Court:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="97"/>
        <source>Requirements:</source>
        <translation>Requirements:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="71"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="74"/>
        <source>The backup is checked completely before anything is written, and it is restored into a new, empty folder: an existing database is never overwritten.</source>
        <translation>The backup is checked completely before anything is written, and it is restored into a new, empty folder: an existing database is never overwritten.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="78"/>
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="79"/>
        <source>New data folder:</source>
        <translation>New data folder:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="80"/>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="81"/>
        <location filename="../../caseapp/ui/restore_dialog.py" line="82"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="93"/>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="95"/>
        <source>caseapp backup (*%1)</source>
        <translation>caseapp backup (*%1)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="101"/>
        <source>New data folder</source>
        <translation>New data folder</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="109"/>
        <source>Choose the backup, a new folder, and type the key.</source>
        <translation>Choose the backup, a new folder, and type the key.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="116"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="117"/>
        <source>Checking and restoring the backup…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/restore_dialog.py" line="135"/>
        <source>Restored, but the check found problems: %1</source>
        <translation>Restored, but the check found problems: %1</translation>
    </message>
</context>
<context>
    <name>RiskAssessment</name>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="36"/>
        <source>Has he ever choked or strangled her, or tried to?</source>
        <translation>Has he ever choked or strangled her, or tried to?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="39"/>
        <source>Has he used a weapon against her or threatened her with one?</source>
        <translation>Has he used a weapon against her or threatened her with one?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="42"/>
        <source>Does he own a weapon or can he easily get one?</source>
        <translation>Does he own a weapon or can he easily get one?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="45"/>
        <source>Has he threatened to kill her, the children or someone close to her?</source>
        <translation>Has he threatened to kill her, the children or someone close to her?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="48"/>
        <source>Has he threatened to kill himself?</source>
        <translation>Has he threatened to kill himself?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="49"/>
        <source>Has the violence become more frequent lately?</source>
        <translation>Has the violence become more frequent lately?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="52"/>
        <source>Has the violence become more severe lately?</source>
        <translation>Has the violence become more severe lately?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="55"/>
        <source>Has she left him, or tried to, within the past year?</source>
        <translation>Has she left him, or tried to, within the past year?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="58"/>
        <source>Is she pregnant or caring for a baby under one, or did he hurt her while pregnant?</source>
        <translation>Is she pregnant or caring for a baby under one, or did he hurt her while pregnant?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="62"/>
        <source>Does he follow, watch or harass her, in person, by phone or online?</source>
        <translation>Does he follow, watch or harass her, in person, by phone or online?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="65"/>
        <source>Has he hurt or threatened the children?</source>
        <translation>Has he hurt or threatened the children?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="68"/>
        <source>Has he broken a protection order or a court&apos;s requirements?</source>
        <translation>Has he broken a protection order or a court&apos;s requirements?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="71"/>
        <source>Does he misuse alcohol or drugs?</source>
        <translation>Does he misuse alcohol or drugs?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="72"/>
        <source>Is he extremely jealous, or does he control what she does each day?</source>
        <translation>Is he extremely jealous, or does he control what she does each day?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="75"/>
        <source>Has he forced her into sexual acts?</source>
        <translation>Has he forced her into sexual acts?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="76"/>
        <source>Has she needed medical care for injuries he caused?</source>
        <translation>Has she needed medical care for injuries he caused?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="79"/>
        <source>Has he been violent to others, or been convicted of a crime?</source>
        <translation>Has he been violent to others, or been convicted of a crime?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="82"/>
        <source>Does he keep her from her family, friends or money?</source>
        <translation>Does he keep her from her family, friends or money?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="85"/>
        <source>Is he out of work?</source>
        <translation>Is he out of work?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="86"/>
        <source>Does she believe he could kill her?</source>
        <translation>Does she believe he could kill her?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="90"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="91"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="92"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="93"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="94"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="97"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="98"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="99"/>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="118"/>
        <source>New risk assessment</source>
        <translation>New risk assessment</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="125"/>
        <source>Assessed on:</source>
        <translation>Assessed on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="161"/>
        <source>Professional judgement raises it to:</source>
        <translation>Professional judgement raises it to:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="168"/>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="189"/>
        <source>Score %1: %2 risk (medium from %3, high from %4)</source>
        <translation>Score %1: %2 risk (medium from %3, high from %4)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="237"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="239"/>
        <source>Strike out assessment…</source>
        <translation>Strike out assessment…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="243"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="244"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="245"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="246"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="247"/>
        <source>Raised because</source>
        <translation>Raised because</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="271"/>
        <source>The case&apos;s risk: %1, assessed on %2.</source>
        <translation>The case&apos;s risk: %1, assessed on %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="267"/>
        <source>The case has no risk assessment yet.</source>
        <translation>The case has no risk assessment yet.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="285"/>
        <source>Raised from %1 to %2: %3</source>
        <translation>Raised from %1 to %2: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/risk.py" line="316"/>
        <source>The assessment was recorded; the case&apos;s risk is its level.</source>
        <translation>The assessment was recorded; the case&apos;s risk is its level.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="184"/>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="185"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="186"/>
        <source>The new role applies from the next unlock.</source>
        <translation>The new role applies from the next unlock.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="39"/>
        <source>Warning signs</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="40"/>
        <source>Safe people and their contacts</source>
        <translation>Safe people and their contacts</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="41"/>
        <source>Code word</source>
        <translation>Code word</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="42"/>
        <source>How to leave and where to go</source>
        <translation>How to leave and where to go</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="43"/>
        <source>Emergency bag: where it is, what else</source>
        <translation>Emergency bag: where it is, what else</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="44"/>
        <source>The children&apos;s plan</source>
        <translation>The children&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="45"/>
        <source>Phone and online safety</source>
        <translation>Phone and online safety</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="46"/>
        <source>Who does what</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="49"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="50"/>
        <source>The order&apos;s copy</source>
        <translation>The order&apos;s copy</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="51"/>
        <source>Medicines</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="52"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="53"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="54"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="69"/>
        <source>New safety plan</source>
        <translation>New safety plan</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="81"/>
        <source>Made on:</source>
        <translation>Made on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="82"/>
        <source>Review on:</source>
        <translation>Review on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="83"/>
        <source>Her language:</source>
        <translation>Her language:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="109"/>
        <location filename="../../caseapp/ui/case/safety.py" line="209"/>
        <source>In the bag:</source>
        <translation>In the bag:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="165"/>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="166"/>
        <source>Strike out plan…</source>
        <translation>Strike out plan…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="167"/>
        <source>&amp;Print for her…</source>
        <translation>&amp;Print for her…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="170"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="171"/>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="172"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="173"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="194"/>
        <source>The plan of %1 is to be reviewed on %2.</source>
        <translation>The plan of %1 is to be reviewed on %2.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="192"/>
        <source>The case has no safety plan yet.</source>
        <translation>The case has no safety plan yet.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="226"/>
        <source>The safety plan was recorded.</source>
        <translation>The safety plan was recorded.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="247"/>
        <source>Safety plan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/safety.py" line="248"/>
        <source>Her copy: it never names the centre, the shelter or an address, nor the case.</source>
        <translation>Her copy: it never names the centre, the shelter or an address, nor the case.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="107"/>
        <location filename="../../caseapp/ui/server_dialog.py" line="148"/>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="108"/>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="111"/>
        <source>In the form postgresql://user@host/dbname, without the password; the server&apos;s administrator tells you what to write.</source>
        <translation>In the form postgresql://user@host/dbname, without the password; the server&apos;s administrator tells you what to write.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="115"/>
        <source>Database pass&amp;word:</source>
        <translation>Database pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="116"/>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/server_dialog.py" line="149"/>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="90"/>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="91"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="92"/>
        <source>Note (kept encrypted)</source>
        <translation>Note (kept encrypted)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="143"/>
        <source>Correct the service</source>
        <translation>Correct the service</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="149"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="150"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="151"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="152"/>
        <source>Duration, &amp;minutes:</source>
        <translation>Duration, &amp;minutes:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="153"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="247"/>
        <source>New ser&amp;vice (Enter records it):</source>
        <translation>New ser&amp;vice (Enter records it):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="248"/>
        <source>&amp;Record service</source>
        <translation>&amp;Record service</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="250"/>
        <source>The day, the kind and who gave it are in clear for the reports; the note is kept encrypted under the case&apos;s key. The minutes may be left empty.</source>
        <translation>The day, the kind and who gave it are in clear for the reports; the note is kept encrypted under the case&apos;s key. The minutes may be left empty.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="257"/>
        <source>Correct service…</source>
        <translation>Correct service…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="258"/>
        <source>Strike out service…</source>
        <translation>Strike out service…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="262"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="263"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="264"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="265"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="266"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="271"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="342"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="354"/>
        <source>Service recorded.</source>
        <translation>Service recorded.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/case/services.py" line="378"/>
        <source>The service was corrected.</source>
        <translation>The service was corrected.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="123"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="126"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="129"/>
        <source>Connect to a server…</source>
        <translation>Connect to a server…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="131"/>
        <source>Open a data folder…</source>
        <translation>Open a data folder…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/startup.py" line="148"/>
        <source>Choose a data folder</source>
        <translation>Choose a data folder</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/app.py" line="118"/>
        <source>The check after unlocking found records changed outside the program or damaged. Those cases are not shown and no letter is issued from them. Tell your administrator; &apos;caseapp check&apos; lists everything.</source>
        <translation>The check after unlocking found records changed outside the program or damaged. Those cases are not shown and no letter is issued from them. Tell your administrator; &apos;caseapp check&apos; lists everything.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/app.py" line="122"/>
        <source>
…and %n more.</source>
        <translation>
            <numerusform>
…and %n more.</numerusform>
            <numerusform>
…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="223"/>
        <source>Reactivate %1</source>
        <translation>Reactivate %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="226"/>
        <source>Her keys were deleted when the account was deactivated: it comes back with new ones under this password. Tell her the password in person.</source>
        <translation>Her keys were deleted when the account was deactivated: it comes back with new ones under this password. Tell her the password in person.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="231"/>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="234"/>
        <source>The account gets new keys under this password and its old password stops working. Tell her the password in person.</source>
        <translation>The account gets new keys under this password and its old password stops working. Tell her the password in person.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="292"/>
        <location filename="../../caseapp/ui/settings_page.py" line="297"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="325"/>
        <source>12 digits; the last one is a check digit.</source>
        <translation>12 digits; the last one is a check digit.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="329"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="330"/>
        <source>Lan&amp;guage of the program:</source>
        <translation>Lan&amp;guage of the program:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="336"/>
        <source>Only an administrator can change the settings below.</source>
        <translation>Only an administrator can change the settings below.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="337"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="338"/>
        <source>Lock after idle &amp;minutes:</source>
        <translation>Lock after idle &amp;minutes:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="339"/>
        <source>(a new value applies from the next unlock)</source>
        <translation>(a new value applies from the next unlock)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="342"/>
        <source>&amp;Beds in the shelter:</source>
        <translation>&amp;Beds in the shelter:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="343"/>
        <source>Reports hide counts belo&amp;w:</source>
        <translation>Reports hide counts belo&amp;w:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="362"/>
        <source>These details appear on letters. A letter in a language without its own address prints the Russian one.</source>
        <translation>These details appear on letters. A letter in a language without its own address prints the Russian one.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="370"/>
        <source>Office &amp;address (Russian, default):</source>
        <translation>Office &amp;address (Russian, default):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="371"/>
        <source>Address (Ka&amp;zakh):</source>
        <translation>Address (Ka&amp;zakh):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="372"/>
        <source>Address (E&amp;nglish):</source>
        <translation>Address (E&amp;nglish):</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="386"/>
        <source>Administrators always see every case. Shelter beds are counted for all.</source>
        <translation>Administrators always see every case. Shelter beds are counted for all.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="359"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="297"/>
        <location filename="../../caseapp/ui/settings_page.py" line="304"/>
        <source>Your details were saved.</source>
        <translation>Your details were saved.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="331"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="333"/>
        <source>Your full name, position and phone, as the letters you issue print them.</source>
        <translation>Your full name, position and phone, as the letters you issue print them.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="335"/>
        <source>My de&amp;tails…</source>
        <translation>My de&amp;tails…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="340"/>
        <source>Risk assessment: medium risk from score</source>
        <translation>Risk assessment: medium risk from score</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="341"/>
        <source>high risk from score</source>
        <translation>high risk from score</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="346"/>
        <source>A smaller count is shown as “&lt;5” in every report, so that no one can be recognised from it.</source>
        <translation>A smaller count is shown as “&lt;5” in every report, so that no one can be recognised from it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="350"/>
        <source>Who sees which cases:</source>
        <translation>Who sees which cases:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="351"/>
        <source>Everyone sees a&amp;ll cases</source>
        <translation>Everyone sees a&amp;ll cases</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="353"/>
        <source>Staff see the cases of their o&amp;ffices and the cases assigned to them</source>
        <translation>Staff see the cases of their o&amp;ffices and the cases assigned to them</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="356"/>
        <source>Staff see &amp;only the cases assigned to them</source>
        <translation>Staff see &amp;only the cases assigned to them</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="367"/>
        <source>Name in &amp;Russian:</source>
        <translation>Name in &amp;Russian:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="368"/>
        <source>Name in &amp;Kazakh:</source>
        <translation>Name in &amp;Kazakh:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="369"/>
        <source>Name in &amp;English:</source>
        <translation>Name in &amp;English:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="373"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="374"/>
        <source>B&amp;IN:</source>
        <translation>B&amp;IN:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="375"/>
        <source>&amp;Director:</source>
        <translation>&amp;Director:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="380"/>
        <source>The office&apos;s address only. Never enter the shelter&apos;s address anywhere.</source>
        <translation>The office&apos;s address only. Never enter the shelter&apos;s address anywhere.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="382"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/settings_page.py" line="393"/>
        <source>There is one office, so the second choice shows every case to the staff in it.</source>
        <translation>There is one office, so the second choice shows every case to the staff in it.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../caseapp/ui/setup_wizard.py" line="169"/>
        <source>caseapp — first run</source>
        <translation>caseapp — first run</translation>
    </message>
</context>
<context>
    <name>ShelterBoard</name>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="273"/>
        <source>Shelter, %1</source>
        <translation>Shelter, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="276"/>
        <source>Occupied: %1   ·   Beds: %2   ·   Free: %3</source>
        <translation>Occupied: %1   ·   Beds: %2   ·   Free: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="282"/>
        <source>%1 more than there are beds</source>
        <translation>%1 more than there are beds</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="287"/>
        <source>Six-month limit within 14 days</source>
        <translation>Six-month limit within 14 days</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="288"/>
        <source>Six-month limit passed</source>
        <translation>Six-month limit passed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="289"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Admit…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="290"/>
        <source>Find a case and admit her to the shelter</source>
        <translation>Find a case and admit her to the shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="291"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Discharge…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="292"/>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="293"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="294"/>
        <source>Open the selected case (Enter)</source>
        <translation>Open the selected case (Enter)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="326"/>
        <source>Case %1 admitted.</source>
        <translation>Case %1 admitted.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="352"/>
        <source>Case %1 discharged.</source>
        <translation>Case %1 discharged.</translation>
    </message>
</context>
<context>
    <name>ShelterBoardModel</name>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="56"/>
        <source>Room and bed</source>
        <translation>Room and bed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="57"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="58"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="59"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="60"/>
        <source>Six-month limit</source>
        <translation>Six-month limit</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="61"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="62"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="114"/>
        <source>Another stay today is recorded in this room and bed.</source>
        <translation>Another stay today is recorded in this room and bed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="118"/>
        <source>This case is not assigned to you.</source>
        <translation>This case is not assigned to you.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="122"/>
        <source>The six-month limit has passed.</source>
        <translation>The six-month limit has passed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="126"/>
        <source>The six-month limit is near.</source>
        <translation>The six-month limit is near.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="139"/>
        <source>occupied</source>
        <translation>occupied</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="144"/>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="157"/>
        <source>passed %1 d ago</source>
        <translation>passed %1 d ago</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/shelter_board.py" line="161"/>
        <source>%1 — near</source>
        <translation>%1 — near</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="22"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="23"/>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/dialogs.py" line="24"/>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="41"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="42"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="43"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="44"/>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="45"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="46"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="47"/>
        <source>Failed attempts</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="82"/>
        <source>yes — needs a new password</source>
        <translation>yes — needs a new password</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="84"/>
        <location filename="../../caseapp/ui/staff/page.py" line="91"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="80"/>
        <source>no — cannot unlock</source>
        <translation>no — cannot unlock</translation>
    </message>
</context>
<context>
    <name>StaffOfficesDialog</name>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="161"/>
        <source>Offices of %1</source>
        <translation>Offices of %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="162"/>
        <source>&amp;Works in:</source>
        <translation>&amp;Works in:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/offices.py" line="165"/>
        <source>At least one office. The cases she opens go to the first office ticked here; which cases she sees follows the setting in Settings.</source>
        <translation>At least one office. The cases she opens go to the first office ticked here; which cases she sees follows the setting in Settings.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="212"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="213"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="214"/>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="215"/>
        <source>D&amp;etails…</source>
        <translation>D&amp;etails…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="217"/>
        <source>Full name, position and phone, as this person&apos;s letters print them</source>
        <translation>Full name, position and phone, as this person&apos;s letters print them</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="220"/>
        <source>&amp;Offices…</source>
        <translation>&amp;Offices…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="221"/>
        <source>Choose the offices this person works in</source>
        <translation>Choose the offices this person works in</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="219"/>
        <source>New &amp;password…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="224"/>
        <source>Each account holds only the keys of what it may see. Deactivating one deletes its keys and changes the keys it held, so its password opens nothing here any more; reactivating it needs a new password. There is always at least one active administrator.</source>
        <translation>Each account holds only the keys of what it may see. Deactivating one deletes its keys and changes the keys it held, so its password opens nothing here any more; reactivating it needs a new password. There is always at least one active administrator.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="249"/>
        <source>Reac&amp;tivate…</source>
        <translation>Reac&amp;tivate…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="251"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="253"/>
        <source>Take back the s&amp;helter&apos;s key</source>
        <translation>Take back the s&amp;helter&apos;s key</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="255"/>
        <source>Give the s&amp;helter&apos;s key</source>
        <translation>Give the s&amp;helter&apos;s key</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="272"/>
        <source>Account %1 added.</source>
        <translation>Account %1 added.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="281"/>
        <source>The role of %1 was changed.</source>
        <translation>The role of %1 was changed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="291"/>
        <source>The details of %1 were saved.</source>
        <translation>The details of %1 were saved.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="302"/>
        <source>The offices of %1 were changed.</source>
        <translation>The offices of %1 were changed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="314"/>
        <source>Deactivate the account</source>
        <translation>Deactivate the account</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="316"/>
        <source>Deactivate %1? The account will not be able to unlock until it is reactivated.</source>
        <translation>Deactivate %1? The account will not be able to unlock until it is reactivated.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="323"/>
        <source>%1 was deactivated.</source>
        <translation>%1 was deactivated.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="328"/>
        <source>%1 was reactivated.</source>
        <translation>%1 was reactivated.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="344"/>
        <source>%1 no longer holds the shelter&apos;s key.</source>
        <translation>%1 no longer holds the shelter&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="346"/>
        <source>%1 now holds the shelter&apos;s key.</source>
        <translation>%1 now holds the shelter&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/staff/page.py" line="356"/>
        <source>%1 has a new password.</source>
        <translation>%1 has a new password.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="25"/>
        <source>Shelter stay</source>
        <translation>Shelter stay</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="39"/>
        <source>Admitted on:</source>
        <translation>Admitted on:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="41"/>
        <source>Room and bed:</source>
        <translation>Room and bed:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="42"/>
        <source>Children with her:</source>
        <translation>Children with her:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="43"/>
        <source>Departure date:</source>
        <translation>Departure date:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="44"/>
        <source>Reason for leaving:</source>
        <translation>Reason for leaving:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/record_forms.py" line="47"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Destination (kept encrypted, never printed):</translation>
    </message>
</context>
<context>
    <name>StrikeOutDialog</name>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="55"/>
        <source>Delete the case</source>
        <translation>Delete the case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="58"/>
        <source>The case disappears from the lists, search, reminders, letters and statistics. Its records and its history are kept, and the integrity check still verifies them. Only an administrator can do this.</source>
        <translation>The case disappears from the lists, search, reminders, letters and statistics. Its records and its history are kept, and the integrity check still verifies them. Only an administrator can do this.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="63"/>
        <source>&amp;Why is the case deleted?</source>
        <translation>&amp;Why is the case deleted?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="64"/>
        <source>&amp;Delete the case</source>
        <translation>&amp;Delete the case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="66"/>
        <source>Strike out a record</source>
        <translation>Strike out a record</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="69"/>
        <source>A record entered by mistake is struck out, not erased: it no longer counts for lists, reminders, letters or statistics, and the case&apos;s history keeps it with your name, the date and the reason.</source>
        <translation>A record entered by mistake is struck out, not erased: it no longer counts for lists, reminders, letters or statistics, and the case&apos;s history keeps it with your name, the date and the reason.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="74"/>
        <source>&amp;Why is it struck out?</source>
        <translation>&amp;Why is it struck out?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="75"/>
        <source>&amp;Strike out</source>
        <translation>&amp;Strike out</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/strike_dialog.py" line="85"/>
        <source>Please give the reason.</source>
        <translation>Please give the reason.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="174"/>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="177"/>
        <source>Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3</source>
        <translation>Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="184"/>
        <source>A backup has been due since %1: make one on the Backup page.</source>
        <translation>A backup has been due since %1: make one on the Backup page.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="189"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="190"/>
        <source>Nothing is due today.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="193"/>
        <source>&lt;b&gt;Bold&lt;/b&gt;: a high-risk case</source>
        <translation>&lt;b&gt;Bold&lt;/b&gt;: a high-risk case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="196"/>
        <source>&amp;Record the check…</source>
        <translation>&amp;Record the check…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="197"/>
        <source>&amp;Issue letter…</source>
        <translation>&amp;Issue letter…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="198"/>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="202"/>
        <source>Record the police&apos;s check of this order</source>
        <translation>Record the police&apos;s check of this order</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/page.py" line="204"/>
        <source>Issue the letter this reminder calls for (for a missed check: the police)</source>
        <translation>Issue the letter this reminder calls for (for a missed check: the police)</translation>
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
        <translation>caseapp — unlock</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="117"/>
        <source>Unlock the case records</source>
        <translation>Unlock the case records</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="118"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="119"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="120"/>
        <location filename="../../caseapp/ui/unlock/screen.py" line="190"/>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="121"/>
        <source>Open a &amp;different database…</source>
        <translation>Open a &amp;different database…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="122"/>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="123"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="124"/>
        <source>&amp;Forgot the password?</source>
        <translation>&amp;Forgot the password?</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="126"/>
        <source>I compared the fingerprint with the recovery sheet: &amp;trust this database</source>
        <translation>I compared the fingerprint with the recovery sheet: &amp;trust this database</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="132"/>
        <source>Database {database} on the server {host}</source>
        <translation>Database {database} on the server {host}</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="138"/>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="171"/>
        <source>The new password is set: unlock with it.</source>
        <translation>The new password is set: unlock with it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caseapp/ui/unlock/screen.py" line="193"/>
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Wait %n second</numerusform>
            <numerusform>Wait %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/unlock/screen.py" line="215"/>
        <source>Choose a data folder</source>
        <translation>Choose a data folder</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../caseapp/domain/dates.py" line="72"/>
        <source>{field}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/errors.py" line="19"/>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="79"/>
        <source>{field} must be an object.</source>
        <translation>{field} must be an object.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="84"/>
        <source>{field} is not a known field.</source>
        <translation>{field} is not a known field.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="90"/>
        <source>{field} is given twice.</source>
        <translation>{field} is given twice.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="99"/>
        <source>{field} must be a list.</source>
        <translation>{field} must be a list.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="108"/>
        <source>{field} must be text.</source>
        <translation>{field} must be text.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="38"/>
        <location filename="../../caseapp/domain/closing.py" line="39"/>
        <location filename="../../caseapp/domain/interchange.py" line="118"/>
        <location filename="../../caseapp/domain/interchange.py" line="128"/>
        <location filename="../../caseapp/services/shelter.py" line="208"/>
        <location filename="../../caseapp/ui/case/services.py" line="52"/>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="112"/>
        <source>{field} holds characters that are not valid Unicode text.</source>
        <translation>{field} holds characters that are not valid Unicode text.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="120"/>
        <source>{field} is too long.</source>
        <translation>{field} is too long.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="139"/>
        <source>{field} must be a date in the form YYYY-MM-DD that exists.</source>
        <translation>{field} must be a date in the form YYYY-MM-DD that exists.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="158"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="120"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="129"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="148"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="156"/>
        <source>{field} must be one of: {allowed}.</source>
        <translation>{field} must be one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="178"/>
        <source>The file must hold one JSON object with the fields &quot;format&quot; and &quot;cases&quot;.</source>
        <translation>The file must hold one JSON object with the fields &quot;format&quot; and &quot;cases&quot;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="186"/>
        <source>{field} must be &apos;{expected}&apos;.</source>
        <translation>{field} must be &apos;{expected}&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="195"/>
        <source>{field} has the same case number as cases[{other}].</source>
        <translation>{field} has the same case number as cases[{other}].</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="208"/>
        <source>{field} may hold only letters, digits and - / _ . (at most 32).</source>
        <translation>{field} may hold only letters, digits and - / _ . (at most 32).</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="339"/>
        <source>{field} lists more than {high} children.</source>
        <translation>{field} lists more than {high} children.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="350"/>
        <source>{field} must be a year as a whole number.</source>
        <translation>{field} must be a year as a whole number.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="357"/>
        <source>{field} must be a whole number from 0 to 20, or a list of the children.</source>
        <translation>{field} must be a whole number from 0 to 20, or a list of the children.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="25"/>
        <source>{field} is not a valid IIN: it needs 12 digits with a correct check digit.</source>
        <translation>{field} is not a valid IIN: it needs 12 digits with a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="264"/>
        <source>{field} is not a phone number.</source>
        <translation>{field} is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange.py" line="302"/>
        <source>{field} does not name a protection order of this case.</source>
        <translation>{field} does not name a protection order of this case.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="83"/>
        <source>{field}: the expiry date {date} is before the issue date {earlier}.</source>
        <translation>{field}: the expiry date {date} is before the issue date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="91"/>
        <source>{field}: a protection order lasts at most {days} days, so the latest allowed expiry date is {latest}.</source>
        <translation>{field}: a protection order lasts at most {days} days, so the latest allowed expiry date is {latest}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="103"/>
        <source>{field}: the date of serving {date} is before the issue date {earlier}.</source>
        <translation>{field}: the date of serving {date} is before the issue date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="111"/>
        <source>{field}: the revocation date {date} is before the issue date {earlier}.</source>
        <translation>{field}: the revocation date {date} is before the issue date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="133"/>
        <source>{field}: the police check date {date} is before the order&apos;s issue date {earlier}.</source>
        <translation>{field}: the police check date {date} is before the order&apos;s issue date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="141"/>
        <source>{field}: the police check date {date} is after the order&apos;s expiry date {later}.</source>
        <translation>{field}: the police check date {date} is after the order&apos;s expiry date {later}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="156"/>
        <source>{field}: the end date {date} is before the start date {earlier}.</source>
        <translation>{field}: the end date {date} is before the start date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="173"/>
        <source>{field}: the departure date {date} is before the admission date {earlier}.</source>
        <translation>{field}: the departure date {date} is before the admission date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="180"/>
        <source>{field}: the number of children must be between {low} and {high}.</source>
        <translation>{field}: the number of children must be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="198"/>
        <source>{field}: {count} children are counted but {named} are named.</source>
        <translation>{field}: {count} children are counted but {named} are named.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="218"/>
        <source>{field}: a child born in {year} was over {age} when admitted.</source>
        <translation>{field}: a child born in {year} was over {age} when admitted.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="99"/>
        <location filename="../../caseapp/domain/rules.py" line="227"/>
        <source>{field}: the year of birth {year} is still to come.</source>
        <translation>{field}: the year of birth {year} is still to come.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="239"/>
        <source>{field}: an extension needs the date the stay is extended to.</source>
        <translation>{field}: an extension needs the date the stay is extended to.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="248"/>
        <source>{field}: the extension date {date} is not after the six-month limit {limit}.</source>
        <translation>{field}: the extension date {date} is not after the six-month limit {limit}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="259"/>
        <source>{field}: a stay can be extended to at most {months} months after admission, so the latest allowed date is {latest}.</source>
        <translation>{field}: a stay can be extended to at most {months} months after admission, so the latest allowed date is {latest}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="270"/>
        <source>{field}: the reason for the extension is required.</source>
        <translation>{field}: the reason for the extension is required.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="275"/>
        <source>{field}: the reason for the extension is longer than {high} characters.</source>
        <translation>{field}: the reason for the extension is longer than {high} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="291"/>
        <source>{field}: the expiry date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: the expiry date {date} is before the date of consent {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="299"/>
        <source>{field}: the withdrawal date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: the withdrawal date {date} is before the date of consent {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="30"/>
        <source>{field}: the date of the police check {date} is in the future.</source>
        <translation>{field}: the date of the police check {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="33"/>
        <source>{field}: the date the order was served {date} is in the future.</source>
        <translation>{field}: the date the order was served {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="36"/>
        <source>{field}: the incident date {date} is in the future.</source>
        <translation>{field}: the incident date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="39"/>
        <source>{field}: the admission date {date} is in the future.</source>
        <translation>{field}: the admission date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="42"/>
        <source>{field}: the departure date {date} is in the future.</source>
        <translation>{field}: the departure date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="43"/>
        <source>{field}: the date the consent was given {date} is in the future.</source>
        <translation>{field}: the date the consent was given {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="46"/>
        <source>{field}: the opening date {date} is in the future.</source>
        <translation>{field}: the opening date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="47"/>
        <source>{field}: the opening date {date} is before {earliest}.</source>
        <translation>{field}: the opening date {date} is before {earliest}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="50"/>
        <source>{field}: the birth date is in the future.</source>
        <translation>{field}: the birth date is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/happened.py" line="51"/>
        <source>{field}: the birth date is more than {years} years ago.</source>
        <translation>{field}: the birth date is more than {years} years ago.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="315"/>
        <source>{field}: the incident date {date} is before {earlier}.</source>
        <translation>{field}: the incident date {date} is before {earlier}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/rules.py" line="320"/>
        <source>{field}: the description is longer than {high} characters.</source>
        <translation>{field}: the description is longer than {high} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="45"/>
        <source>{field} is not a phone number: use digits, spaces and + - ( ).</source>
        <translation>{field} is not a phone number: use digits, spaces and + - ( ).</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="52"/>
        <location filename="../../caseapp/domain/closing.py" line="36"/>
        <source>{field} is before the case was opened.</source>
        <translation>{field} is before the case was opened.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="81"/>
        <source>{field}: at most {count} children can be recorded.</source>
        <translation>{field}: at most {count} children can be recorded.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="105"/>
        <source>{field}: a child born in {year} is older than his or her mother.</source>
        <translation>{field}: a child born in {year} is older than his or her mother.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/cases.py" line="187"/>
        <source>Case number {number} exists already.</source>
        <translation>Case number {number} exists already.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casecheck.py" line="18"/>
        <source>Case {number} was damaged or changed outside the program ({record}), so it is not shown and no letter is issued from it. Tell your administrator: &apos;caseapp check&apos; lists what changed.</source>
        <translation>Case {number} was damaged or changed outside the program ({record}), so it is not shown and no letter is issued from it. Tell your administrator: &apos;caseapp check&apos; lists what changed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/casecheck.py" line="104"/>
        <location filename="../../caseapp/services/casecheck.py" line="118"/>
        <location filename="../../caseapp/services/cases.py" line="247"/>
        <source>Case {number} is not assigned to you.</source>
        <translation>Case {number} is not assigned to you.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/cases.py" line="320"/>
        <source>Only an administrator can move a case to another office.</source>
        <translation>Only an administrator can move a case to another office.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="26"/>
        <source>Too many wrong passwords: wait {seconds} s, then try again.</source>
        <translation>Too many wrong passwords: wait {seconds} s, then try again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="32"/>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="36"/>
        <source>There is no case {number}.</source>
        <translation>There is no case {number}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="40"/>
        <source>This case was changed by {who} at {when}: reload it and make your change again.</source>
        <translation>This case was changed by {who} at {when}: reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="46"/>
        <source>Record {record} is damaged: its field &apos;{column}&apos; cannot be decrypted.</source>
        <translation>Record {record} is damaged: its field &apos;{column}&apos; cannot be decrypted.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/errors.py" line="52"/>
        <source>The database file is damaged or is not a caseapp database.</source>
        <translation>The database file is damaged or is not a caseapp database.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="35"/>
        <source>The file is too large to import.</source>
        <translation>The file is too large to import.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="40"/>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="44"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="48"/>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="121"/>
        <source>{field} is not a district in the organisation&apos;s list.</source>
        <translation>{field} is not a district in the organisation&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="69"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>The file is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="79"/>
        <source>The file holds a number with too many digits.</source>
        <translation>The file holds a number with too many digits.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="87"/>
        <source>The file nests lists and objects more than {depth} levels deep.</source>
        <translation>The file nests lists and objects more than {depth} levels deep.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/json_input.py" line="94"/>
        <source>{field} nests lists and objects more than {depth} levels deep.</source>
        <translation>{field} nests lists and objects more than {depth} levels deep.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/importer.py" line="135"/>
        <source>{field}: case number {number} exists already.</source>
        <translation>{field}: case number {number} exists already.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/opening.py" line="31"/>
        <source>caseapp opens a data folder or a PostgreSQL server&apos;s address, such as postgresql://user@host/dbname.</source>
        <translation>caseapp opens a data folder or a PostgreSQL server&apos;s address, such as postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/opening.py" line="67"/>
        <source>There is no caseapp database in that folder: create one with &apos;caseapp init&apos;.</source>
        <translation>There is no caseapp database in that folder: create one with &apos;caseapp init&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="79"/>
        <source>The database is locked.</source>
        <translation>The database is locked.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="80"/>
        <source>This database was made by an older version of caseapp: an administrator must open it once with this version, which upgrades it to keys per person.</source>
        <translation>This database was made by an older version of caseapp: an administrator must open it once with this version, which upgrades it to keys per person.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="53"/>
        <source>The password must have at least 10 characters.</source>
        <translation>The password must have at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="58"/>
        <source>This password is among the commonest ones and is guessed first: choose another, for example a few unrelated words.</source>
        <translation>This password is among the commonest ones and is guessed first: choose another, for example a few unrelated words.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="67"/>
        <source>The password is too simple: use more different characters.</source>
        <translation>The password is too simple: use more different characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/security.py" line="78"/>
        <source>A user name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>A user name may hold only letters, digits and . _ - @ (at most 64).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/workspace.py" line="287"/>
        <source>This database is already set up; it was left unchanged.</source>
        <translation>This database is already set up; it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="75"/>
        <source>The number of beds must be 0 to 10000.</source>
        <translation>The number of beds must be 0 to 10000.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="80"/>
        <source>Auto-lock must be between 1 and 240 minutes.</source>
        <translation>Auto-lock must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="84"/>
        <location filename="../../caseapp/services/workspace.py" line="290"/>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="89"/>
        <source>The BIN must have 12 digits, the last one a correct check digit.</source>
        <translation>The BIN must have 12 digits, the last one a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/organisation.py" line="99"/>
        <source>Who sees which cases must be &apos;all&apos;, &apos;office&apos; or &apos;assigned&apos;.</source>
        <translation>Who sees which cases must be &apos;all&apos;, &apos;office&apos; or &apos;assigned&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="53"/>
        <source>The recovery key is wrong.</source>
        <translation>The recovery key is wrong.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="49"/>
        <source>The organisation has no office; an administrator must add one.</source>
        <translation>The organisation has no office; an administrator must add one.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="225"/>
        <location filename="../../caseapp/services/cases.py" line="100"/>
        <location filename="../../caseapp/services/offices.py" line="58"/>
        <location filename="../../caseapp/services/offices.py" line="119"/>
        <source>There is no such office.</source>
        <translation>There is no such office.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="64"/>
        <source>The office needs a name.</source>
        <translation>The office needs a name.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="68"/>
        <source>An office name may have at most {chars} characters.</source>
        <translation>An office name may have at most {chars} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="79"/>
        <source>There is already an office named &apos;{name}&apos;.</source>
        <translation>There is already an office named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/offices.py" line="149"/>
        <source>A staff member must belong to at least one office.</source>
        <translation>A staff member must belong to at least one office.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="54"/>
        <location filename="../../caseapp/services/offices.py" line="155"/>
        <location filename="../../caseapp/services/staff.py" line="85"/>
        <location filename="../../caseapp/services/staff.py" line="151"/>
        <location filename="../../caseapp/services/staff.py" line="216"/>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="87"/>
        <source>This database must first be opened once by an administrator with her password, to upgrade it to this version&apos;s keys.</source>
        <translation>This database must first be opened once by an administrator with her password, to upgrade it to this version&apos;s keys.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="126"/>
        <source>The recovery key sets a new password for an active administrator only; an administrator then sets the others&apos; passwords on the Staff page.</source>
        <translation>The recovery key sets a new password for an active administrator only; an administrator then sets the others&apos; passwords on the Staff page.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="211"/>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>The user name &apos;{name}&apos; is taken.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="113"/>
        <source>The organisation has no name in the letter&apos;s language ({lang}): an administrator can add it to the organisation&apos;s details.</source>
        <translation>The organisation has no name in the letter&apos;s language ({lang}): an administrator can add it to the organisation&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="118"/>
        <source>Case {case} records no name for the client.</source>
        <translation>Case {case} records no name for the client.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="119"/>
        <source>Case {case} records no IIN for the client, which this letter needs.</source>
        <translation>Case {case} records no IIN for the client, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="122"/>
        <source>Case {case} records no date of birth for the client, which this letter needs.</source>
        <translation>Case {case} records no date of birth for the client, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="125"/>
        <source>Case {case} records no name for the offender, which this letter needs.</source>
        <translation>Case {case} records no name for the offender, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="128"/>
        <source>Case {case} records no form of violence, which this letter needs.</source>
        <translation>Case {case} records no form of violence, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="131"/>
        <source>Case {case} has no protection order issued by {date}, which this letter needs.</source>
        <translation>Case {case} has no protection order issued by {date}, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="135"/>
        <source>The protection order of case {case} has no number, which this letter needs.</source>
        <translation>The protection order of case {case} has no number, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="138"/>
        <source>The protection order of case {case} does not name the police unit that issued it, which this letter needs.</source>
        <translation>The protection order of case {case} does not name the police unit that issued it, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="143"/>
        <source>Case {case} records no date on which the protection order was served, which this letter needs.</source>
        <translation>Case {case} records no date on which the protection order was served, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="148"/>
        <source>No police check of the protection order of case {case} was missed by {date}, and this letter lists the missed checks.</source>
        <translation>No police check of the protection order of case {case} was missed by {date}, and this letter lists the missed checks.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="153"/>
        <source>No police check of a protection order of case {case} found it violated by {date}, which this letter reports.</source>
        <translation>No police check of a protection order of case {case} found it violated by {date}, which this letter reports.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="158"/>
        <source>Case {case} records no incident of violence by {date}, which this letter needs.</source>
        <translation>Case {case} records no incident of violence by {date}, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="161"/>
        <source>Case {case} records no child of the client under 18 on {date} (with a year of birth), and this letter is about her minor children.</source>
        <translation>Case {case} records no child of the client under 18 on {date} (with a year of birth), and this letter is about her minor children.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="166"/>
        <location filename="../../caseapp/letters/builders.py" line="169"/>
        <location filename="../../caseapp/letters/builders.py" line="172"/>
        <location filename="../../caseapp/letters/builders.py" line="175"/>
        <location filename="../../caseapp/letters/builders.py" line="178"/>
        <source>This letter cites a law that was not in force on {date}.</source>
        <translation>This letter cites a law that was not in force on {date}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="181"/>
        <source>Your account has no full name, which a letter prints as its executor: ask an administrator to add it.</source>
        <translation>Your account has no full name, which a letter prints as its executor: ask an administrator to add it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="186"/>
        <source>Your account records no position, which this letter needs.</source>
        <translation>Your account records no position, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="189"/>
        <source>Neither your account nor the organisation records a phone number, which this letter needs.</source>
        <translation>Neither your account nor the organisation records a phone number, which this letter needs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="196"/>
        <source>Case {case} has no protection order in force on {date}, which this letter is about.</source>
        <translation>Case {case} has no protection order in force on {date}, which this letter is about.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="200"/>
        <source>The protection order of case {case} was served on the offender on {served}: this letter asks for an order not yet served.</source>
        <translation>The protection order of case {case} was served on the offender on {served}: this letter asks for an order not yet served.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/builders.py" line="284"/>
        <source>Case {case} records no incident of physical or sexual violence by {date}: a forensic medical examination is asked for injuries.</source>
        <translation>Case {case} records no incident of physical or sexual violence by {date}: a forensic medical examination is asked for injuries.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="167"/>
        <source>use the font that ships with caseapp</source>
        <translation>use the font that ships with caseapp</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="60"/>
        <source>The letter font that ships with caseapp is missing or damaged ({path}): reinstall caseapp.</source>
        <translation>The letter font that ships with caseapp is missing or damaged ({path}): reinstall caseapp.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="152"/>
        <source>The configured letter font {path} does not exist.</source>
        <translation>The configured letter font {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/fonts.py" line="161"/>
        <source>The configured letter font {path} is not a TrueType font with every Kazakh letter: choose another one, or {hint}.</source>
        <translation>The configured letter font {path} is not a TrueType font with every Kazakh letter: choose another one, or {hint}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="134"/>
        <source>The letter text has a lone {brace}: write {escaped} for a brace itself.</source>
        <translation>The letter text has a lone {brace}: write {escaped} for a brace itself.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="147"/>
        <source>The letter text uses {name}, but letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>The letter text uses {name}, but letters never print the client&apos;s address, the shelter, a room or where the client stays.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="156"/>
        <source>The letter text uses {name}, which is not a placeholder: use {allowed}.</source>
        <translation>The letter text uses {name}, which is not a placeholder: use {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="165"/>
        <source>The letter text gives {name} a format: write the bare placeholder.</source>
        <translation>The letter text gives {name} a format: write the bare placeholder.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="175"/>
        <source>&apos;{key}&apos; in the letter text must be text.</source>
        <translation>&apos;{key}&apos; in the letter text must be text.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="179"/>
        <source>&apos;{key}&apos; in the letter text is empty.</source>
        <translation>&apos;{key}&apos; in the letter text is empty.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="182"/>
        <source>&apos;{key}&apos; in the letter text is longer than {limit} characters.</source>
        <translation>&apos;{key}&apos; in the letter text is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="190"/>
        <source>&apos;{key}&apos; in the letter text holds control characters.</source>
        <translation>&apos;{key}&apos; in the letter text holds control characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="201"/>
        <source>a text in quotation marks is not closed, or holds a line break or a tab</source>
        <translation>a text in quotation marks is not closed, or holds a line break or a tab</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="208"/>
        <source>the list of paragraphs is not closed with ]</source>
        <translation>the list of paragraphs is not closed with ]</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="212"/>
        <source>a line is not of the form name = &quot;text&quot;</source>
        <translation>a line is not of the form name = &quot;text&quot;</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="216"/>
        <source>a part of the letter is given twice</source>
        <translation>a part of the letter is given twice</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="220"/>
        <source>a value is not written in quotation marks</source>
        <translation>a value is not written in quotation marks</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="223"/>
        <source>a quotation mark, a bracket or a comma is missing or extra</source>
        <translation>a quotation mark, a bracket or a comma is missing or extra</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="236"/>
        <source>The letter text cannot be read at line {line}: {what}.</source>
        <translation>The letter text cannot be read at line {line}: {what}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="251"/>
        <source>The letter text has an unknown field &apos;{key}&apos;: use addressee, title and body.</source>
        <translation>The letter text has an unknown field &apos;{key}&apos;: use addressee, title and body.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="259"/>
        <source>The letter text needs &apos;{key}&apos;.</source>
        <translation>The letter text needs &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="263"/>
        <source>&apos;body&apos; in the letter text must be a list of 1 to {limit} paragraphs.</source>
        <translation>&apos;body&apos; in the letter text must be a list of 1 to {limit} paragraphs.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="282"/>
        <source>The letter kind must be one of: {allowed}.</source>
        <translation>The letter kind must be one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/texts.py" line="293"/>
        <source>The letter language must be one of: {allowed}.</source>
        <translation>The letter language must be one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="13"/>
        <source>This file is not a caseapp backup.</source>
        <translation>This file is not a caseapp backup.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="17"/>
        <source>The backup file is damaged, cut short or was altered, so nothing was restored.</source>
        <translation>The backup file is damaged, cut short or was altered, so nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="24"/>
        <source>This backup was made by a newer version of caseapp; update caseapp to restore it.</source>
        <translation>This backup was made by a newer version of caseapp; update caseapp to restore it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="31"/>
        <source>The recovery key does not open this backup.</source>
        <translation>The recovery key does not open this backup.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="35"/>
        <source>The user name or password does not open this backup (only the passwords administrators had when it was made do).</source>
        <translation>The user name or password does not open this backup (only the passwords administrators had when it was made do).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="43"/>
        <source>This backup belongs to another database.</source>
        <translation>This backup belongs to another database.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="47"/>
        <source>There is already a caseapp database in that folder; restore into a new, empty folder, as a restore never overwrites a database.</source>
        <translation>There is already a caseapp database in that folder; restore into a new, empty folder, as a restore never overwrites a database.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="55"/>
        <source>A file of that name exists already; choose another name for the backup.</source>
        <translation>A file of that name exists already; choose another name for the backup.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="61"/>
        <source>There is not enough space on that disk, so nothing was written.</source>
        <translation>There is not enough space on that disk, so nothing was written.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="67"/>
        <source>You may not write to that folder; choose another place, nothing was written.</source>
        <translation>You may not write to that folder; choose another place, nothing was written.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="73"/>
        <source>The file could not be written there; choose another place, nothing was written.</source>
        <translation>The file could not be written there; choose another place, nothing was written.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="79"/>
        <source>The backup file cannot be read.</source>
        <translation>The backup file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_errors.py" line="83"/>
        <source>A database on a server is backed up with the server&apos;s own tools; this backup is for a database in a data folder.</source>
        <translation>A database on a server is backed up with the server&apos;s own tools; this backup is for a database in a data folder.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="192"/>
        <source>Give a file name for the backup, not a folder.</source>
        <translation>Give a file name for the backup, not a folder.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup.py" line="199"/>
        <source>A backup cannot replace the database it is made of.</source>
        <translation>A backup cannot replace the database it is made of.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="87"/>
        <source>A backup is restored into a data folder, not a server.</source>
        <translation>A backup is restored into a data folder, not a server.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="92"/>
        <source>Give a folder to restore into, not a file.</source>
        <translation>Give a folder to restore into, not a file.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_restore.py" line="118"/>
        <source>Give either the recovery key or an administrator&apos;s name and password.</source>
        <translation>Give either the recovery key or an administrator&apos;s name and password.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/backup_schedule.py" line="57"/>
        <source>Backups must be due every 1 to 365 days.</source>
        <translation>Backups must be due every 1 to 365 days.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="64"/>
        <source>the police</source>
        <translation>the police</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="65"/>
        <source>a court</source>
        <translation>a court</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="66"/>
        <source>a medical organisation</source>
        <translation>a medical organisation</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="67"/>
        <source>legal aid</source>
        <translation>legal aid</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="68"/>
        <source>a shelter</source>
        <translation>a shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="69"/>
        <source>social services</source>
        <translation>social services</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="76"/>
        <source>The letter was refused: case {number} has no consent to give personal data to {recipient} on {date}; record the client&apos;s consent, or use the emergency override with a written reason if her life is in danger.</source>
        <translation>The letter was refused: case {number} has no consent to give personal data to {recipient} on {date}; record the client&apos;s consent, or use the emergency override with a written reason if her life is in danger.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="115"/>
        <source>The emergency override needs a written reason of at least {chars} characters.</source>
        <translation>The emergency override needs a written reason of at least {chars} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="135"/>
        <source>The addressee</source>
        <translation>The addressee</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="136"/>
        <source>The number of the letter answered</source>
        <translation>The number of the letter answered</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="137"/>
        <source>The paragraph about this case</source>
        <translation>The paragraph about this case</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="138"/>
        <source>The court case number</source>
        <translation>The court case number</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="139"/>
        <source>An attachment</source>
        <translation>An attachment</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="70"/>
        <source>The addressee&apos;s position</source>
        <translation>The addressee&apos;s position</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="71"/>
        <source>The official&apos;s name</source>
        <translation>The official&apos;s name</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="72"/>
        <source>The body&apos;s name</source>
        <translation>The body&apos;s name</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="73"/>
        <source>The body&apos;s address</source>
        <translation>The body&apos;s address</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="74"/>
        <source>The phone number</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="75"/>
        <source>The e-mail address</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="133"/>
        <location filename="../../caseapp/services/letters.py" line="149"/>
        <source>{what} is longer than {limit} characters.</source>
        <translation>{what} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="147"/>
        <source>Choose the kind of recipient.</source>
        <translation>Choose the kind of recipient.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="166"/>
        <source>Give the body&apos;s name, or the official&apos;s position or name, in at least one language.</source>
        <translation>Give the body&apos;s name, or the official&apos;s position or name, in at least one language.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="173"/>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/address_book.py" line="127"/>
        <location filename="../../caseapp/services/letters.py" line="156"/>
        <source>{what} holds control characters.</source>
        <translation>{what} holds control characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="166"/>
        <source>A letter lists at most {count} attachments of {limit} characters each.</source>
        <translation>A letter lists at most {count} attachments of {limit} characters each.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="175"/>
        <source>The letter answered cannot be dated after this letter ({date}).</source>
        <translation>The letter answered cannot be dated after this letter ({date}).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letters.py" line="183"/>
        <source>Give the number of the letter answered with its date.</source>
        <translation>Give the number of the letter answered with its date.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_texts.py" line="51"/>
        <source>The organisation&apos;s own text for this letter no longer passes the checks ({problem}): an administrator must correct it.</source>
        <translation>The organisation&apos;s own text for this letter no longer passes the checks ({problem}): an administrator must correct it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_register.py" line="84"/>
        <source>Letter {number} of the outgoing register is dated {date}: a new letter cannot be dated earlier.</source>
        <translation>Letter {number} of the outgoing register is dated {date}: a new letter cannot be dated earlier.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_texts.py" line="138"/>
        <source>The register number format must contain {n} and may contain {year}, in at most 32 characters.</source>
        <translation>The register number format must contain {n} and may contain {year}, in at most 32 characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="47"/>
        <source>Case {number} has no such record, or it was struck out already.</source>
        <translation>Case {number} has no such record, or it was struck out already.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="50"/>
        <source>Only the author of a note or an administrator can correct or strike it out.</source>
        <translation>Only the author of a note or an administrator can correct or strike it out.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="90"/>
        <source>The score for a medium risk must be at least 1 and below the score for a high risk, which is at most {high}.</source>
        <translation>The score for a medium risk must be at least 1 and below the score for a high risk, which is at most {high}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="107"/>
        <source>{code} is not a question of the risk assessment.</source>
        <translation>{code} is not a question of the risk assessment.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="115"/>
        <source>The answer to {code} must be yes, no or unknown.</source>
        <translation>The answer to {code} must be yes, no or unknown.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="171"/>
        <source>Professional judgement can only raise the level above the score&apos;s, never lower it.</source>
        <translation>Professional judgement can only raise the level above the score&apos;s, never lower it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="180"/>
        <source>Say why the level is raised above the score&apos;s.</source>
        <translation>Say why the level is raised above the score&apos;s.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/risk.py" line="185"/>
        <location filename="../../caseapp/services/corrections.py" line="62"/>
        <source>The reason is longer than {high} characters.</source>
        <translation>The reason is longer than {high} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="95"/>
        <location filename="../../caseapp/services/hotline.py" line="191"/>
        <source>Say why the record is struck out.</source>
        <translation>Say why the record is struck out.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="156"/>
        <location filename="../../caseapp/services/notes.py" line="41"/>
        <source>{field} is not a kind of note.</source>
        <translation>{field} is not a kind of note.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="158"/>
        <location filename="../../caseapp/services/notes.py" line="43"/>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/corrections.py" line="176"/>
        <source>Say why the case is deleted.</source>
        <translation>Say why the case is deleted.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/notes.py" line="85"/>
        <source>Case {number} has no such protection order.</source>
        <translation>Case {number} has no such protection order.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="35"/>
        <source>The address holds a password, and caseapp never stores passwords: leave it out (postgresql://user@host/dbname) and put it in the PostgreSQL password file (~/.pgpass), or type it when asked.</source>
        <translation>The address holds a password, and caseapp never stores passwords: leave it out (postgresql://user@host/dbname) and put it in the PostgreSQL password file (~/.pgpass), or type it when asked.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="41"/>
        <source>That is not a PostgreSQL server&apos;s address; it looks like postgresql://user@host/dbname.</source>
        <translation>That is not a PostgreSQL server&apos;s address; it looks like postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/server_address.py" line="116"/>
        <source>The server&apos;s address could not be saved on this computer.</source>
        <translation>The server&apos;s address could not be saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="115"/>
        <source>Only shelter staff and administrators hold the shelter&apos;s key: ask an administrator to mark your account as shelter staff.</source>
        <translation>Only shelter staff and administrators hold the shelter&apos;s key: ask an administrator to mark your account as shelter staff.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="199"/>
        <source>An admission cannot have a departure date yet.</source>
        <translation>An admission cannot have a departure date yet.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="204"/>
        <source>The admission date {date} is in the future.</source>
        <translation>The admission date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="240"/>
        <source>Case {number} is already in the shelter (admitted on {date}): discharge her first.</source>
        <translation>Case {number} is already in the shelter (admitted on {date}): discharge her first.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="250"/>
        <source>The admission date {date} falls within an earlier stay of case {number}, which ended on {left}.</source>
        <translation>The admission date {date} falls within an earlier stay of case {number}, which ended on {left}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="278"/>
        <source>Case {number} has no such shelter stay.</source>
        <translation>Case {number} has no such shelter stay.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/shelter.py" line="284"/>
        <source>This stay ended on {date} already.</source>
        <translation>This stay ended on {date} already.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="100"/>
        <source>{name} is the last active administrator: make another account an administrator first.</source>
        <translation>{name} is the last active administrator: make another account an administrator first.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/accounts.py" line="82"/>
        <source>Type in the recovery key.</source>
        <translation>Type in the recovery key.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="255"/>
        <source>Type in the full name: letters print it as the executor.</source>
        <translation>Type in the full name: letters print it as the executor.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="260"/>
        <source>A full name may have at most {chars} characters.</source>
        <translation>A full name may have at most {chars} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="266"/>
        <source>A position may have at most {chars} characters.</source>
        <translation>A position may have at most {chars} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/staff.py" line="272"/>
        <source>A phone number may hold only digits, spaces and + - ( ), with 5 to 20 digits.</source>
        <translation>A phone number may hold only digits, spaces and + - ( ), with 5 to 20 digits.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="23"/>
        <source>The database file is damaged or is not a caseapp database; restore the last backup with &apos;caseapp restore&apos; or the Backup page.</source>
        <translation>The database file is damaged or is not a caseapp database; restore the last backup with &apos;caseapp restore&apos; or the Backup page.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="31"/>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>The disk is full, so nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="37"/>
        <source>The database cannot be written because its folder or file is read-only, so nothing was saved.</source>
        <translation>The database cannot be written because its folder or file is read-only, so nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="45"/>
        <source>The database is busy in another window or on another computer; try again.</source>
        <translation>The database is busy in another window or on another computer; try again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="51"/>
        <source>The disk reported an error, so nothing was saved; check the drive and try again.</source>
        <translation>The disk reported an error, so nothing was saved; check the drive and try again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="57"/>
        <source>The database file cannot be opened: check that its folder is there and that you may read and write it.</source>
        <translation>The database file cannot be opened: check that its folder is there and that you may read and write it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="65"/>
        <source>The database server ({server}) cannot be reached: check the address, the network and that the server is running.</source>
        <translation>The database server ({server}) cannot be reached: check the address, the network and that the server is running.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="73"/>
        <source>The database server ({server}) asks for a password: type it when asked, or put it in the PostgreSQL password file (~/.pgpass); caseapp never stores it.</source>
        <translation>The database server ({server}) asks for a password: type it when asked, or put it in the PostgreSQL password file (~/.pgpass); caseapp never stores it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="81"/>
        <source>The database server ({server}) refused the user name or the password of the database account.</source>
        <translation>The database server ({server}) refused the user name or the password of the database account.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="89"/>
        <source>The database named in the address ({server}) does not exist on the server: ask the server&apos;s administrator to create it, or check its name.</source>
        <translation>The database named in the address ({server}) does not exist on the server: ask the server&apos;s administrator to create it, or check its name.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="97"/>
        <source>The database server ({server}) refused the connection; ask its administrator.</source>
        <translation>The database server ({server}) refused the connection; ask its administrator.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="104"/>
        <source>The connection to the database server was lost, so nothing was saved; check the network and try again.</source>
        <translation>The connection to the database server was lost, so nothing was saved; check the network and try again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="112"/>
        <source>The database server does not allow this database account to do that; ask the server&apos;s administrator, nothing was saved.</source>
        <translation>The database server does not allow this database account to do that; ask the server&apos;s administrator, nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="120"/>
        <source>The database server has no space left, so nothing was saved; ask its administrator.</source>
        <translation>The database server has no space left, so nothing was saved; ask its administrator.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/storage_errors.py" line="127"/>
        <source>This database was upgraded by a newer version of caseapp: update caseapp on this computer to open it.</source>
        <translation>This database was upgraded by a newer version of caseapp: update caseapp on this computer to open it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="38"/>
        <source>The target {target} is not empty: caseapp moves a database only into an empty one, and changed nothing there.</source>
        <translation>The target {target} is not empty: caseapp moves a database only into an empty one, and changed nothing there.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="46"/>
        <source>There is already a caseapp database in the folder {target}: move into a new, empty folder; nothing was changed.</source>
        <translation>There is already a caseapp database in the folder {target}: move into a new, empty folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="54"/>
        <source>There is no caseapp database at {source}.</source>
        <translation>There is no caseapp database at {source}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="58"/>
        <source>The database at {source} was made by an older version of caseapp: open it once with this version (for example &apos;caseapp check --db ...&apos;), then move it.</source>
        <translation>The database at {source} was made by an older version of caseapp: open it once with this version (for example &apos;caseapp check --db ...&apos;), then move it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/move.py" line="68"/>
        <source>The source and the target are the same database.</source>
        <translation>The source and the target are the same database.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audit_anchor.py" line="44"/>
        <source>Warning: this database&apos;s audit log ends at entry {now}, but on {seen_on} this computer saw it reach entry {seen}. Entries were removed, or an older copy of the database was put back. Tell your administrator before you rely on the case records.</source>
        <translation>Warning: this database&apos;s audit log ends at entry {now}, but on {seen_on} this computer saw it reach entry {seen}. Entries were removed, or an older copy of the database was put back. Tell your administrator before you rely on the case records.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/audit_anchor.py" line="50"/>
        <source>Warning: this database&apos;s audit log no longer holds entry {seen} as this computer saw it on {seen_on}: its history was rewritten from that point, or another copy of the database took its place. Tell your administrator before you rely on the case records.</source>
        <translation>Warning: this database&apos;s audit log no longer holds entry {seen} as this computer saw it on {seen_on}: its history was rewritten from that point, or another copy of the database took its place. Tell your administrator before you rely on the case records.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_file.py" line="41"/>
        <source>The letter could not be written in that folder ({reason}): it was not registered and took no number.</source>
        <translation>The letter could not be written in that folder ({reason}): it was not registered and took no number.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/letter_file.py" line="49"/>
        <source>Letter {number} was registered and written to {part}, but could not be renamed to the chosen file ({reason}): rename it by hand.</source>
        <translation>Letter {number} was registered and written to {part}, but could not be renamed to the chosen file ({reason}): rename it by hand.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/at_rest.py" line="21"/>
        <source>{file} ({size} bytes) stood beside the database though no program had it open, holding saved work the database file did not have yet (a program was stopped before it closed the database): this check has folded it into the file.</source>
        <translation>{file} ({size} bytes) stood beside the database though no program had it open, holding saved work the database file did not have yet (a program was stopped before it closed the database): this check has folded it into the file.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/known_roots.py" line="26"/>
        <source>This database&apos;s organisation key has the fingerprint {found}, but this computer knew it as {known}: the database may have been replaced. Compare with the fingerprint on the recovery sheet and ask your administrator before you go on.</source>
        <translation>This database&apos;s organisation key has the fingerprint {found}, but this computer knew it as {known}: the database may have been replaced. Compare with the fingerprint on the recovery sheet and ask your administrator before you go on.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/upgrade.py" line="57"/>
        <source>The database cannot be upgraded: record {record} is damaged. Restore the latest backup with the version that made it, then open it with this version again. Nothing was changed.</source>
        <translation>The database cannot be upgraded: record {record} is damaged. Restore the latest backup with the version that made it, then open it with this version again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/upgrade.py" line="117"/>
        <source>Another administrator has just upgraded the database: unlock again.</source>
        <translation>Another administrator has just upgraded the database: unlock again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="20"/>
        <source>{field}: the closing date {date} is in the future.</source>
        <translation>{field}: the closing date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="30"/>
        <source>Case {number} is closed already.</source>
        <translation>Case {number} is closed already.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/case_rules.py" line="90"/>
        <location filename="../../caseapp/domain/closing.py" line="44"/>
        <location filename="../../caseapp/domain/rules.py" line="209"/>
        <source>{field} is longer than {chars} characters.</source>
        <translation>{field} is longer than {chars} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="51"/>
        <source>She is in the shelter on {date}: record her departure before closing the case.</source>
        <translation>She is in the shelter on {date}: record her departure before closing the case.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/closing.py" line="68"/>
        <source>Case {number} is open already.</source>
        <translation>Case {number} is open already.</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/children.py" line="103"/>
        <source>{field}: type the year as four digits, like 2019.</source>
        <translation>{field}: type the year as four digits, like 2019.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="66"/>
        <source>The call&apos;s date is later than today.</source>
        <translation>The call&apos;s date is later than today.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="70"/>
        <source>The call&apos;s date is before 1990.</source>
        <translation>The call&apos;s date is before 1990.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="75"/>
        <source>The call&apos;s time must be written as hours:minutes, 14:05.</source>
        <translation>The call&apos;s time must be written as hours:minutes, 14:05.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/hotline.py" line="79"/>
        <source>The call&apos;s note is longer than 4000 characters.</source>
        <translation>The call&apos;s note is longer than 4000 characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="35"/>
        <source>The report&apos;s last day comes before its first day.</source>
        <translation>The report&apos;s last day comes before its first day.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="39"/>
        <source>The report&apos;s first day is before 1990.</source>
        <translation>The report&apos;s first day is before 1990.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="43"/>
        <source>A report covers at most five years.</source>
        <translation>A report covers at most five years.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/statistics.py" line="226"/>
        <source>The smallest count shown in reports must be between 2 and 50.</source>
        <translation>The smallest count shown in reports must be between 2 and 50.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="214"/>
        <source>A report is saved as PDF, XLSX or CSV.</source>
        <translation>A report is saved as PDF, XLSX or CSV.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="238"/>
        <source>The report could not be saved there: the folder cannot be written to or the disk is full.</source>
        <translation>The report could not be saved there: the folder cannot be written to or the disk is full.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="36"/>
        <source>There is no such call in the log.</source>
        <translation>There is no such call in the log.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="37"/>
        <source>There is no such district.</source>
        <translation>There is no such district.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="38"/>
        <source>Someone else changed this call since you opened it; look at it again.</source>
        <translation>Someone else changed this call since you opened it; look at it again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="60"/>
        <source>The district needs a name.</source>
        <translation>The district needs a name.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="63"/>
        <source>A district&apos;s name is at most 120 characters.</source>
        <translation>A district&apos;s name is at most 120 characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="68"/>
        <source>There is a district of that name already.</source>
        <translation>There is a district of that name already.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline.py" line="161"/>
        <source>Only the person who recorded a call, or an administrator, corrects it.</source>
        <translation>Only the person who recorded a call, or an administrator, corrects it.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="43"/>
        <source>{field} must be a list of the children, each with a name and a year.</source>
        <translation>{field} must be a list of the children, each with a name and a year.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="58"/>
        <location filename="../../caseapp/domain/interchange_more.py" line="76"/>
        <source>{field} must be true or false.</source>
        <translation>{field} must be true or false.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="88"/>
        <source>{field} must be a whole number of minutes.</source>
        <translation>{field} must be a whole number of minutes.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="106"/>
        <location filename="../../caseapp/domain/risk.py" line="158"/>
        <source>{field}: the date of the assessment {date} is in the future.</source>
        <translation>{field}: the date of the assessment {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/interchange_more.py" line="137"/>
        <source>{field}: say why the level is raised above the score&apos;s.</source>
        <translation>{field}: say why the level is raised above the score&apos;s.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="57"/>
        <source>{field}: the date the plan was made {date} is in the future.</source>
        <translation>{field}: the date the plan was made {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="65"/>
        <source>The review date must not be before the plan was made.</source>
        <translation>The review date must not be before the plan was made.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="70"/>
        <source>The review date must be within a year of the plan.</source>
        <translation>The review date must be within a year of the plan.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="74"/>
        <source>The plan&apos;s language must be ru, kk or en.</source>
        <translation>The plan&apos;s language must be ru, kk or en.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="79"/>
        <source>{field} is not a part of the safety plan.</source>
        <translation>{field} is not a part of the safety plan.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="84"/>
        <location filename="../../caseapp/domain/services_given.py" line="84"/>
        <source>{field} is longer than {high} characters.</source>
        <translation>{field} is longer than {high} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="91"/>
        <source>{item} is not an item of the emergency bag.</source>
        <translation>{item} is not an item of the emergency bag.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/safety_plan.py" line="95"/>
        <source>The safety plan is empty.</source>
        <translation>The safety plan is empty.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="84"/>
        <source>The file has no name.</source>
        <translation>The file has no name.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="88"/>
        <source>The file&apos;s name is longer than {high} characters.</source>
        <translation>The file&apos;s name is longer than {high} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="92"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="96"/>
        <source>The file is larger than {high} MB.</source>
        <translation>The file is larger than {high} MB.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="179"/>
        <source>Case {number} has no such attachment.</source>
        <translation>Case {number} has no such attachment.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="216"/>
        <source>The copy must be a file in a folder that exists.</source>
        <translation>The copy must be a file in a folder that exists.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/attachments.py" line="236"/>
        <source>The copy could not be written ({reason}).</source>
        <translation>The copy could not be written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/safety.py" line="77"/>
        <source>Case {number} has no such safety plan.</source>
        <translation>Case {number} has no such safety plan.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/safety.py" line="100"/>
        <source>{field} names the organisation or its address: the printed plan never does. Reword it in a new plan first.</source>
        <translation>{field} names the organisation or its address: the printed plan never does. Reword it in a new plan first.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="47"/>
        <source>There is no such entry in the address book.</source>
        <translation>There is no such entry in the address book.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="48"/>
        <source>Someone else changed this address book entry since you opened it; look at it again.</source>
        <translation>Someone else changed this address book entry since you opened it; look at it again.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="51"/>
        <source>Only an administrator or the office&apos;s own staff change its address book.</source>
        <translation>Only an administrator or the office&apos;s own staff change its address book.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/address_book.py" line="54"/>
        <source>The address book entry has no addressee in the letter&apos;s language.</source>
        <translation>The address book entry has no addressee in the letter&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="62"/>
        <source>{field}: the date of the service {date} is in the future.</source>
        <translation>{field}: the date of the service {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="70"/>
        <source>{field}: the date of the service {date} is before 1990.</source>
        <translation>{field}: the date of the service {date} is before 1990.</translation>
    </message>
    <message>
        <location filename="../../caseapp/domain/services_given.py" line="76"/>
        <source>{field} must be a whole number of minutes from 1 to {high}.</source>
        <translation>{field} must be a whole number of minutes from 1 to {high}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/case_services.py" line="27"/>
        <source>Case {number} has no such service, or it was struck out already.</source>
        <translation>Case {number} has no such service, or it was struck out already.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/case_services.py" line="30"/>
        <source>{field}: there is no such member of staff.</source>
        <translation>{field}: there is no such member of staff.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="23"/>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="24"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="60"/>
        <source>The part «{part}» is empty: write its text.</source>
        <translation>The part «{part}» is empty: write its text.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="61"/>
        <source>The part «{part}» is empty: write its text or remove the paragraph.</source>
        <translation>The part «{part}» is empty: write its text or remove the paragraph.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="64"/>
        <source>The part «{part}» is longer than {limit} characters.</source>
        <translation>The part «{part}» is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="65"/>
        <source>The part «{part}» holds control characters (such as a tab): remove them.</source>
        <translation>The part «{part}» holds control characters (such as a tab): remove them.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="68"/>
        <source>The part «{part}» opens a placeholder with {brace} but never closes it: write a placeholder as {example}, or {escaped} for a brace itself.</source>
        <translation>The part «{part}» opens a placeholder with {brace} but never closes it: write a placeholder as {example}, or {escaped} for a brace itself.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="73"/>
        <source>The part «{part}» has a closing {brace} with no opening one: write a placeholder as {example}, or {escaped} for a brace itself.</source>
        <translation>The part «{part}» has a closing {brace} with no opening one: write a placeholder as {example}, or {escaped} for a brace itself.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="78"/>
        <source>The part «{part}» uses {name}, but letters never print the client&apos;s address, the shelter, a room or where the client stays.</source>
        <translation>The part «{part}» uses {name}, but letters never print the client&apos;s address, the shelter, a room or where the client stays.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="83"/>
        <source>The part «{part}» uses {name}, which this letter does not know. Did you mean {suggestion}?</source>
        <translation>The part «{part}» uses {name}, which this letter does not know. Did you mean {suggestion}?</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="87"/>
        <source>The part «{part}» uses {name}, which this letter does not know: pick a placeholder from the list.</source>
        <translation>The part «{part}» uses {name}, which this letter does not know: pick a placeholder from the list.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="92"/>
        <source>The part «{part}» gives {name} a format: write the bare placeholder {bare}.</source>
        <translation>The part «{part}» gives {name} a format: write the bare placeholder {bare}.</translation>
    </message>
    <message>
        <location filename="../../caseapp/letters/text_check.py" line="95"/>
        <source>The part «{part}» uses {name}, which this kind of letter cannot fill: pick a placeholder from the list.</source>
        <translation>The part «{part}» uses {name}, which this kind of letter cannot fill: pick a placeholder from the list.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="12"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="13"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="14"/>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="15"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="16"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="17"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="18"/>
        <source>Opening date</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="19"/>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="20"/>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="21"/>
        <source>Outcome of the support</source>
        <translation>Outcome of the support</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="22"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="23"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="24"/>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="25"/>
        <source>Date of serving</source>
        <translation>Date of serving</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="26"/>
        <source>Revocation date</source>
        <translation>Revocation date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="27"/>
        <source>Check date</source>
        <translation>Check date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="28"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="29"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="30"/>
        <source>Admission date</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="31"/>
        <source>Departure date</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="32"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="33"/>
        <source>Room and bed</source>
        <translation>Room and bed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="34"/>
        <source>Extended to</source>
        <translation>Extended to</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="35"/>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="36"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="37"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="38"/>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="39"/>
        <source>Withdrawal date</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="40"/>
        <source>Incident date</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="41"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="42"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="43"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="44"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="45"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="46"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="47"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="48"/>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="49"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="50"/>
        <source>Name or alias</source>
        <translation>Name or alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="51"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="52"/>
        <source>Date of the assessment</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="53"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="54"/>
        <source>Raised level</source>
        <translation>Raised level</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="55"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="56"/>
        <source>Risk thresholds</source>
        <translation>Risk thresholds</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="57"/>
        <source>Date the plan was made</source>
        <translation>Date the plan was made</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="58"/>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="59"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="60"/>
        <source>Safety plan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="61"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="66"/>
        <source>Emergency bag</source>
        <translation>Emergency bag</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="62"/>
        <source>Warning signs</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="63"/>
        <source>Safe people and their contacts</source>
        <translation>Safe people and their contacts</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="64"/>
        <source>Code word</source>
        <translation>Code word</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="65"/>
        <source>How to leave and where to go</source>
        <translation>How to leave and where to go</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="67"/>
        <source>The children&apos;s plan</source>
        <translation>The children&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="68"/>
        <source>Phone and online safety</source>
        <translation>Phone and online safety</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="69"/>
        <source>Who does what</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="70"/>
        <source>Duration, minutes</source>
        <translation>Duration, minutes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="71"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="72"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="73"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="74"/>
        <source>Counted in statistics</source>
        <translation>Counted in statistics</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="79"/>
        <source>Date of the service</source>
        <translation>Date of the service</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="80"/>
        <source>Kind of service</source>
        <translation>Kind of service</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="83"/>
        <source>Protection order %1</source>
        <translation>Protection order %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="84"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="85"/>
        <source>Police check %1</source>
        <translation>Police check %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="86"/>
        <location filename="../../caseapp/ui/common/field_names.py" line="87"/>
        <source>Special requirements %1</source>
        <translation>Special requirements %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="88"/>
        <source>Shelter stay %1</source>
        <translation>Shelter stay %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="89"/>
        <source>Consent %1</source>
        <translation>Consent %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="90"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="91"/>
        <source>Risk assessment %1</source>
        <translation>Risk assessment %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="92"/>
        <source>Safety plan %1</source>
        <translation>Safety plan %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="93"/>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="94"/>
        <source>Child %1</source>
        <translation>Child %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/common/field_names.py" line="95"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../caseapp/ui/models.py" line="29"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="30"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="34"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="35"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="36"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="37"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="46"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="47"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="48"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="50"/>
        <location filename="../../caseapp/ui/today/model.py" line="96"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="51"/>
        <source>Order in force</source>
        <translation>Order in force</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="52"/>
        <source>In shelter</source>
        <translation>In shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="53"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/models.py" line="111"/>
        <location filename="../../caseapp/ui/models.py" line="114"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="25"/>
        <source>Police check overdue</source>
        <translation>Police check overdue</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="26"/>
        <source>Police check due</source>
        <translation>Police check due</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="27"/>
        <source>Order expiring</source>
        <translation>Order expiring</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="28"/>
        <source>Order not served</source>
        <translation>Order not served</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="29"/>
        <source>Shelter limit near</source>
        <translation>Shelter limit near</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="30"/>
        <source>Shelter limit passed</source>
        <translation>Shelter limit passed</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="31"/>
        <source>Consent expiring</source>
        <translation>Consent expiring</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="32"/>
        <source>Order violated</source>
        <translation>Order violated</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="33"/>
        <source>Court requirements expiring</source>
        <translation>Court requirements expiring</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="34"/>
        <source>Risk reassessment due</source>
        <translation>Risk reassessment due</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="35"/>
        <source>Safety plan review due</source>
        <translation>Safety plan review due</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="38"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="40"/>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="91"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="92"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="93"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="94"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="95"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="97"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="98"/>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="158"/>
        <source>High-risk case</source>
        <translation>High-risk case</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="77"/>
        <source>(%1 d ago)</source>
        <translation>(%1 d ago)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="39"/>
        <source>Due within two days</source>
        <translation>Due within two days</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="79"/>
        <source>(in %1 d)</source>
        <translation>(in %1 d)</translation>
    </message>
    <message>
        <location filename="../../caseapp/ui/today/model.py" line="81"/>
        <source>(today)</source>
        <translation>(today)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="22"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="23"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="24"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="25"/>
        <source>Police referral</source>
        <translation>Police referral</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="26"/>
        <location filename="../../caseapp/services/hotline_stats.py" line="32"/>
        <location filename="../../caseapp/services/reports_words.py" line="25"/>
        <location filename="../../caseapp/services/reports_words.py" line="45"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="29"/>
        <source>The survivor herself</source>
        <translation>The survivor herself</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="30"/>
        <source>A relative or friend</source>
        <translation>A relative or friend</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="31"/>
        <source>A professional</source>
        <translation>A professional</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="35"/>
        <location filename="../../caseapp/services/reports_words.py" line="12"/>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="36"/>
        <location filename="../../caseapp/services/reports_words.py" line="13"/>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="37"/>
        <location filename="../../caseapp/services/reports_words.py" line="14"/>
        <source>Sexual</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="38"/>
        <location filename="../../caseapp/services/reports_words.py" line="15"/>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="39"/>
        <location filename="../../caseapp/services/reports_words.py" line="16"/>
        <location filename="../../caseapp/services/reports_words.py" line="26"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="42"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="43"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="44"/>
        <source>Referred to the police</source>
        <translation>Referred to the police</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="45"/>
        <source>Referred for medical help</source>
        <translation>Referred for medical help</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="46"/>
        <source>Referred to legal aid</source>
        <translation>Referred to legal aid</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="47"/>
        <source>Referred to a shelter</source>
        <translation>Referred to a shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="48"/>
        <source>Referred to a family support centre</source>
        <translation>Referred to a family support centre</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="51"/>
        <source>Hotline contacts by channel</source>
        <translation>Hotline contacts by channel</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="52"/>
        <source>Hotline contacts by who called</source>
        <translation>Hotline contacts by who called</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="53"/>
        <source>Hotline contacts by violence mentioned</source>
        <translation>Hotline contacts by violence mentioned</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="54"/>
        <source>Hotline contacts by what was given</source>
        <translation>Hotline contacts by what was given</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="55"/>
        <source>Hotline contacts by district</source>
        <translation>Hotline contacts by district</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/hotline_stats.py" line="57"/>
        <source>District not recorded</source>
        <translation>District not recorded</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="19"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="20"/>
        <source>Former spouse</source>
        <translation>Former spouse</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="21"/>
        <source>Cohabiting partner</source>
        <translation>Cohabiting partner</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="22"/>
        <source>Former partner</source>
        <translation>Former partner</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="23"/>
        <source>Close relative</source>
        <translation>Close relative</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="24"/>
        <source>Has a child in common</source>
        <translation>Has a child in common</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="29"/>
        <source>Under 18</source>
        <translation>Under 18</translation>
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
        <translation>65 and over</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="36"/>
        <source>Age not recorded</source>
        <translation>Age not recorded</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="39"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="40"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="41"/>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="42"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="43"/>
        <source>Another shelter</source>
        <translation>Another shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="44"/>
        <source>Social protection</source>
        <translation>Social protection</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="48"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="49"/>
        <source>New cases by violence type</source>
        <translation>New cases by violence type</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="50"/>
        <source>New cases by the offender&apos;s relationship</source>
        <translation>New cases by the offender&apos;s relationship</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="51"/>
        <source>New cases by age</source>
        <translation>New cases by age</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="52"/>
        <source>New cases by district</source>
        <translation>New cases by district</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="53"/>
        <source>Protection orders</source>
        <translation>Protection orders</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="54"/>
        <source>Police checks</source>
        <translation>Police checks</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="55"/>
        <source>Court special requirements</source>
        <translation>Court special requirements</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="56"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_words.py" line="57"/>
        <source>Letters by recipient</source>
        <translation>Letters by recipient</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="55"/>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="58"/>
        <source>Cases open in the period</source>
        <translation>Cases open in the period</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_cases.py" line="63"/>
        <source>Cases closed</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="66"/>
        <source>Orders recorded</source>
        <translation>Orders recorded</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="67"/>
        <source>Orders served</source>
        <translation>Orders served</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="70"/>
        <source>Orders found violated at a check</source>
        <translation>Orders found violated at a check</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="96"/>
        <source>Checks due by the seven-day rule</source>
        <translation>Checks due by the seven-day rule</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="97"/>
        <source>Checks done in time</source>
        <translation>Checks done in time</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="98"/>
        <source>Checks missed</source>
        <translation>Checks missed</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="101"/>
        <source>Checks recorded: order complied with</source>
        <translation>Checks recorded: order complied with</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="106"/>
        <source>Checks recorded: order violated</source>
        <translation>Checks recorded: order violated</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="111"/>
        <source>Visits recorded: not reached</source>
        <translation>Visits recorded: not reached</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="168"/>
        <source>Requirements imposed</source>
        <translation>Requirements imposed</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="173"/>
        <source>Requirements in force in the period</source>
        <translation>Requirements in force in the period</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="203"/>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="204"/>
        <source>Departures</source>
        <translation>Departures</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="205"/>
        <source>Women accommodated</source>
        <translation>Women accommodated</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="208"/>
        <source>Children admitted with their mothers</source>
        <translation>Children admitted with their mothers</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="213"/>
        <source>Bed-days (women)</source>
        <translation>Bed-days (women)</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="223"/>
        <source>Occupancy, %</source>
        <translation>Occupancy, %</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/reports_records.py" line="233"/>
        <source>Average stay of those who left, days</source>
        <translation>Average stay of those who left, days</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="26"/>
        <source>Statistical report</source>
        <translation>Statistical report</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="27"/>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="28"/>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="29"/>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="30"/>
        <source>Made on %1</source>
        <translation>Made on %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="31"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="32"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="33"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="34"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="35"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="36"/>
        <source>About this report</source>
        <translation>About this report</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="37"/>
        <source>Counts only: no name, number, date of birth or free text. Figures from 1 to %1 are shown as “&lt;%2”, and a second figure is hidden as “*” where a total would give one back. Cases whose survivor refused to be counted are left out.</source>
        <translation>Counts only: no name, number, date of birth or free text. Figures from 1 to %1 are shown as “&lt;%2”, and a second figure is hidden as “*” where a total would give one back. Cases whose survivor refused to be counted are left out.</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/report_files.py" line="43"/>
        <source>Main office</source>
        <translation>Main office</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="22"/>
        <source>Psychological consultation</source>
        <translation>Psychological consultation</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="23"/>
        <source>Legal consultation</source>
        <translation>Legal consultation</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="24"/>
        <source>Representation in court</source>
        <translation>Representation in court</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="25"/>
        <source>Accompanied to the police</source>
        <translation>Accompanied to the police</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="26"/>
        <source>Accompanied to court</source>
        <translation>Accompanied to court</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="27"/>
        <source>Accompanied to a medical examination</source>
        <translation>Accompanied to a medical examination</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="28"/>
        <source>Medical aid arranged</source>
        <translation>Medical aid arranged</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="29"/>
        <source>Social assistance (benefits, documents)</source>
        <translation>Social assistance (benefits, documents)</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="30"/>
        <source>Shelter placement</source>
        <translation>Shelter placement</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="31"/>
        <source>Referral to a family support centre</source>
        <translation>Referral to a family support centre</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="32"/>
        <source>Group session</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="33"/>
        <source>Other service</source>
        <translation>Other service</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="35"/>
        <source>Any service</source>
        <translation>Any service</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="37"/>
        <source>Services and consultations by kind</source>
        <translation>Services and consultations by kind</translation>
    </message>
    <message>
        <location filename="../../caseapp/services/services_stats.py" line="38"/>
        <source>Cases served, by kind of service</source>
        <translation>Cases served, by kind of service</translation>
    </message>
</context>
</TS>
