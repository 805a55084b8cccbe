<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="66"/>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>This account manages staff, settings and backups.</source>
        <translation>This account manages staff, settings and backups.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="76"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="77"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="78"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="79"/>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="90"/>
        <source>At least 8 characters. A short sentence is easy to remember.</source>
        <translation>At least 8 characters. A short sentence is easy to remember.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="92"/>
        <source>Too simple: use more different characters.</source>
        <translation>Too simple: use more different characters.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="94"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="96"/>
        <source>Acceptable. Longer is stronger.</source>
        <translation>Acceptable. Longer is stronger.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="98"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="188"/>
        <source>Admit to the shelter</source>
        <translation>Admit to the shelter</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="195"/>
        <source>Admitted on:</source>
        <translation>Admitted on:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="196"/>
        <source>Room and bed:</source>
        <translation>Room and bed:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="197"/>
        <source>Accompanying children:</source>
        <translation>Accompanying children:</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../ui/case_list.py" line="76"/>
        <source>Search by name, alias, IIN or phone…</source>
        <translation>Search by name, alias, IIN or phone…</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="80"/>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="81"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="82"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="85"/>
        <source>Order in force</source>
        <translation>Order in force</translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="86"/>
        <source>In shelter</source>
        <translation>In shelter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_list.py" line="111"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_window.py" line="209"/>
        <source>Case %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="213"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="214"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="215"/>
        <source>Protection orders</source>
        <translation>Protection orders</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="216"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="217"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="218"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="219"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="223"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="224"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="228"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="229"/>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="230"/>
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="231"/>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="232"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="233"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="234"/>
        <source>Safe contact:</source>
        <translation>Safe contact:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="238"/>
        <source>Physical</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="239"/>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="240"/>
        <source>Sexual</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="241"/>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="251"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="252"/>
        <source>Former spouse</source>
        <translation>Former spouse</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="253"/>
        <source>Partner living together</source>
        <translation>Partner living together</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="254"/>
        <source>Former partner</source>
        <translation>Former partner</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="255"/>
        <source>Close relative</source>
        <translation>Close relative</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="256"/>
        <source>Has a child in common</source>
        <translation>Has a child in common</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="257"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="266"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="267"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="268"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="269"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="276"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="277"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="283"/>
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="284"/>
        <source>Closed on:</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="285"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="286"/>
        <source>Risk:</source>
        <translation>Risk:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="287"/>
        <source>Violence:</source>
        <translation>Violence:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="288"/>
        <source>Perpetrator:</source>
        <translation>Perpetrator:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="289"/>
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="293"/>
        <source>Protection orders (up to 30 days; police check every 7 days)</source>
        <translation>Protection orders (up to 30 days; police check every 7 days)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="295"/>
        <source>Police checks of the selected order</source>
        <translation>Police checks of the selected order</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="296"/>
        <source>&amp;New order…</source>
        <translation>&amp;New order…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="297"/>
        <source>&amp;Edit order…</source>
        <translation>&amp;Edit order…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="298"/>
        <source>&amp;Record a check…</source>
        <translation>&amp;Record a check…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="299"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Admit…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="300"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Discharge…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="301"/>
        <source>Add a &amp;consent…</source>
        <translation>Add a &amp;consent…</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="304"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="305"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="306"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="307"/>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="308"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="309"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="313"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="317"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="318"/>
        <source>Six-month limit</source>
        <translation>Six-month limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="319"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="320"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="321"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="325"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="328"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="461"/>
        <location filename="../../ui/case_window.py" line="480"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="470"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="542"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="543"/>
        <source>Save the changes to this case?</source>
        <translation>Save the changes to this case?</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="141"/>
        <source>Record a police check</source>
        <translation>Record a police check</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="150"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="151"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="152"/>
        <source>Summoned to the police</source>
        <translation>Summoned to the police</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="153"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="159"/>
        <source>Complied</source>
        <translation>Complied</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="160"/>
        <source>Violated</source>
        <translation>Violated</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="161"/>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="165"/>
        <source>Date of the check:</source>
        <translation>Date of the check:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="166"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="167"/>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="168"/>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="169"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="247"/>
        <source>Consent to share personal data</source>
        <translation>Consent to share personal data</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="251"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="252"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="253"/>
        <source>Forensic / medical</source>
        <translation>Forensic / medical</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="254"/>
        <source>Legal aid</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="255"/>
        <source>Another shelter</source>
        <translation>Another shelter</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="256"/>
        <source>Social protection</source>
        <translation>Social protection</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="264"/>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="265"/>
        <source>Given on:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="266"/>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="74"/>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="77"/>
        <source>Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3</source>
        <translation>Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="82"/>
        <source>Nothing is due today.</source>
        <translation>Nothing is due today.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="64"/>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="68"/>
        <location filename="../../ui/widgets.py" line="70"/>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Not a date (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="216"/>
        <source>Discharge from the shelter</source>
        <translation>Discharge from the shelter</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="224"/>
        <source>Departure date:</source>
        <translation>Departure date:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="225"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="226"/>
        <source>Destination (kept encrypted, never printed):</source>
        <translation>Destination (kept encrypted, never printed):</translation>
    </message>
</context>
<context>
    <name>IinField</name>
    <message>
        <location filename="../../ui/widgets.py" line="89"/>
        <source>Not a valid IIN (12 digits, check digit).</source>
        <translation>Not a valid IIN (12 digits, check digit).</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="60"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
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
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
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
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="289"/>
        <source>Client&apos;s full name:</source>
        <translation>Client&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="290"/>
        <source>Alias (shown in lists):</source>
        <translation>Alias (shown in lists):</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="291"/>
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="77"/>
        <source>Protection order</source>
        <translation>Protection order</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="89"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="90"/>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="91"/>
        <source>Expires on (at most 30 days):</source>
        <translation>Expires on (at most 30 days):</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="92"/>
        <source>Served on the offender:</source>
        <translation>Served on the offender:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="93"/>
        <source>Revoked on:</source>
        <translation>Revoked on:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="94"/>
        <source>Issuing police unit:</source>
        <translation>Issuing police unit:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="95"/>
        <source>Responsible officer:</source>
        <translation>Responsible officer:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="96"/>
        <source>Officer&apos;s phone:</source>
        <translation>Officer&apos;s phone:</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="97"/>
        <source>Violations:</source>
        <translation>Violations:</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="36"/>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="38"/>
        <source>These details appear on letters. Never enter the shelter&apos;s address.</source>
        <translation>These details appear on letters. Never enter the shelter&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="45"/>
        <source>Name in Russian:</source>
        <translation>Name in Russian:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="46"/>
        <source>Name in Kazakh:</source>
        <translation>Name in Kazakh:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="47"/>
        <source>Name in English:</source>
        <translation>Name in English:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="48"/>
        <source>Office address:</source>
        <translation>Office address:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="49"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="50"/>
        <source>BIN:</source>
        <translation>BIN:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="51"/>
        <source>Director:</source>
        <translation>Director:</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="127"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="130"/>
        <source>It is shown only now. Print it or write it down and lock it away: with it the director can set a new password when every password is lost. Without it, a lost password means lost records.</source>
        <translation>It is shown only now. Print it or write it down and lock it away: with it the director can set a new password when every password is lost. Without it, a lost password means lost records.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="140"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>I have written down or printed the recovery key</source>
        <translation>I have written down or printed the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="161"/>
        <source>caseapp recovery key</source>
        <translation>caseapp recovery key</translation>
    </message>
</context>
<context>
    <name>RequiredField</name>
    <message>
        <location filename="../../ui/widgets.py" line="99"/>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="175"/>
        <source>caseapp — first run</source>
        <translation>caseapp — first run</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="75"/>
        <source>caseapp — unlock</source>
        <translation>caseapp — unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Unlock the case records</source>
        <translation>Unlock the case records</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="77"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <location filename="../../ui/unlock.py" line="106"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <source>Open a &amp;different database…</source>
        <translation>Open a &amp;different database…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="109"/>
        <source>Wait %n second(s)</source>
        <translation>
            <numerusform>Wait %n second</numerusform>
            <numerusform>Wait %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113"/>
        <source>Choose a data folder</source>
        <translation>Choose a data folder</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../domain/dates.py" line="66"/>
        <source>{field}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</source>
        <translation>{field}: &apos;{value}&apos; is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="19"/>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="58"/>
        <source>{field} must be an object.</source>
        <translation>{field} must be an object.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="63"/>
        <source>{field} is not a known field.</source>
        <translation>{field} is not a known field.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="72"/>
        <source>{field} must be a list.</source>
        <translation>{field} must be a list.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="81"/>
        <source>{field} must be text.</source>
        <translation>{field} must be text.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="84"/>
        <location filename="../../domain/interchange.py" line="94"/>
        <location filename="../../services/cases.py" line="49"/>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="86"/>
        <source>{field} is too long.</source>
        <translation>{field} is too long.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="105"/>
        <source>{field} must be a date in the form YYYY-MM-DD that exists.</source>
        <translation>{field} must be a date in the form YYYY-MM-DD that exists.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="124"/>
        <source>{field} must be one of: {allowed}.</source>
        <translation>{field} must be one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="143"/>
        <source>{field} must be &apos;{expected}&apos;.</source>
        <translation>{field} must be &apos;{expected}&apos;.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="152"/>
        <source>{field} repeats the number of cases[{other}].</source>
        <translation>{field} repeats the number of cases[{other}].</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="165"/>
        <source>{field} may hold only letters, digits and - / _ . (at most 32).</source>
        <translation>{field} may hold only letters, digits and - / _ . (at most 32).</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="204"/>
        <location filename="../../services/cases.py" line="53"/>
        <source>{field} is not a valid IIN: it needs 12 digits with a correct check digit.</source>
        <translation>{field} is not a valid IIN: it needs 12 digits with a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="210"/>
        <source>{field} is not a phone number.</source>
        <translation>{field} is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="246"/>
        <source>{field} does not name a protection order of this case.</source>
        <translation>{field} does not name a protection order of this case.</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="258"/>
        <source>{field} is before the order was issued ({issued_on}).</source>
        <translation>{field} is before the order was issued ({issued_on}).</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="266"/>
        <source>{field} is after the order expired ({expires_on}).</source>
        <translation>{field} is after the order expired ({expires_on}).</translation>
    </message>
    <message>
        <location filename="../../domain/interchange.py" line="282"/>
        <source>{field} must be a whole number from 0 to 20.</source>
        <translation>{field} must be a whole number from 0 to 20.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="56"/>
        <source>{field}: the expiry date {date} is before the issue date {earlier}.</source>
        <translation>{field}: the expiry date {date} is before the issue date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="64"/>
        <source>{field}: a protection order lasts at most {days} days, so the latest allowed expiry date is {latest}.</source>
        <translation>{field}: a protection order lasts at most {days} days, so the latest allowed expiry date is {latest}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="76"/>
        <source>{field}: the date of serving {date} is before the issue date {earlier}.</source>
        <translation>{field}: the date of serving {date} is before the issue date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="84"/>
        <source>{field}: the revocation date {date} is before the issue date {earlier}.</source>
        <translation>{field}: the revocation date {date} is before the issue date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="99"/>
        <source>{field}: the police check date {date} is before the order&apos;s issue date {earlier}.</source>
        <translation>{field}: the police check date {date} is before the order&apos;s issue date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="107"/>
        <source>{field}: the police check date {date} is after the order&apos;s expiry date {later}.</source>
        <translation>{field}: the police check date {date} is after the order&apos;s expiry date {later}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="122"/>
        <source>{field}: the end date {date} is before the start date {earlier}.</source>
        <translation>{field}: the end date {date} is before the start date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="134"/>
        <source>{field}: the departure date {date} is before the admission date {earlier}.</source>
        <translation>{field}: the departure date {date} is before the admission date {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="141"/>
        <source>{field}: the number of children must be between {low} and {high}.</source>
        <translation>{field}: the number of children must be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="155"/>
        <source>{field}: the expiry date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: the expiry date {date} is before the date of consent {earlier}.</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="163"/>
        <source>{field}: the withdrawal date {date} is before the date of consent {earlier}.</source>
        <translation>{field}: the withdrawal date {date} is before the date of consent {earlier}.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="60"/>
        <source>{field} is before the case was opened.</source>
        <translation>{field} is before the case was opened.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="106"/>
        <source>Case number {number} exists already.</source>
        <translation>Case number {number} exists already.</translation>
    </message>
    <message>
        <location filename="../../services/cases.py" line="135"/>
        <source>Case {number} is not assigned to you.</source>
        <translation>Case {number} is not assigned to you.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="22"/>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="26"/>
        <source>Too many wrong passwords: try again in {seconds} seconds.</source>
        <translation>Too many wrong passwords: try again in {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="32"/>
        <source>Your account may not do this.</source>
        <translation>Your account may not do this.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="36"/>
        <source>There is no case {number}.</source>
        <translation>There is no case {number}.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="40"/>
        <source>This case was changed by {who} at {when}: reload it and make your change again.</source>
        <translation>This case was changed by {who} at {when}: reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="46"/>
        <source>Record {record} is damaged: its field &apos;{column}&apos; cannot be decrypted.</source>
        <translation>Record {record} is damaged: its field &apos;{column}&apos; cannot be decrypted.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="52"/>
        <source>The database file is damaged or is not a caseapp database.</source>
        <translation>The database file is damaged or is not a caseapp database.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="28"/>
        <source>The file is too large to import.</source>
        <translation>The file is too large to import.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="33"/>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="37"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="41"/>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="46"/>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>The file is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../services/importer.py" line="73"/>
        <source>{field}: case number {number} exists already.</source>
        <translation>{field}: case number {number} exists already.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="64"/>
        <source>There is no caseapp database in that folder: create one with &apos;caseapp init&apos;.</source>
        <translation>There is no caseapp database in that folder: create one with &apos;caseapp init&apos;.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="84"/>
        <source>The database is locked.</source>
        <translation>The database is locked.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="144"/>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="149"/>
        <source>The password is too simple: use more different characters.</source>
        <translation>The password is too simple: use more different characters.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="159"/>
        <source>A user name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>A user name may hold only letters, digits and . _ - @ (at most 64).</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="179"/>
        <source>This database is already set up; it was left unchanged.</source>
        <translation>This database is already set up; it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="182"/>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="279"/>
        <source>The recovery key is wrong.</source>
        <translation>The recovery key is wrong.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="283"/>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <location filename="../../services/workspace.py" line="316"/>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>The user name &apos;{name}&apos; is taken.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../ui/models.py" line="34"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="35"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="39"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="40"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="41"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="50"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="51"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="52"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="54"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="55"/>
        <source>Order in force</source>
        <translation>Order in force</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="56"/>
        <source>In shelter</source>
        <translation>In shelter</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="57"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="129"/>
        <location filename="../../ui/models.py" line="132"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="141"/>
        <source>Police check overdue</source>
        <translation>Police check overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="142"/>
        <source>Police check due</source>
        <translation>Police check due</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="143"/>
        <source>Order expiring</source>
        <translation>Order expiring</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="144"/>
        <source>Order not served</source>
        <translation>Order not served</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="145"/>
        <source>Shelter limit near</source>
        <translation>Shelter limit near</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="146"/>
        <source>Shelter limit passed</source>
        <translation>Shelter limit passed</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="147"/>
        <source>Consent expiring</source>
        <translation>Consent expiring</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="150"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="151"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="152"/>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="163"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="164"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="165"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="166"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="167"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="213"/>
        <source>(%1 d ago)</source>
        <translation>(%1 d ago)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="217"/>
        <source>(in %1 d)</source>
        <translation>(in %1 d)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="221"/>
        <source>(today)</source>
        <translation>(today)</translation>
    </message>
</context>
</TS>
