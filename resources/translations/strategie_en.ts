<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
  <context>
    <name>Strategie</name>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="76" />
      <source>Geöffnete Datei</source>
      <translation>Open file</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="77" />
      <source>Tägliche Sicherungen</source>
      <translation>Daily backups</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="78" />
      <source>Einstellungen</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="79" />
      <source>Beispieldatei</source>
      <translation>Sample file</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="80" />
      <source>Programmdateien</source>
      <translation>Program files</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="90" />
      <source>Über Strategie-Editor</source>
      <translation>About Strategie-Editor</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="94" />
      <source>Programmsymbol</source>
      <translation>Program icon</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="105" />
      <source>Angaben zum Programm</source>
      <translation>About the program</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="109" />
      <source>Angaben &amp;kopieren</source>
      <translation>&amp;Copy details</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="76" />
      <source>keine</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="145" />
      <source>Ihre Daten bleiben in der Datei und den Sicherungen auf diesem Rechner; das Programm sendet nichts von sich aus ins Netz.</source>
      <translation>Your data stays in the file and the backups on this computer; the program sends nothing to the network on its own.</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="155" />
      <source>Lizenz</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="141" />
      <source>Wo Ihre Daten liegen</source>
      <translation>Where your data lives</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="140" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="139" />
      <source>Bibliothek</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="138" />
      <source>Verwendete Bibliotheken</source>
      <translation>Libraries used</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="136" />
      <source>Europäische Union Public Licence</source>
      <translation>European Union Public Licence</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="130" />
      <source>Strategie-Editor: Strategiepapiere offline schreiben und als Word-Dokument und Wiki-Text veröffentlichen.</source>
      <translation>Strategie-Editor: write strategy papers offline and publish them as Word documents and wiki text.</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="26" />
      <source>Themenfeld-Katalog</source>
      <translation>Thematic field catalogue</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="29" />
      <source>Die Themenfelder und Leitziele gelten für alle Dokumente dieser Datei. Wiki-Seite und Symboldatei müssen so heißen wie im Wiki.</source>
      <translation>The thematic fields and guiding goals apply to every document of this file. Wiki page and icon file must be named as in the wiki.</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="37" />
      <source>Themenfelder</source>
      <translation>Thematic fields</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="48" />
      <source>Leitziele</source>
      <translation>Guiding goals</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="137" />
      <source>Themenfeld löschen</source>
      <translation>Delete thematic field</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="54" />
      <source>&amp;Themenfelder:</source>
      <translation>&amp;Thematic fields:</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="109" />
      <source>&amp;Leitziele:</source>
      <translation>&amp;Guiding goals:</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="39" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="40" />
      <source>Wiki-Seite</source>
      <translation>Wiki page</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="41" />
      <source>Symboldatei</source>
      <translation>Icon file</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="42" />
      <source>Kategorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="48" />
      <source>Leitziel</source>
      <translation>Guiding goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="48" />
      <source>Anker auf der Wiki-Seite</source>
      <translation>Anchor on the wiki page</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="138" />
      <source>„{name}“ mit seinen Leitzielen aus dem Katalog löschen? Dokumente und Ziele verlieren den Bezug darauf. Sie können das mit Rückgängig (Strg+Z) zurücknehmen.</source>
      <translation>Delete “{name}” and its guiding goals from the catalogue? Documents and goals lose their reference to it. You can take this back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="109" />
      <source>&amp;Leitziele von „{title}“:</source>
      <translation>&amp;Guiding goals of “{title}”:</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="149" />
      <source>Neues Leitziel</source>
      <translation>New guiding goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="66" />
      <source>Neues Themenfeld</source>
      <translation>New thematic field</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="31" />
      <source>Keine Unterschiede: Die Fassung entspricht dem aktuellen Stand.</source>
      <translation>No differences: the version matches the current state.</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="60" />
      <source>Gespeicherte Fassungen</source>
      <translation>Saved versions</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="64" />
      <source>Unterschiede zum aktuellen Stand</source>
      <translation>Differences from the current state</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="65" />
      <source>&amp;Unterschiede zum aktuellen Stand:</source>
      <translation>&amp;Differences from the current state:</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="67" />
      <source>Fassung &amp;speichern …</source>
      <translation>&amp;Save version …</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="68" />
      <source>&amp;Vergleichen</source>
      <translation>&amp;Compare</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="69" />
      <source>&amp;Wiederherstellen …</source>
      <translation>&amp;Restore …</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="138" />
      <source>Fassung speichern</source>
      <translation>Save version</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="138" />
      <source>Name der Fassung:</source>
      <translation>Name of the version:</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="156" />
      <source>Fassung wiederherstellen</source>
      <translation>Restore version</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="58" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="58" />
      <source>Gespeichert am</source>
      <translation>Saved on</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="112" />
      <source>Noch keine Fassung gespeichert.</source>
      <translation>No version saved yet.</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="55" />
      <source>Fassungen: {title}</source>
      <translation>Versions: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="157" />
      <source>Das Dokument auf die Fassung „{name}“ zurücksetzen?
Sie können das mit Rückgängig (Strg+Z) zurücknehmen.</source>
      <translation>Reset the document to the version “{name}”?
You can take this back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="39" />
      <source>entfernt: </source>
      <translation>removed:  </translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="125" />
      <source>Fassung „{name}“ gespeichert</source>
      <translation>Version “{name}” saved</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="134" />
      <source>Fassung „{name}“ wiederhergestellt</source>
      <translation>Version “{name}” restored</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="41" />
      <source>neu:      </source>
      <translation>new:      </translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="48" />
      <source>MediawikiOB (Stadtwiki Oberhausen)</source>
      <translation>MediawikiOB (Oberhausen city wiki)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="49" />
      <source>Standard-MediaWiki (ohne Vorlage)</source>
      <translation>Standard MediaWiki (no template)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="62" />
      <source>Wiki-Text</source>
      <translation>Wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="71" />
      <source>Wiki-Profil</source>
      <translation>Wiki profile</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="75" />
      <source>&amp;Profil:</source>
      <translation>&amp;Profile:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="81" />
      <source>In die Zwischenablage &amp;kopieren</source>
      <translation>&amp;Copy to clipboard</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="82" />
      <source>Als .wiki-Datei &amp;speichern …</source>
      <translation>&amp;Save as .wiki file …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="121" />
      <source>Kopiert ✓</source>
      <translation>Copied ✓</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="122" />
      <source>Wiki-Text in die Zwischenablage kopiert</source>
      <translation>Wiki text copied to the clipboard</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="127" />
      <source>Wiki-Text speichern</source>
      <translation>Save wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="127" />
      <source>Wiki-Text (*.wiki *.txt)</source>
      <translation>Wiki text (*.wiki *.txt)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="191" />
      <source>Word-Dokument (.docx)</source>
      <translation>Word document (.docx)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="191" />
      <source>PDF, barrierefrei (.pdf)</source>
      <translation>PDF, accessible (.pdf)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="224" />
      <source>Strategiedokument</source>
      <translation>Strategy document</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="236" />
      <source>Absender ä&amp;ndern …</source>
      <translation>Change se&amp;nder …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="238" />
      <source>Mitgelieferte Vorlage der Stadt</source>
      <translation>The city's bundled template</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="239" />
      <source>&amp;Durchsuchen …</source>
      <translation>&amp;Browse …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="240" />
      <source>Vorlage auswählen</source>
      <translation>Choose template</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="244" />
      <source>Ziel wä&amp;hlen …</source>
      <translation>Choose &amp;target …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="245" />
      <source>Zieldatei auswählen</source>
      <translation>Choose target file</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="251" />
      <source>Fortschritt</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="256" />
      <source>&amp;Was:</source>
      <translation>&amp;What:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="258" />
      <source>Was exportieren</source>
      <translation>What to export</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="260" />
      <source>&amp;Format:</source>
      <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="262" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="267" />
      <source>Absender:</source>
      <translation>Sender:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="274" />
      <source>&amp;Vorlage:</source>
      <translation>Te&amp;mplate:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="276" />
      <source>Word-Vorlage</source>
      <translation>Word template</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="281" />
      <source>&amp;Zieldatei:</source>
      <translation>Target &amp;file:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="283" />
      <source>Zieldatei</source>
      <translation>Target file</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="288" />
      <source>Date&amp;i öffnen</source>
      <translation>Open f&amp;ile</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="289" />
      <source>&amp;Ordner öffnen</source>
      <translation>Open fo&amp;lder</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="290" />
      <source>&amp;Exportieren</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="291" />
      <source>Schließen</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="361" />
      <source>Word-Vorlage wählen</source>
      <translation>Choose Word template</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="361" />
      <source>Word-Vorlagen (*.docx *.dotx)</source>
      <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="368" />
      <source>PDF-Datei speichern</source>
      <translation>Save PDF file</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="368" />
      <source>Word-Dokument speichern</source>
      <translation>Save Word document</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="369" />
      <source>PDF-Datei (*.pdf)</source>
      <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="369" />
      <source>Word-Dokument (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="388" />
      <source>Datei ersetzen?</source>
      <translation>Replace file?</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="478" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="503" />
      <source>Wiki-Text importieren</source>
      <translation>Import wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="505" />
      <source>Fügen Sie den Wiki-Text einer Seite ein oder laden Sie eine Datei. Daraus entsteht ein neues Dokument.</source>
      <translation>Paste the wiki text of a page or load a file. A new document is made from it.</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="513" />
      <source>Titel der Wiki-Seite, z. B. Smart City Strategie</source>
      <translation>Title of the wiki page, e.g. Smart City Strategie</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="514" />
      <source>Seitentitel</source>
      <translation>Page title</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="517" />
      <source>Bericht des Imports</source>
      <translation>Import report</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="519" />
      <source>Aus der &amp;Zwischenablage</source>
      <translation>From the &amp;clipboard</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="520" />
      <source>Aus &amp;Datei …</source>
      <translation>From &amp;file …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="522" />
      <source>&amp;Importieren</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="525" />
      <source>&amp;Wiki-Text:</source>
      <translation>&amp;Wiki text:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="527" />
      <source>&amp;Bericht:</source>
      <translation>&amp;Report:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="536" />
      <source>&amp;Seitentitel:</source>
      <translation>&amp;Page title:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="553" />
      <source>Wiki-Text öffnen</source>
      <translation>Open wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="553" />
      <source>Wiki-Text (*.wiki *.txt);;Alle Dateien (*)</source>
      <translation>Wiki text (*.wiki *.txt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="592" />
      <source>Keine Auffälligkeiten.</source>
      <translation>Nothing to report.</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="220" />
      <source>Beschlussvorlage exportieren</source>
      <translation>Export council submission</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="220" />
      <source>Exportieren als Word oder PDF</source>
      <translation>Export as Word or PDF</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="342" />
      <source>(keine Angaben)</source>
      <translation>(nothing entered)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="399" />
      <source>Bitte eine Zieldatei angeben.</source>
      <translation>Please give a target file.</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="443" />
      <source>PDF-Datei wird mit LibreOffice geschrieben …</source>
      <translation>LibreOffice is writing the PDF file …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="445" />
      <source>Word-Dokument wird geschrieben …</source>
      <translation>Writing the Word document …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="577" />
      <source>Kein Text zum Importieren.</source>
      <translation>No text to import.</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="139" />
      <source>Gespeichert: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="389" />
      <source>„{name}“ gibt es in „{folder}“ schon. Ersetzen?</source>
      <translation>“{name}” already exists in “{folder}”. Replace it?</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="463" />
      <source>Hinweis: {note}</source>
      <translation>Note: {note}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="476" />
      <source>Export fehlgeschlagen: {message}</source>
      <translation>Export failed: {message}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="572" />
      <source>Der Import ist in dieser Version noch nicht verfügbar.</source>
      <translation>Import is not available in this version yet.</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="134" />
      <source>Speichern nicht möglich: {error}</source>
      <translation>Cannot save: {error}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="226" />
      <source>Beschlussvorlage {number}</source>
      <translation>Council submission {number}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="563" />
      <source>Die Datei kann nicht gelesen werden: {error}</source>
      <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="585" />
      <source>Import fehlgeschlagen: {error}</source>
      <translation>Import failed: {error}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="595" />
      <source>Neues Dokument „{title}“ angelegt.</source>
      <translation>New document “{title}” created.</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="601" />
      <source>{count} Hinweise im Bericht.</source>
      <translation>{count} notes in the report.</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="112" />
      <source>z. B. 17.03.2025, 03.2025 oder 2025</source>
      <translation>e.g. 17.03.2025, 03.2025 or 2025</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="114" />
      <source>Datum wie 17.03.2025, 03.2025 oder 2025; Alt+Pfeil runter öffnet einen Kalender</source>
      <translation>Date such as 17.03.2025, 03.2025 or 2025; Alt+Down opens a calendar</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="118" />
      <source>Kalender</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="120" />
      <source>Kalender öffnen (Alt+Pfeil runter)</source>
      <translation>Open calendar (Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="154" />
      <source>Kalender: Tag wählen</source>
      <translation>Calendar: choose a day</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="155" />
      <source>Pfeiltasten wählen den Tag, Bild auf/ab den Monat; Enter übernimmt</source>
      <translation>Arrow keys choose the day, Page Up/Down the month; Enter takes it</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="54" />
      <source>Konzept</source>
      <translation>Concept</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="55" />
      <source>Strategie</source>
      <translation>Strategy</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="56" />
      <source>Masterplan</source>
      <translation>Master plan</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="57" />
      <source>Rahmenplan</source>
      <translation>Framework plan</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="58" />
      <source>Gutachten</source>
      <translation>Expert report</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="59" />
      <source>Gesamtstadt</source>
      <translation>Whole city</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="60" />
      <source>Stadtbezirk</source>
      <translation>City district</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="61" />
      <source>Quartier</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="62" />
      <source>Teilraum</source>
      <translation>Sub-area</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="63" />
      <source>Vorlage</source>
      <translation>Submission</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="64" />
      <source>Antrag</source>
      <translation>Motion</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="65" />
      <source>Anfrage</source>
      <translation>Inquiry</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="66" />
      <source>Mitteilung</source>
      <translation>Notice</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="85" />
      <source>&amp;Titel:</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="86" />
      <source>&amp;Wiki-Seitentitel:</source>
      <translation>&amp;Wiki page title:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="87" />
      <source>A&amp;rt:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="89" />
      <source>Räumlicher &amp;Geltungsbereich:</source>
      <translation>Spatial &amp;scope:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="92" />
      <source>&amp;Zuständigkeit:</source>
      <translation>&amp;Responsible:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="97" />
      <source>&amp;Jahr der Veröffentlichung:</source>
      <translation>&amp;Year of publication:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="98" />
      <source>z. B. 2023</source>
      <translation>e.g. 2023</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="99" />
      <source>Entwurf</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="99" />
      <source>in Abstimmung</source>
      <translation>In review</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="99" />
      <source>beschlossen</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="100" />
      <source>veröffentlicht</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="102" />
      <source>&amp;Status:</source>
      <translation>Stat&amp;us:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="145" />
      <source>Leitziel-Bezüge</source>
      <translation>Guiding goal references</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="149" />
      <source>&amp;Leitziel-Bezüge:</source>
      <translation>&amp;Guiding goal references:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="190" />
      <source>&amp;Überschrift:</source>
      <translation>Headin&amp;g:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="194" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="201" />
      <source>&amp;Text:</source>
      <translation>Te&amp;xt:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="230" />
      <source>Beschreib&amp;ung:</source>
      <translation>Descri&amp;ption:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="232" />
      <source>&amp;Verantwortlich:</source>
      <translation>&amp;Owner:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="234" />
      <source>&amp;Frist:</source>
      <translation>Dead&amp;line:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="235" />
      <source>offen</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="235" />
      <source>in Umsetzung</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="235" />
      <source>umgesetzt</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="236" />
      <source>zurückgestellt</source>
      <translation>Postponed</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="248" />
      <source>The&amp;menfeld:</source>
      <translation>Thematic f&amp;ield:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="249" />
      <source>&amp;Leitziel:</source>
      <translation>&amp;Guiding goal:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="251" />
      <source>Indikatoren</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="261" />
      <source>&amp;Indikatoren:</source>
      <translation>Indi&amp;cators:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="278" />
      <source>(keiner)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="306" />
      <source>&amp;Nummer:</source>
      <translation>&amp;Number:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="307" />
      <source>z. B. B/17/3503-01</source>
      <translation>e.g. B/17/3503-01</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="308" />
      <source>B&amp;etreff:</source>
      <translation>Su&amp;bject:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="310" />
      <source>Ar&amp;t:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="312" />
      <source>Dat&amp;um:</source>
      <translation>D&amp;ate:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="314" />
      <source>&amp;System:</source>
      <translation>S&amp;ystem:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="319" />
      <source>Ad&amp;resse (URL):</source>
      <translation>Address (&amp;URL):</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="321" />
      <source>&amp;Federführung:</source>
      <translation>&amp;Lead department:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="326" />
      <source>Beteil&amp;igt:</source>
      <translation>&amp;Involved:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="327" />
      <source>&amp;öffentlich</source>
      <translation>&amp;Public</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="328" />
      <source>Beschluss&amp;vorschlag:</source>
      <translation>Proposed &amp;resolution:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="329" />
      <source>Sa&amp;chverhalt:</source>
      <translation>Fa&amp;cts and reasons:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="331" />
      <source>Finanzielle Aus&amp;wirkungen:</source>
      <translation>Financial i&amp;mpact:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="333" />
      <source>An&amp;lagen (eine je Zeile):</source>
      <translation>Attachments (&amp;one per line):</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="335" />
      <source>Vorberatung</source>
      <translation>Preliminary discussion</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="336" />
      <source>Entscheidung</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="337" />
      <source>Kenntnisnahme</source>
      <translation>For information</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="345" />
      <source>Beratungsfolge</source>
      <translation>Order of consultation</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="361" />
      <source>Beratun&amp;gsfolge:</source>
      <translation>Order of con&amp;sultation:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="412" />
      <source>Synergien</source>
      <translation>Synergies</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="414" />
      <source>&amp;Synergien:</source>
      <translation>&amp;Synergies:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="434" />
      <source>Links &amp; Downloads</source>
      <translation>Links &amp; downloads</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="436" />
      <source>&amp;Links:</source>
      <translation>&amp;Links:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="292" />
      <source>Handlungsziel</source>
      <translation>Action goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="292" />
      <source>Maßnahme</source>
      <translation>Measure</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="409" />
      <source>(kein Dokument)</source>
      <translation>(no document)</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="120" />
      <source>Stammdaten: {title}</source>
      <translation>Master data: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="146" />
      <source>Themenfeld / Leitziel</source>
      <translation>Thematic field / guiding goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="146" />
      <source>Notiz</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="157" />
      <source>Themenfelder &amp; Leitziele: {title}</source>
      <translation>Thematic fields &amp; guiding goals: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="215" />
      <source>Abschnitt: {title}</source>
      <translation>Section: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="254" />
      <source>Einheit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="255" />
      <source>Ausgangswert</source>
      <translation>Baseline</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="256" />
      <source>Zielwert</source>
      <translation>Target value</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="257" />
      <source>Zieljahr</source>
      <translation>Target year</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="347" />
      <source>Gremium</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="350" />
      <source>Sitzung</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="355" />
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="357" />
      <source>Ergebnis</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="400" />
      <source>Beschluss: {title}</source>
      <translation>Resolution: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="412" />
      <source>Dokument</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="421" />
      <source>Synergien: {title}</source>
      <translation>Synergies: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="434" />
      <source>Bezeichnung</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="434" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="443" />
      <source>Links &amp; Downloads: {title}</source>
      <translation>Links &amp; downloads: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="465" />
      <source>{count} Einträge auf oberster Ebene. Mit Einfg fügen Sie einen Eintrag hinzu, mit F2 benennen Sie ihn um, mit Strg+Pfeiltasten verschieben Sie ihn.</source>
      <translation>{count} entries at the top level. Insert adds an entry, F2 renames it, Ctrl+arrow keys move it.</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="472" />
      <source>Abschnitt &amp;hinzufügen</source>
      <translation>&amp;Add section</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="473" />
      <source>Ziel &amp;hinzufügen</source>
      <translation>&amp;Add goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="474" />
      <source>Beschluss &amp;hinzufügen</source>
      <translation>&amp;Add resolution</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1306" />
      <source>Strategie-Dateien (*.strategie);;Alle Dateien (*)</source>
      <translation>Strategy files (*.strategie);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="694" />
      <source>Sicherung wiederherstellen</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1326" />
      <source>Stammdaten</source>
      <translation>Master data</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1327" />
      <source>Abschnitt</source>
      <translation>Section</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1328" />
      <source>Ziel</source>
      <translation>Goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1329" />
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1330" />
      <source>Beschluss</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1331" />
      <source>Beratung</source>
      <translation>Consultation</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1332" />
      <source>Synergie</source>
      <translation>Synergy</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1333" />
      <source>Leitziel-Bezug</source>
      <translation>Guiding goal reference</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1334" />
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="422" />
      <source>&amp;Neu …</source>
      <translation>&amp;New …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="423" />
      <source>Ö&amp;ffnen …</source>
      <translation>&amp;Open …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="424" />
      <source>&amp;Kopie speichern unter …</source>
      <translation>Save a &amp;copy as …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="425" />
      <source>Sicherung &amp;wiederherstellen …</source>
      <translation>Restore from &amp;backup …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="426" />
      <source>&amp;Schließen</source>
      <translation>C&amp;lose</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="427" />
      <source>&amp;Beenden</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="428" />
      <source>&amp;Rückgängig</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="429" />
      <source>&amp;Wiederholen</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="430" />
      <source>&amp;Eintrag hinzufügen</source>
      <translation>Add &amp;entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="431" />
      <source>&amp;Unterpunkt hinzufügen</source>
      <translation>Add &amp;child</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="432" />
      <source>Neues &amp;Dokument</source>
      <translation>&amp;New document</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="433" />
      <source>U&amp;mbenennen</source>
      <translation>Rena&amp;me</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="434" />
      <source>&amp;Löschen …</source>
      <translation>&amp;Delete …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="435" />
      <source>Nach &amp;oben</source>
      <translation>Move u&amp;p</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="436" />
      <source>Nach u&amp;nten</source>
      <translation>Move do&amp;wn</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="437" />
      <source>E&amp;inrücken</source>
      <translation>&amp;Indent</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="438" />
      <source>&amp;Ausrücken</source>
      <translation>Ou&amp;tdent</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="439" />
      <source>&amp;Suchen …</source>
      <translation>&amp;Find …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="440" />
      <source>&amp;Themenfeld-Katalog …</source>
      <translation>Thematic field catal&amp;ogue …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="441" />
      <source>A&amp;bsender der Beschlussvorlagen …</source>
      <translation>&amp;Sender of council submissions …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="442" />
      <source>&amp;Fassungen …</source>
      <translation>&amp;Versions …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="443" />
      <source>&amp;Prüfen</source>
      <translation>&amp;Check</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="444" />
      <source>&amp;Wiki-Text …</source>
      <translation>&amp;Wiki text …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="445" />
      <source>Als Word- oder PDF-Datei e&amp;xportieren …</source>
      <translation>Export as W&amp;ord or PDF …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="446" />
      <source>&amp;Beschlussvorlage exportieren …</source>
      <translation>Export council &amp;submission …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="447" />
      <source>Wiki-Text &amp;importieren …</source>
      <translation>&amp;Import wiki text …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="448" />
      <source>Ü&amp;ber Strategie-Editor</source>
      <translation>&amp;About Strategie-Editor</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="449" />
      <source>Zwischen Gliederung und Formular wechseln</source>
      <translation>Switch between outline and form</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="457" />
      <source>&amp;Zuletzt geöffnet</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="458" />
      <source>&amp;Datei</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="459" />
      <source>&amp;Bearbeiten</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="460" />
      <source>D&amp;okument</source>
      <translation>&amp;Document</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="461" />
      <source>&amp;Ansicht</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="462" />
      <source>&amp;Sprache</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="463" />
      <source>&amp;Hilfe</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="464" />
      <source>Werkzeugleiste</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="465" />
      <source>Suche</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="466" />
      <source>Suchbegriff eingeben …</source>
      <translation>Enter search term …</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="467" />
      <source>Suchbegriff</source>
      <translation>Search term</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="469" />
      <source>Suchergebnisse</source>
      <translation>Search results</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="470" />
      <source>Prüfergebnisse</source>
      <translation>Check results</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="473" />
      <source>Verlauf</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="474" />
      <source>Verlauf der Änderungen</source>
      <translation>History of changes</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="475" />
      <source>&lt;Datei geöffnet&gt;</source>
      <translation>&lt;file opened&gt;</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="476" />
      <source>Gliederung</source>
      <translation>Outline</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="478" />
      <source>Strg+Pfeil hoch/runter verschiebt den Eintrag, Strg+Pfeil rechts/links rückt ihn ein oder aus. F2 benennt um; beim Umbenennen rücken Tab und Umschalt+Tab ein und aus. Tab wechselt zum Formular, F6 zurück.</source>
      <translation>Ctrl+Up/Down moves the entry, Ctrl+Right/Left indents or outdents it. F2 renames; while renaming, Tab and Shift+Tab indent and outdent. Tab moves to the form, F6 back.</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="484" />
      <source>Formular</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="485" />
      <source>Keine Datei geöffnet. Öffnen Sie eine Datei über das Menü Datei.</source>
      <translation>No file open. Open a file from the File menu.</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="486" />
      <source>Diese Datei ist schreibgeschützt geöffnet. Änderungen sind nicht möglich.</source>
      <translation>This file is open read-only. Changes are not possible.</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="487" />
      <source>Hinweis: schreibgeschützt</source>
      <translation>Note: read-only</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="637" />
      <source> (schreibgeschützt)</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="654" />
      <source>Neue Strategie-Datei</source>
      <translation>New strategy file</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="665" />
      <source>Strategie-Datei öffnen</source>
      <translation>Open strategy file</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="673" />
      <source>Kopie speichern unter</source>
      <translation>Save a copy as</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="702" />
      <source>Welche Sicherung soll die Datei ersetzen? Der jetzige Stand wird vorher selbst gesichert.</source>
      <translation>Which backup should replace the file? The current state is backed up first.</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="929" />
      <source>Nicht möglich</source>
      <translation>Not possible</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1066" />
      <source>(ohne Titel)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1175" />
      <source>Fehler</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1175" />
      <source>Warnung</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="468" />
      <source>Fundstelle</source>
      <translation>Match</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="471" />
      <source>Schwere</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="471" />
      <source>Meldung</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="471" />
      <source>Ort</source>
      <translation>Location</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="586" />
      <source>Sicherung</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="607" />
      <source>Schreibgeschützt geöffnet: {name}</source>
      <translation>Opened read-only: {name}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="607" />
      <source>Geöffnet: {name}</source>
      <translation>Opened: {name}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="678" />
      <source>Kopie speichern</source>
      <translation>Save copy</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="678" />
      <source>Die Kopie kann nicht die geöffnete Datei selbst sein.</source>
      <translation>The copy cannot be the open file itself.</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="696" />
      <source>Für diese Datei gibt es noch keine Sicherung.</source>
      <translation>There is no backup of this file yet.</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1024" />
      <source>Neuer Abschnitt</source>
      <translation>New section</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1024" />
      <source>Neues Ziel</source>
      <translation>New goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1024" />
      <source>Neuer Beschluss</source>
      <translation>New resolution</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1070" />
      <source>Dokument löschen</source>
      <translation>Delete document</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1086" />
      <source>Löschen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="570" />
      <source>Datei wird gerade bearbeitet</source>
      <translation>File is being edited</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="581" />
      <source>Datei kann nicht geöffnet werden</source>
      <translation>Cannot open file</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="660" />
      <source>Datei kann nicht angelegt werden</source>
      <translation>Cannot create file</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="686" />
      <source>Kopie gespeichert: {path}</source>
      <translation>Copy saved: {path}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="915" />
      <source>Rückgängig</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="922" />
      <source>Wiederholen</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="928" />
      <source>Nicht möglich: {message}</source>
      <translation>Not possible: {message}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1049" />
      <source>Neues Konzept</source>
      <translation>New concept</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1195" />
      <source>Keine</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1195" />
      <source>Keine Befunde: Die Datei ist in Ordnung.</source>
      <translation>No findings: the file is in order.</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1200" />
      <source>Prüfen: {count} Befunde</source>
      <translation>Check: {count} findings</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="571" />
      <source>Schreibgeschützt öffnen?</source>
      <translation>Open it read-only?</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="719" />
      <source>Sicherung wiederhergestellt; der vorherige Stand liegt in {path}</source>
      <translation>Backup restored; the previous state is kept in {path}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="913" />
      <source>&amp;Rückgängig: {what}</source>
      <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="919" />
      <source>&amp;Wiederholen: {what}</source>
      <translation>&amp;Redo: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1071" />
      <source>Das Dokument „{name}“ mit allen Abschnitten, Zielen und Beschlüssen löschen?
Sie können das mit Rückgängig (Strg+Z) zurücknehmen.</source>
      <translation>Delete the document “{name}” with all its sections, goals and resolutions?
You can take this back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1087" />
      <source>„{name}“ mit {count} Unterpunkten löschen?
Sie können das mit Rückgängig (Strg+Z) zurücknehmen.</source>
      <translation>Delete “{name}” with {count} sub-entries?
You can take this back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="915" />
      <source>Rückgängig: {what}</source>
      <translation>Undo: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="922" />
      <source>Wiederholen: {what}</source>
      <translation>Redo: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="941" />
      <source>Rückgängig gemacht: {what}</source>
      <translation>Undone: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="952" />
      <source>Wiederholt: {what}</source>
      <translation>Redone: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="1132" />
      <source>Keine Treffer für „{text}“.</source>
      <translation>No matches for “{text}”.</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_access.py" line="49" />
      <source>Titel des Eintrags</source>
      <translation>Title of the entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_access.py" line="51" />
      <source>Enter übernimmt, Esc bricht ab; Tab und Umschalt+Tab rücken den Eintrag ein und aus</source>
      <translation>Enter takes it, Esc cancels; Tab and Shift+Tab indent and outdent the entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/session.py" line="112" />
      <source>Gespeichert: {label}, {time}</source>
      <translation>Saved: {label}, {time}</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="19" />
      <source>&amp;Stadt:</source>
      <translation>&amp;City:</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="20" />
      <source>&amp;Verwaltungsspitze:</source>
      <translation>&amp;Head of administration:</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="21" />
      <source>&amp;Dezernat/Bereich:</source>
      <translation>&amp;Department/division:</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="31" />
      <source>Absender der Beschlussvorlagen</source>
      <translation>Sender of council submissions</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="34" />
      <source>Diese Angaben stehen im Kopf jeder Beschlussvorlage, die aus dieser Datei exportiert wird. Sie gelten für alle Dokumente der Datei; leere Zeilen entfallen.</source>
      <translation>These lines head every council submission exported from this file. They apply to all documents of the file; empty lines are left out.</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="43" />
      <source>z. B. Stadt Oberhausen</source>
      <translation>e.g. Stadt Oberhausen</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="44" />
      <source>z. B. Der Oberbürgermeister</source>
      <translation>e.g. Der Oberbürgermeister</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="45" />
      <source>z. B. Dezernat 5 – Bereich 5-1 Stadtplanung</source>
      <translation>e.g. Dezernat 5 – Bereich 5-1 Stadtplanung</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="42" />
      <source>{subject} hinzugefügt</source>
      <translation>{subject} added</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="43" />
      <source>{subject} angelegt</source>
      <translation>{subject} created</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="44" />
      <source>{subject} eingefügt</source>
      <translation>{subject} inserted</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="45" />
      <source>{subject} geändert</source>
      <translation>{subject} changed</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="46" />
      <source>{subject} gelöscht</source>
      <translation>{subject} deleted</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="47" />
      <source>{subject} verschoben</source>
      <translation>{subject} moved</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="48" />
      <source>{subject} nach oben verschoben</source>
      <translation>{subject} moved up</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="49" />
      <source>{subject} nach unten verschoben</source>
      <translation>{subject} moved down</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="50" />
      <source>{subject} eingerückt</source>
      <translation>{subject} indented</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="51" />
      <source>{subject} ausgerückt</source>
      <translation>{subject} outdented</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="52" />
      <source>{subject} gespeichert</source>
      <translation>{subject} saved</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="53" />
      <source>{subject} wiederhergestellt</source>
      <translation>{subject} restored</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="68" />
      <source>Themenfeld</source>
      <translation>Thematic field</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="71" />
      <source>Fassung</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="87" />
      <source>Weitere Infobox-Angaben</source>
      <translation>Further infobox parameters</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="109" />
      <source>öffentlich/nichtöffentlich</source>
      <translation>public/non-public</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="113" />
      <source>Anlagen</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="17" />
      <source>{kind} „{name}“</source>
      <translation>{kind} “{name}”</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="22" />
      <source>{subject}: {fields} geändert</source>
      <translation>{subject}: {fields} changed</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="24" />
      <source>{subject} mit einem Unterpunkt gelöscht</source>
      <translation>{subject} and one sub-item deleted</translation>
    </message>
    <message>
      <location filename="../../editor/views/undo_texts.py" line="26" />
      <source>{subject} mit {count} Unterpunkten gelöscht</source>
      <translation>{subject} and {count} sub-items deleted</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="64" />
      <source>Vorschau</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="67" />
      <source>Formatierung</source>
      <translation>Formatting</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="69" />
      <source>Fett</source>
      <translation>Bold</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="70" />
      <source>Kursiv</source>
      <translation>Italic</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="71" />
      <source>• Liste</source>
      <translation>• List</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="73" />
      <source>1. Liste</source>
      <translation>1. List</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="75" />
      <source>Link …</source>
      <translation>Link …</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="198" />
      <source>Link einfügen</source>
      <translation>Insert link</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="198" />
      <source>Adresse (https://…):</source>
      <translation>Address (https://…):</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="473" />
      <source>Hinzufügen</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="474" />
      <source>Entfernen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="475" />
      <source>Nach oben</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="476" />
      <source>Nach unten</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="478" />
      <source>{name}: Eintrag hinzufügen</source>
      <translation>{name}: add entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="479" />
      <source>{name}: Eintrag entfernen</source>
      <translation>{name}: remove entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="480" />
      <source>{name}: Eintrag nach oben</source>
      <translation>{name}: move entry up</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="481" />
      <source>{name}: Eintrag nach unten</source>
      <translation>{name}: move entry down</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="52" />
      <source>Themenfelder &amp; Leitziele</source>
      <translation>Thematic fields &amp; guiding goals</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="53" />
      <source>Abschnitte</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="54" />
      <source>Ziele</source>
      <translation>Goals</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="55" />
      <source>Beschlüsse</source>
      <translation>Resolutions</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="40" />
      <source>Dokument {id}: {title}</source>
      <translation>Document {id}: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="42" />
      <source>Wiki-Seitentitel</source>
      <translation>Wiki page title</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="43" />
      <source>Art</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="44" />
      <source>Räumlicher Geltungsbereich</source>
      <translation>Spatial scope</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="45" />
      <source>Zuständigkeit</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="46" />
      <source>Jahr der Veröffentlichung</source>
      <translation>Year of publication</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="47" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="84" />
      <source>Indikator: {name} [{unit}] Ausgangswert {baseline}, Ziel {target} ({year})</source>
      <translation>Indicator: {name} [{unit}] baseline {baseline}, target {target} ({year})</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="53" />
      <source>(Themenfeld {id})</source>
      <translation>(thematic field {id})</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="97" />
      <source>öffentlich</source>
      <translation>public</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="97" />
      <source>nichtöffentlich</source>
      <translation>non-public</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="98" />
      <source>ohne Datum</source>
      <translation>no date</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="101" />
      <source>System</source>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="103" />
      <source>Federführung</source>
      <translation>Lead department</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="104" />
      <source>Beteiligt</source>
      <translation>Involved</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="105" />
      <source>Beschlussvorschlag</source>
      <translation>Proposed resolution</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="106" />
      <source>Sachverhalt</source>
      <translation>Facts and reasons</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="107" />
      <source>Finanzielle Auswirkungen</source>
      <translation>Financial impact</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="51" />
      <source>Weiterer Infobox-Parameter {key}: {value}</source>
      <translation>Further infobox parameter {key}: {value}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="123" />
      <source>Dokument {id}</source>
      <translation>Document {id}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="70" />
      <source>Verantwortlich</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="71" />
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="79" />
      <source>Bezug</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="316" />
      <source>Link ist keine http(s)-Adresse: {url}</source>
      <translation>Link is not an http(s) address: {url}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="324" />
      <source>{label} „{value}“ ist kein Datum (erwartet z. B. {examples})</source>
      <translation>{label} “{value}” is not a date (expected e.g. {examples})</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="331" />
      <source>{label} „{value}“ liegt im Jahr {year} – Tippfehler?</source>
      <translation>{label} “{value}” lies in the year {year} – a typo?</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="349" />
      <source>Frist von Ziel „{title}“:</source>
      <translation>Deadline of goal “{title}”:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="361" />
      <source>Datum von Beschluss {name}:</source>
      <translation>Date of resolution {name}:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="173" />
      <source>Jahr der Veröffentlichung ist keine Jahreszahl: {year}</source>
      <translation>Year of publication is not a year: {year}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="175" />
      <source>Unbekannter Status: {status}</source>
      <translation>Unknown status: {status}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="180" />
      <source>Der Wiki-Seitentitel „{title}“ kommt in der Datei mehrfach vor</source>
      <translation>The wiki page title “{title}” occurs more than once in the file</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="365" />
      <source>Sitzung von {body} zu {name}:</source>
      <translation>Meeting of {body} on {name}:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="135" />
      <source>das Datum fehlt</source>
      <translation>the date is missing</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="136" />
      <source>die Beratungsfolge fehlt</source>
      <translation>the sequence of deliberation is missing</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="137" />
      <source>der Beschlussvorschlag fehlt</source>
      <translation>the proposed resolution is missing</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="171" />
      <source>Pflichtfeld fehlt: {label}</source>
      <translation>Required field missing: {label}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="186" />
      <source>Themenfeld {id} steht nicht mehr im Katalog</source>
      <translation>Topic area {id} is no longer in the catalogue</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="190" />
      <source>Abschnitt ohne Überschrift</source>
      <translation>Section without a heading</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="194" />
      <source>Abschnitt „{title}“ liegt auf Ebene {level}; Wiki und Word zeigen höchstens {most} Ebenen</source>
      <translation>Section “{title}” is at level {level}; wiki and Word show at most {most} levels</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="209" />
      <source>Ziel ohne Titel</source>
      <translation>Goal without a title</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="241" />
      <source>Beschluss ohne Vorlagennummer</source>
      <translation>Resolution without a paper number</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="261" />
      <source>Beschluss {number} ohne Betreff</source>
      <translation>Resolution {number} without a subject</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="278" />
      <source>Leere Synergie</source>
      <translation>Empty synergy</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="291" />
      <source>Leitziel-Bezug ohne gültiges Themenfeld</source>
      <translation>Guiding-goal reference without a valid topic area</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="303" />
      <source>Link ohne Beschriftung</source>
      <translation>Link without a label</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="316" />
      <source>(leer)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="353" />
      <source>Zieljahr „{year}“ von Indikator „{name}“ ist keine Jahreszahl</source>
      <translation>Target year “{year}” of indicator “{name}” is not a year</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="94" />
      <source>Überschriftenebene springt von {previous} auf {level}: „{heading}“</source>
      <translation>Heading level jumps from {previous} to {level}: “{heading}”</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="215" />
      <source>Ziel verweist auf ein Themenfeld, das nicht im Katalog steht</source>
      <translation>Goal refers to a topic area that is not in the catalogue</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="233" />
      <source>Indikator ohne Namen bei Ziel „{title}“</source>
      <translation>Indicator without a name in goal “{title}”</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="247" />
      <source>Vorlagennummer „{number}“ hat nicht die Form B/17/3503-01</source>
      <translation>Paper number “{number}” does not have the form B/17/3503-01</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="268" />
      <source>Beratungsfolge von {number} nennt kein Gremium</source>
      <translation>Sequence of deliberation of {number} names no body</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="282" />
      <source>Synergie verweist auf ein Dokument, das es nicht gibt</source>
      <translation>Synergy refers to a document that does not exist</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="295" />
      <source>Leitziel-Bezug auf ein Leitziel, das {themenfeld} nicht hat</source>
      <translation>Guiding-goal reference to a guiding goal that {themenfeld} does not have</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="77" />
      <source>Verweis auf ein Dokument, das es nicht gibt: {target}</source>
      <translation>Reference to a document that does not exist: {target}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="143" />
      <source>Beschlussvorlage {name} ist unvollständig: {what}</source>
      <translation>Draft resolution {name} is incomplete: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="223" />
      <source>Ziel verweist auf ein Leitziel, das {themenfeld} nicht hat</source>
      <translation>Goal refers to a guiding goal that {themenfeld} does not have</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="255" />
      <source>Unbekannte Vorlagenart „{kind}“ in {number}</source>
      <translation>Unknown kind of paper “{kind}” in {number}</translation>
    </message>
    <message>
      <location filename="../../editor/resources.py" line="40" />
      <source>Die Programmdateien (Paket {package}) fehlen; bitte Strategie-Editor neu installieren (im Quellordner: make oder pip install -e .).</source>
      <translation>The program files (package {package}) are missing; please reinstall Strategie-Editor (in the source folder: make or pip install -e .).</translation>
    </message>
    <message>
      <location filename="../../editor/resources.py" line="61" />
      <source>Die Programmdatei „{name}“ fehlt oder ist nicht lesbar ({reason}); bitte Strategie-Editor neu installieren.</source>
      <translation>The program file “{name}” is missing or unreadable ({reason}); please reinstall Strategie-Editor.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/backups.py" line="114" />
      <source>Eine Sicherung „{backup}“ gibt es für „{name}“ nicht (vorhanden: {known}).</source>
      <translation>There is no backup “{backup}” of “{name}” (available: {known}).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/backups.py" line="130" />
      <source>„{name}“ wird gerade bearbeitet von {holder}; bitte dort schließen und dann wiederherstellen.</source>
      <translation>“{name}” is being edited by {holder}; please close it there, then restore.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/backups.py" line="94" />
      <source>Der Sicherungsordner „{folder}“ kann nicht angelegt werden: {reason}.</source>
      <translation>The backup folder “{folder}” cannot be created: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/backups.py" line="163" />
      <source>Die Sicherung konnte nicht wiederhergestellt werden: {reason}.</source>
      <translation>The backup could not be restored: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="312" />
      <source>Die Änderung konnte nicht gespeichert werden: {reason}.</source>
      <translation>The change could not be saved: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="88" />
      <source>„{name}“ ist leer (0 Bytes) und keine Strategie-Datei.</source>
      <translation>“{name}” is empty (0 bytes) and not a strategy file.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="90" />
      <source>„{name}“ ist keine Strategie-Datei: Sie ist keine SQLite-Datenbank (vielleicht ein Word-Dokument, ein Export oder eine beschädigte Datei).</source>
      <translation>“{name}” is not a strategy file: it is not an SQLite database (perhaps a Word document, an export or a damaged file).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="96" />
      <source>„{name}“ ist abgeschnitten und beschädigt.</source>
      <translation>“{name}” is truncated and damaged.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="100" />
      <source>„{name}“ ist eine SQLite-Datenbank eines anderen Programms, keine Strategie-Datei.</source>
      <translation>“{name}” is another program’s SQLite database, not a strategy file.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="104" />
      <source>„{name}“ wurde mit einer neueren Version des Strategie-Editors gespeichert (Dateiformat {version}, dieses Programm kennt bis {current}). Bitte aktualisieren Sie das Programm.</source>
      <translation>“{name}” was saved by a newer version of Strategie-Editor (file format {version}; this program knows formats up to {current}). Please update the program.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="305" />
      <source>Die Datei ist schreibgeschützt; die Änderung wurde nicht gespeichert.</source>
      <translation>The file is read-only; the change was not saved.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="307" />
      <source>Der Datenträger ist voll; die Änderung wurde nicht gespeichert.</source>
      <translation>The disk is full; the change was not saved.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="309" />
      <source>Die Datei wird gerade von einem anderen Programm benutzt; die Änderung wurde nicht gespeichert.</source>
      <translation>The file is in use by another program; the change was not saved.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="71" />
      <source>Die Datei „{path}“ gibt es nicht.</source>
      <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="73" />
      <source>„{path}“ ist ein Ordner, keine Strategie-Datei.</source>
      <translation>“{path}” is a folder, not a strategy file.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="75" />
      <source>Keine Berechtigung, „{path}“ zu lesen.</source>
      <translation>No permission to read “{path}”.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="77" />
      <source>„{path}“ kann nicht gelesen werden: {reason}.</source>
      <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="81" />
      <source>Der Dateiname enthält ein unzulässiges Zeichen.</source>
      <translation>The file name contains a character that is not allowed.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="187" />
      <source>„{path}“ gibt es schon; eine bestehende Datei wird nicht überschrieben.</source>
      <translation>“{path}” already exists; an existing file is never overwritten.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="190" />
      <source>Den Ordner „{directory}“ gibt es nicht.</source>
      <translation>The folder “{directory}” does not exist.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="230" />
      <source>„{name}“ enthält fremde Datenbank-Objekte ({objects}) und wird aus Sicherheitsgründen nicht geöffnet.</source>
      <translation>“{name}” contains foreign database objects ({objects}) and is not opened, for safety.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="238" />
      <source>„{name}“ ist unvollständig: Es fehlen Tabellen ({tables}).</source>
      <translation>“{name}” is incomplete: tables are missing ({tables}).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="245" />
      <source>„{name}“ ist beschädigt: {reason}</source>
      <translation>“{name}” is damaged: {reason}</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="255" />
      <source>„{name}“ hat ein älteres Dateiformat ({version}) und muss aktualisiert werden, ist aber schreibgeschützt.</source>
      <translation>“{name}” has an older file format ({version}) and needs updating, but it is read-only.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="288" />
      <source>„{name}“ ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</source>
      <translation>“{name}” is open read-only; changes are not possible.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="152" />
      <source>„{name}“ wird gerade bearbeitet von {holder}. Sie können die Datei schreibgeschützt öffnen.</source>
      <translation>“{name}” is being edited by {holder}. You can open the file read-only.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="163" />
      <source>„{name}“ kann nicht geöffnet werden: {reason}.</source>
      <translation>“{name}” cannot be opened: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="175" />
      <source>„{name}“ ist beschädigt und kann nicht gelesen werden ({reason}).</source>
      <translation>“{name}” is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="194" />
      <source>In „{directory}“ kann keine Datei angelegt werden: {reason}.</source>
      <translation>No file can be created in “{directory}”: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="219" />
      <source>„{name}“ kann nicht angelegt werden: {reason}.</source>
      <translation>“{name}” cannot be created: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="279" />
      <source>Die Kopie „{name}“ konnte nicht geschrieben werden: {reason}.</source>
      <translation>The copy “{name}” could not be written: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="134" />
      <source>Die Datei enthält noch kein Dokument.</source>
      <translation>The file does not contain a document yet.</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="139" />
      <source>Ein Dokument {id} gibt es in der Datei nicht (vorhanden: {known}).</source>
      <translation>There is no document {id} in the file (available: {known}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="148" />
      <source>Ein Dokument {id} gibt es in der Datei nicht.</source>
      <translation>There is no document {id} in the file.</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="104" />
      <source>Die tägliche Sicherung wurde nicht angelegt: {reason}</source>
      <translation>Today’s backup was not made: {reason}</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="189" />
      <source>{kind} „{title}“ {reason}; er wird auf oberster Ebene gezeigt. Verschieben Sie ihn an die richtige Stelle.</source>
      <translation>{kind} “{title}” {reason}; it is shown at the top level. Move it to the right place.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="279" />
      <source>{kind} {id} gibt es nicht (mehr).</source>
      <translation>{kind} {id} does not exist (any more).</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="413" />
      <source>Der übergeordnete Eintrag ({kind}) gehört zu einem anderen Dokument.</source>
      <translation>The parent entry ({kind}) belongs to another document.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="496" />
      <source>Der Eintrag steht schon an erster Stelle.</source>
      <translation>The entry is already first.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="504" />
      <source>Der Eintrag steht schon an letzter Stelle.</source>
      <translation>The entry is already last.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="512" />
      <source>Der erste Eintrag einer Ebene kann nicht eingerückt werden.</source>
      <translation>The first entry of a level cannot be indented.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="521" />
      <source>Der Eintrag steht schon auf der obersten Ebene.</source>
      <translation>The entry is already at the top level.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="610" />
      <source>Eine Fassung braucht einen Namen.</source>
      <translation>A version needs a name.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="613" />
      <source>Eine Fassung „{name}“ gibt es für dieses Dokument schon.</source>
      <translation>This document already has a version “{name}”.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="635" />
      <source>Eine Fassung „{name}“ gibt es für dieses Dokument nicht.</source>
      <translation>This document has no version “{name}”.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="699" />
      <source>Eine Einstellung „{key}“ gibt es nicht (vorhanden: {known}).</source>
      <translation>There is no setting “{key}” (available: {known}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="470" />
      <source>Ein Eintrag kann nur innerhalb seines Dokuments verschoben werden.</source>
      <translation>An entry can only be moved within its own document.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="472" />
      <source>Ein Eintrag kann nicht in sich selbst verschoben werden.</source>
      <translation>An entry cannot be moved into itself.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_export.py" line="940" />
      <source>Die Beschlussvorlage mit der Nummer {number} gibt es in diesem Dokument nicht.</source>
      <translation>There is no council submission with the number {number} in this document.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_export.py" line="167" />
      <source>Die Vorlage hat keinen Dokumentkörper (w:body).</source>
      <translation>The template has no document body (w:body).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="184" />
      <source>Die Vorlage „{name}“ entpackt sich auf mehr als 200 MB und wird nicht geöffnet.</source>
      <translation>The template “{name}” unpacks to more than 200 MB and is not opened.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="188" />
      <source>Die Vorlage „{name}“ enthält Makros (.docm/.dotm); bitte als .docx oder .dotx speichern.</source>
      <translation>The template “{name}” contains macros (.docm/.dotm); please save it as .docx or .dotx.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="238" />
      <source>Die Vorlage hat keinen Dokumentkörper.</source>
      <translation>The template has no document body.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="317" />
      <source>Die Vorlage „{name}“ enthält keine Formatvorlagen (word/styles.xml fehlt).</source>
      <translation>The template “{name}” contains no styles (word/styles.xml is missing).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="324" />
      <source>In der Vorlage „{name}“ fehlen Formatvorlagen: {styles}.</source>
      <translation>The template “{name}” lacks styles: {styles}.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="166" />
      <source>Die Vorlage „{name}“ ist größer als {size} MB und wohl keine Word-Vorlage.</source>
      <translation>The template “{name}” is larger than {size} MB and probably not a Word template.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="173" />
      <source>Die Vorlage „{path}“ wurde nicht gefunden.</source>
      <translation>The template “{path}” was not found.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="175" />
      <source>Die Vorlage „{path}“ kann nicht gelesen werden: {reason}</source>
      <translation>The template “{path}” cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="182" />
      <source>Die Vorlage „{name}“ ist keine Word-Datei (.docx oder .dotx).</source>
      <translation>The template “{name}” is not a Word file (.docx or .dotx).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="297" />
      <source>Die Word-Vorlage „{name}“ hat keine Seitenzahlen; die Fußzeile „Seite X von Y“ wurde ergänzt.</source>
      <translation>The Word template “{name}” has no page numbers; the footer “Seite X von Y” was added.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="311" />
      <source>Die Vorlage „{name}“ ist beschädigt und kann nicht geöffnet werden ({reason}).</source>
      <translation>The template “{name}” is damaged and cannot be opened ({reason}).</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="37" />
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="28" />
      <source>Auf dem Datenträger ist nicht genug Platz.</source>
      <translation>There is not enough space on the disk.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="30" />
      <source>Der Datenträger ist schreibgeschützt.</source>
      <translation>The disk is read-only.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="32" />
      <source>Keine Schreibberechtigung (ist die Datei vielleicht in einem anderen Programm geöffnet?).</source>
      <translation>No permission to write (is the file perhaps open in another program?).</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="34" />
      <source>Der Ordner existiert nicht.</source>
      <translation>The folder does not exist.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="36" />
      <source>Unter diesem Namen gibt es schon einen Ordner.</source>
      <translation>A folder of that name already exists.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="63" />
      <source>Die Datei „{name}“ konnte nicht geschrieben werden: {reason}</source>
      <translation>The file “{name}” could not be written: {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/pdf_export.py" line="99" />
      <source>Unter Debian/Ubuntu: „sudo apt install libreoffice-writer python3-uno“; unter Windows: LibreOffice von https://de.libreoffice.org/ installieren.</source>
      <translation>On Debian/Ubuntu: “sudo apt install libreoffice-writer python3-uno”; on Windows: install LibreOffice from https://www.libreoffice.org/.</translation>
    </message>
    <message>
      <location filename="../../exports/pdf_export.py" line="113" />
      <source>LibreOffice ist installiert, aber ohne seine Python-Anbindung (uno), die der PDF-Export braucht. {hint}</source>
      <translation>LibreOffice is installed, but without its Python binding (uno), which the PDF export needs. {hint}</translation>
    </message>
    <message>
      <location filename="../../exports/pdf_export.py" line="109" />
      <source>Für den PDF-Export wird LibreOffice gebraucht, es ist nicht installiert. {hint}</source>
      <translation>The PDF export needs LibreOffice, which is not installed. {hint}</translation>
    </message>
    <message>
      <location filename="../../exports/pdf_export.py" line="198" />
      <source>LibreOffice konnte die PDF-Datei nicht schreiben ({reason}).</source>
      <translation>LibreOffice could not write the PDF file ({reason}).</translation>
    </message>
    <message>
      <location filename="../../exports/pdf_export.py" line="176" />
      <source>LibreOffice konnte nicht gestartet werden: {reason}</source>
      <translation>LibreOffice could not be started: {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/pdf_export.py" line="190" />
      <source>LibreOffice hat die PDF-Datei nicht in {minutes} Minuten geschrieben; abgebrochen.</source>
      <translation>LibreOffice did not write the PDF file within {minutes} minutes; cancelled.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="121" />
      <source>Die Eingabe ist kein Text.</source>
      <translation>The input is not text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="123" />
      <source>Die Eingabe ist größer als {size} MB und keine Wiki-Seite.</source>
      <translation>The input is larger than {size} MB and not a wiki page.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="128" />
      <source>Die Eingabe sieht nach Binärdaten aus, nicht nach Wiki-Text.</source>
      <translation>The input looks like binary data, not like wiki text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="134" />
      <source>Vorlagen oder Links sind tiefer als {depth} Ebenen verschachtelt.</source>
      <translation>Templates or links are nested deeper than {depth} levels.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="137" />
      <source>Listen sind tiefer als {depth} Ebenen verschachtelt.</source>
      <translation>Lists are nested deeper than {depth} levels.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="101" />
      <source>Wiki-Profil „{name}“ nicht gefunden. Mitgeliefert sind: {known}.</source>
      <translation>Wiki profile “{name}” not found. Bundled profiles: {known}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="116" />
      <source>Wiki-Profil „{path}“ muss ein JSON-Objekt sein.</source>
      <translation>Wiki profile “{path}” must be a JSON object.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="139" />
      <source>Wiki-Profil „{source}“: Schlüssel „{key}“ {problem}</source>
      <translation>Wiki profile “{source}”: key “{key}” {problem}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="107" />
      <source>Wiki-Profil „{path}“ kann nicht gelesen werden: {reason}</source>
      <translation>Wiki profile “{path}” cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="109" />
      <source>Wiki-Profil „{path}“ ist kein gültiges JSON (Zeile {line}): {reason}</source>
      <translation>Wiki profile “{path}” is not valid JSON (line {line}): {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="182" />
      <source>enthält ein Zeichen, das in Wiki-Titeln nicht erlaubt ist: „{value}“.</source>
      <translation>contains a character that wiki titles do not allow: “{value}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="195" />
      <source>muss „template“ oder „table“ sein, nicht „{style}“.</source>
      <translation>must be “template” or “table”, not “{style}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="287" />
      <source>Wiki-Profil „{source}“: Schlüssel „base“ muss ein Profilname sein.</source>
      <translation>Wiki profile “{source}”: key “base” must be a profile name.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="290" />
      <source>Wiki-Profil „{source}“: Schlüssel „base“ verweist im Kreis auf „{base}“.</source>
      <translation>Wiki profile “{source}”: key “base” refers in a circle to “{base}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="154" />
      <source>muss ein Text sein.</source>
      <translation>must be a text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="156" />
      <source>darf nicht leer sein.</source>
      <translation>must not be empty.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="162" />
      <source>muss true oder false sein.</source>
      <translation>must be true or false.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="168" />
      <source>muss eine Liste von Texten sein.</source>
      <translation>must be a list of texts.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="174" />
      <source>muss ein Objekt sein.</source>
      <translation>must be an object.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="192" />
      <source>ist unbekannt.</source>
      <translation>is unknown.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="202" />
      <source>darf kein „=“ enthalten.</source>
      <translation>must not contain “=”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="207" />
      <source>ist unbekannt; erlaubt sind {fields}.</source>
      <translation>is unknown; allowed are {fields}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="214" />
      <source>muss eines von {fields} sein.</source>
      <translation>must be one of {fields}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="227" />
      <source>muss eine einzeilige Überschrift ohne „=“ am Rand sein.</source>
      <translation>must be a one-line heading without “=” at either end.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="247" />
      <source>muss eine Größe wie „120x120px“ sein, nicht „{size}“.</source>
      <translation>must be a size like “120x120px”, not “{size}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="147" />
      <source>fehlt.</source>
      <translation>is missing.</translation>
    </message>
  </context>
</TS>
