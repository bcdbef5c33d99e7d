<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AnalysisPanel</name>
    <message numerus="yes">
        <source>The biggest %n customer(s)</source>
        <translation>
            <numerusform>The biggest %n customer</numerusform><numerusform>The biggest %n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message numerus="yes">
        <source>All %n customer(s) listed</source>
        <translation>
            <numerusform>All %n customer listed</numerusform><numerusform>All %n customers listed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Give %n customer(s) to {0}?</source>
        <translation>
            <numerusform>Give %n customer to {0}?</numerusform><numerusform>Give %n customers to {0}?</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message numerus="yes">
        <source>Exported %n contact(s) to {0}</source>
        <translation>
            <numerusform>Exported %n contact to {0}</numerusform><numerusform>Exported %n contacts to {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>ends in %n day</numerusform><numerusform>ends in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message numerus="yes">
        <source>%n warning(s): see the Warnings list</source>
        <translation>
            <numerusform>%n warning: see the Warnings list</numerusform><numerusform>%n warnings: see the Warnings list</numerusform></translation>
    </message>
</context>
<context>
    <name>LicencesTab</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform><numerusform>expired %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform><numerusform>expires in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mobile number(s) to {0}</source>
        <translation>
            <numerusform>Exported %n mobile number to {0}</numerusform><numerusform>Exported %n mobile numbers to {0}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {0}</source>
        <translation>
            <numerusform>Exported %n customer to {0}</numerusform><numerusform>Exported %n customers to {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>OfficeWatch</name>
    <message numerus="yes">
        <source>Exported %n audit event(s) to {0}</source>
        <translation>
            <numerusform>Exported %n audit event to {0}</numerusform><numerusform>Exported %n audit events to {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message numerus="yes">
        <source>%n reminder(s) for today. Double-click a line to open the customer.</source>
        <translation>
            <numerusform>%n reminder for today. Double-click a line to open the customer.</numerusform><numerusform>%n reminders for today. Double-click a line to open the customer.</numerusform></translation>
    </message>
</context>
</TS>