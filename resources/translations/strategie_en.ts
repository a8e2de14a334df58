<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
  <context>
    <name>Strategie</name>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="78" />
      <source>Geöffnete Datei</source>
      <translation>Open file</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="79" />
      <source>Tägliche Sicherungen</source>
      <translation>Daily backups</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="80" />
      <source>Einstellungen</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="81" />
      <source>Beispieldatei</source>
      <translation>Sample file</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="82" />
      <source>Programmdateien</source>
      <translation>Program files</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="92" />
      <source>Über Strategie-Editor</source>
      <translation>About Strategie-Editor</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="96" />
      <source>Programmsymbol</source>
      <translation>Program icon</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="107" />
      <source>Angaben zum Programm</source>
      <translation>About the program</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="111" />
      <source>Angaben &amp;kopieren</source>
      <translation>&amp;Copy details</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="78" />
      <source>keine</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="147" />
      <source>Ihre Daten bleiben in der Datei und den Sicherungen auf diesem Rechner; das Programm sendet nichts von sich aus ins Netz.</source>
      <translation>Your data stays in the file and the backups on this computer; the program sends nothing to the network on its own.</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="157" />
      <source>Lizenz</source>
      <translation>Licence</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="143" />
      <source>Wo Ihre Daten liegen</source>
      <translation>Where your data lives</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="142" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="141" />
      <source>Bibliothek</source>
      <translation>Library</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="140" />
      <source>Verwendete Bibliotheken</source>
      <translation>Libraries used</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="138" />
      <source>Europäische Union Public Licence</source>
      <translation>European Union Public Licence</translation>
    </message>
    <message>
      <location filename="../../editor/views/about_dialog.py" line="132" />
      <source>Strategie-Editor: Strategiepapiere offline schreiben und als Word-Dokument und Wiki-Text veröffentlichen.</source>
      <translation>Strategie-Editor: write strategy papers offline and publish them as Word documents and wiki text.</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="28" />
      <source>Themenfeld-Katalog</source>
      <translation>Thematic field catalogue</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="31" />
      <source>Die Themenfelder und Leitziele gelten für alle Dokumente dieser Datei. Wiki-Seite und Symboldatei müssen so heißen wie im Wiki.</source>
      <translation>The thematic fields and guiding goals apply to every document of this file. Wiki page and icon file must be named as in the wiki.</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="39" />
      <source>Themenfelder</source>
      <translation>Thematic fields</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="50" />
      <source>Leitziele</source>
      <translation>Guiding goals</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="56" />
      <source>&amp;Themenfelder:</source>
      <translation>&amp;Thematic fields:</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="141" />
      <source>Themenfeld löschen</source>
      <translation>Delete thematic field</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="113" />
      <source>&amp;Leitziele:</source>
      <translation>&amp;Guiding goals:</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="41" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="42" />
      <source>Wiki-Seite</source>
      <translation>Wiki page</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="43" />
      <source>Symboldatei</source>
      <translation>Icon file</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="44" />
      <source>Kategorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="50" />
      <source>Leitziel</source>
      <translation>Guiding goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="50" />
      <source>Anker auf der Wiki-Seite</source>
      <translation>Anchor on the wiki page</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="142" />
      <source>„{name}“ mit seinen Leitzielen aus dem Katalog löschen? Dokumente und Ziele verlieren den Bezug darauf. Sie können das mit Rückgängig (Strg+Z) zurücknehmen.</source>
      <translation>Delete “{name}” and its guiding goals from the catalogue? Documents and goals lose their reference to it. You can take this back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="113" />
      <source>&amp;Leitziele von „{title}“:</source>
      <translation>&amp;Guiding goals of “{title}”:</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="153" />
      <source>Neues Leitziel</source>
      <translation>New guiding goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/catalogue_dialog.py" line="70" />
      <source>Neues Themenfeld</source>
      <translation>New thematic field</translation>
    </message>
    <message>
      <location filename="../../editor/views/check_dock.py" line="35" />
      <source>Fehler</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../editor/views/check_dock.py" line="35" />
      <source>Warnung</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../editor/views/check_dock.py" line="60" />
      <source>Prüfergebnisse</source>
      <translation>Check results</translation>
    </message>
    <message>
      <location filename="../../editor/views/check_dock.py" line="61" />
      <source>Schwere</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../editor/views/check_dock.py" line="61" />
      <source>Meldung</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../editor/views/check_dock.py" line="61" />
      <source>Ort</source>
      <translation>Location</translation>
    </message>
    <message>
      <location filename="../../editor/views/check_dock.py" line="45" />
      <source>Keine</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../editor/views/check_dock.py" line="45" />
      <source>Keine Befunde: Die Datei ist in Ordnung.</source>
      <translation>No findings: the file is in order.</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="32" />
      <source>Keine Unterschiede: Die Fassung entspricht dem aktuellen Stand.</source>
      <translation>No differences: the version matches the current state.</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="61" />
      <source>Gespeicherte Fassungen</source>
      <translation>Saved versions</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="65" />
      <source>Unterschiede zum aktuellen Stand</source>
      <translation>Differences from the current state</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="66" />
      <source>&amp;Unterschiede zum aktuellen Stand:</source>
      <translation>&amp;Differences from the current state:</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="68" />
      <source>Fassung &amp;speichern …</source>
      <translation>&amp;Save version …</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="69" />
      <source>&amp;Vergleichen</source>
      <translation>&amp;Compare</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="70" />
      <source>&amp;Wiederherstellen …</source>
      <translation>&amp;Restore …</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="139" />
      <source>Fassung speichern</source>
      <translation>Save version</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="139" />
      <source>Name der Fassung:</source>
      <translation>Name of the version:</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="157" />
      <source>Fassung wiederherstellen</source>
      <translation>Restore version</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="59" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="59" />
      <source>Gespeichert am</source>
      <translation>Saved on</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="113" />
      <source>Noch keine Fassung gespeichert.</source>
      <translation>No version saved yet.</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="56" />
      <source>Fassungen: {title}</source>
      <translation>Versions: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="158" />
      <source>Das Dokument auf die Fassung „{name}“ zurücksetzen?
Sie können das mit Rückgängig (Strg+Z) zurücknehmen.</source>
      <translation>Reset the document to the version “{name}”?
You can take this back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="40" />
      <source>entfernt: </source>
      <translation>removed:  </translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="126" />
      <source>Fassung „{name}“ gespeichert</source>
      <translation>Version “{name}” saved</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="135" />
      <source>Fassung „{name}“ wiederhergestellt</source>
      <translation>Version “{name}” restored</translation>
    </message>
    <message>
      <location filename="../../editor/views/dialogs.py" line="42" />
      <source>neu:      </source>
      <translation>new:      </translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="92" />
      <source>Word-Dokument (.docx)</source>
      <translation>Word document (.docx)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="93" />
      <source>PDF, barrierefrei (.pdf)</source>
      <translation>PDF, accessible (.pdf)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="94" />
      <source>HTML-Seite, barrierefrei (.html)</source>
      <translation>HTML page, accessible (.html)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="131" />
      <source>Strategiedokument</source>
      <translation>Strategy document</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="143" />
      <source>Absender ä&amp;ndern …</source>
      <translation>Change se&amp;nder …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="145" />
      <source>Mitgelieferte Vorlage der Stadt</source>
      <translation>The city's bundled template</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="146" />
      <source>&amp;Durchsuchen …</source>
      <translation>&amp;Browse …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="147" />
      <source>Vorlage auswählen</source>
      <translation>Choose template</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="151" />
      <source>Ziel wä&amp;hlen …</source>
      <translation>Choose &amp;target …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="152" />
      <source>Zieldatei auswählen</source>
      <translation>Choose target file</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="158" />
      <source>Fortschritt</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="163" />
      <source>&amp;Was:</source>
      <translation>&amp;What:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="165" />
      <source>Was exportieren</source>
      <translation>What to export</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="167" />
      <source>&amp;Format:</source>
      <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="169" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="174" />
      <source>Absender:</source>
      <translation>Sender:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="181" />
      <source>&amp;Vorlage:</source>
      <translation>Te&amp;mplate:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="183" />
      <source>Word-Vorlage</source>
      <translation>Word template</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="189" />
      <source>&amp;Zieldatei:</source>
      <translation>Target &amp;file:</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="191" />
      <source>Zieldatei</source>
      <translation>Target file</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="196" />
      <source>Date&amp;i öffnen</source>
      <translation>Open f&amp;ile</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="197" />
      <source>&amp;Ordner öffnen</source>
      <translation>Open fo&amp;lder</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="198" />
      <source>&amp;Exportieren</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="199" />
      <source>Schließen</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="262" />
      <source>Eine Beschlussvorlage gibt es als Word- oder PDF-Datei; als HTML-Seite nur das Strategiedokument.</source>
      <translation>A council submission is exported as Word or PDF; only the strategy document is available as an HTML page.</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="281" />
      <source>Word-Vorlage wählen</source>
      <translation>Choose Word template</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="281" />
      <source>Word-Vorlagen (*.docx *.dotx)</source>
      <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="310" />
      <source>Datei ersetzen?</source>
      <translation>Replace file?</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="407" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="126" />
      <source>Beschlussvorlage exportieren</source>
      <translation>Export council submission</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="126" />
      <source>Exportieren als Word, PDF oder HTML</source>
      <translation>Export as Word, PDF or HTML</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="251" />
      <source>(keine Angaben)</source>
      <translation>(nothing entered)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="291" />
      <source>Word-Dokument speichern</source>
      <translation>Save Word document</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="291" />
      <source>Word-Dokument (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="321" />
      <source>Bitte eine Zieldatei angeben.</source>
      <translation>Please give a target file.</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="374" />
      <source>Word-Dokument wird geschrieben …</source>
      <translation>Writing the Word document …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="311" />
      <source>„{name}“ gibt es in „{folder}“ schon. Ersetzen?</source>
      <translation>“{name}” already exists in “{folder}”. Replace it?</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="391" />
      <source>Gespeichert: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="392" />
      <source>Hinweis: {note}</source>
      <translation>Note: {note}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="405" />
      <source>Export fehlgeschlagen: {message}</source>
      <translation>Export failed: {message}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="133" />
      <source>Beschlussvorlage {number}</source>
      <translation>Council submission {number}</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="289" />
      <source>PDF-Datei speichern</source>
      <translation>Save PDF file</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="289" />
      <source>PDF-Datei (*.pdf)</source>
      <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="290" />
      <source>HTML-Seite speichern</source>
      <translation>Save HTML page</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="290" />
      <source>HTML-Seite (*.html *.htm)</source>
      <translation>HTML page (*.html *.htm)</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="372" />
      <source>PDF-Datei wird mit LibreOffice geschrieben …</source>
      <translation>LibreOffice is writing the PDF file …</translation>
    </message>
    <message>
      <location filename="../../editor/views/export_dialogs.py" line="373" />
      <source>HTML-Seite wird geschrieben …</source>
      <translation>Writing the HTML page …</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="148" />
      <source>z. B. 17.03.2025, 03.2025 oder 2025</source>
      <translation>e.g. 17.03.2025, 03.2025 or 2025</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="150" />
      <source>Datum wie 17.03.2025, 03.2025 oder 2025; Alt+Pfeil runter öffnet einen Kalender</source>
      <translation>Date such as 17.03.2025, 03.2025 or 2025; Alt+Down opens a calendar</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="154" />
      <source>Kalender</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="156" />
      <source>Kalender öffnen (Alt+Pfeil runter)</source>
      <translation>Open calendar (Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="190" />
      <source>Kalender: Tag wählen</source>
      <translation>Calendar: choose a day</translation>
    </message>
    <message>
      <location filename="../../editor/views/fields.py" line="191" />
      <source>Pfeiltasten wählen den Tag, Bild auf/ab den Monat; Enter übernimmt</source>
      <translation>Arrow keys choose the day, Page Up/Down the month; Enter takes it</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="135" />
      <source>Sicherung wiederherstellen</source>
      <translation>Restore backup</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="203" />
      <source>Strategie-Dateien (*.strategie);;Alle Dateien (*)</source>
      <translation>Strategy files (*.strategie);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="91" />
      <source>Neue Strategie-Datei</source>
      <translation>New strategy file</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="103" />
      <source>Strategie-Datei öffnen</source>
      <translation>Open strategy file</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="113" />
      <source>Kopie speichern unter</source>
      <translation>Save a copy as</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="143" />
      <source>Welche Sicherung soll die Datei ersetzen? Der jetzige Stand wird vorher selbst gesichert.</source>
      <translation>Which backup should replace the file? The current state is backed up first.</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="172" />
      <source> (schreibgeschützt)</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="85" />
      <source>Hinweis</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="118" />
      <source>Kopie speichern</source>
      <translation>Save copy</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="118" />
      <source>Die Kopie kann nicht die geöffnete Datei selbst sein.</source>
      <translation>The copy cannot be the open file itself.</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="137" />
      <source>Für diese Datei gibt es noch keine Sicherung.</source>
      <translation>There is no backup of this file yet.</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="69" />
      <source>Datei wird gerade bearbeitet</source>
      <translation>File is being edited</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="80" />
      <source>Datei kann nicht geöffnet werden</source>
      <translation>Cannot open file</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="97" />
      <source>Datei kann nicht angelegt werden</source>
      <translation>Cannot create file</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="126" />
      <source>Kopie gespeichert: {path}</source>
      <translation>Copy saved: {path}</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="70" />
      <source>Schreibgeschützt öffnen?</source>
      <translation>Open it read-only?</translation>
    </message>
    <message>
      <location filename="../../editor/views/file_controller.py" line="160" />
      <source>Sicherung wiederhergestellt; der vorherige Stand liegt in {path}</source>
      <translation>Backup restored; the previous state is kept in {path}</translation>
    </message>
    <message>
      <location filename="../../editor/views/form_host.py" line="133" />
      <source>Formular</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../editor/views/form_host.py" line="134" />
      <source>Keine Datei geöffnet. Öffnen Sie eine Datei über das Menü Datei.</source>
      <translation>No file open. Open a file from the File menu.</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="285" />
      <source>Konzept</source>
      <translation>Concept</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="286" />
      <source>Strategie</source>
      <translation>Strategy</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="287" />
      <source>Masterplan</source>
      <translation>Master plan</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="288" />
      <source>Rahmenplan</source>
      <translation>Framework plan</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="289" />
      <source>Gutachten</source>
      <translation>Expert report</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="290" />
      <source>Gesamtstadt</source>
      <translation>Whole city</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="291" />
      <source>Stadtbezirk</source>
      <translation>City district</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="292" />
      <source>Quartier</source>
      <translation>Neighbourhood</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="293" />
      <source>Teilraum</source>
      <translation>Sub-area</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="294" />
      <source>Vorlage</source>
      <translation>Submission</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="295" />
      <source>Antrag</source>
      <translation>Motion</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="296" />
      <source>Anfrage</source>
      <translation>Inquiry</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/base.py" line="297" />
      <source>Mitteilung</source>
      <translation>Notice</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="69" />
      <source>z. B. 2023</source>
      <translation>e.g. 2023</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="70" />
      <source>Entwurf</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="70" />
      <source>in Abstimmung</source>
      <translation>In review</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="70" />
      <source>beschlossen</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="71" />
      <source>veröffentlicht</source>
      <translation>Published</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="80" />
      <source>durch Semikolon getrennt, z. B. Kultur; Schule &amp; Ausbildung</source>
      <translation>separated by semicolons, e.g. Culture; Schools &amp; Training</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="83" />
      <source>Was der Import nicht zuordnen konnte. Wird nie veröffentlicht; „Prüfen“ nennt jeden Absatz, bis er gelöscht ist.</source>
      <translation>What the import could not place. Never published; “Check” lists every paragraph until it is deleted.</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="138" />
      <source>Leitziel-Bezüge</source>
      <translation>Guiding goal references</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="146" />
      <source>&amp;Leitziel-Bezüge:</source>
      <translation>&amp;Guiding goal references:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="242" />
      <source>Synergien</source>
      <translation>Synergies</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="249" />
      <source>&amp;Synergien:</source>
      <translation>&amp;Synergies:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="273" />
      <source>Links &amp; Downloads</source>
      <translation>Links &amp; downloads</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="277" />
      <source>&amp;Links:</source>
      <translation>&amp;Links:</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="128" />
      <source>(keiner)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="239" />
      <source>(kein Dokument)</source>
      <translation>(no document)</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="111" />
      <source>Stammdaten: {title}</source>
      <translation>Master data: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="140" />
      <source>Themenfeld / Leitziel</source>
      <translation>Thematic field / guiding goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="155" />
      <source>Themenfelder &amp; Leitziele: {title}</source>
      <translation>Thematic fields &amp; guiding goals: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="228" />
      <source>Abschnitt: {title}</source>
      <translation>Section: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="257" />
      <source>Synergien: {title}</source>
      <translation>Synergies: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="285" />
      <source>Links &amp; Downloads: {title}</source>
      <translation>Links &amp; downloads: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="310" />
      <source>{count} Einträge auf oberster Ebene. Mit Einfg fügen Sie einen Eintrag hinzu, mit F2 benennen Sie ihn um, mit Strg+Pfeiltasten verschieben Sie ihn.</source>
      <translation>{count} entries at the top level. Insert adds an entry, F2 renames it, Ctrl+arrow keys move it.</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="317" />
      <source>Abschnitt &amp;hinzufügen</source>
      <translation>&amp;Add section</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="318" />
      <source>Ziel &amp;hinzufügen</source>
      <translation>&amp;Add goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/forms.py" line="319" />
      <source>Beschluss &amp;hinzufügen</source>
      <translation>&amp;Add resolution</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="46" />
      <source>offen</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="46" />
      <source>in Umsetzung</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="46" />
      <source>umgesetzt</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="47" />
      <source>zurückgestellt</source>
      <translation>Postponed</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="134" />
      <source>z. B. B/17/3503-01</source>
      <translation>e.g. B/17/3503-01</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="164" />
      <source>Vorberatung</source>
      <translation>Preliminary discussion</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="165" />
      <source>Entscheidung</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="166" />
      <source>Kenntnisnahme</source>
      <translation>For information</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="115" />
      <source>Handlungsziel</source>
      <translation>Action goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="115" />
      <source>Maßnahme</source>
      <translation>Measure</translation>
    </message>
    <message>
      <location filename="../../editor/views/forms/goals_papers.py" line="237" />
      <source>Beschluss: {title}</source>
      <translation>Resolution: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="102" />
      <source>Wiki-Text importieren</source>
      <translation>Import wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="104" />
      <source>Fügen Sie den Wiki-Text einer Seite ein oder laden Sie eine Datei. Daraus entsteht ein neues Dokument.</source>
      <translation>Paste the wiki text of a page or load a file. A new document is made from it.</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="108" />
      <source>Wiki-Text</source>
      <translation>Wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="113" />
      <source>Titel der Wiki-Seite, z. B. Smart City Strategie</source>
      <translation>Title of the wiki page, e.g. Smart City Strategie</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="114" />
      <source>Seitentitel</source>
      <translation>Page title</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="117" />
      <source>Bericht des Imports</source>
      <translation>Import report</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="121" />
      <source>Fortschritt des Imports</source>
      <translation>Import progress</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="123" />
      <source>Aus der &amp;Zwischenablage</source>
      <translation>From the &amp;clipboard</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="124" />
      <source>Aus &amp;Datei …</source>
      <translation>From &amp;file …</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="126" />
      <source>&amp;Importieren</source>
      <translation>&amp;Import</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="127" />
      <source>&amp;Abbrechen</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="128" />
      <source>Import abbrechen</source>
      <translation>Cancel the import</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="132" />
      <source>&amp;Wiki-Text:</source>
      <translation>&amp;Wiki text:</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="134" />
      <source>&amp;Bericht:</source>
      <translation>&amp;Report:</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="143" />
      <source>&amp;Seitentitel:</source>
      <translation>&amp;Page title:</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="162" />
      <source>Wiki-Text öffnen</source>
      <translation>Open wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="162" />
      <source>Wiki-Text (*.wiki *.txt);;Alle Dateien (*)</source>
      <translation>Wiki text (*.wiki *.txt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="195" />
      <source>Der Wiki-Text wird gelesen …</source>
      <translation>Reading the wiki text …</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="232" />
      <source>Alles übernommen; nichts blieb unverstanden.</source>
      <translation>Everything was taken over; nothing was left unclear.</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="251" />
      <source>Import abgebrochen; es wurde nichts angelegt.</source>
      <translation>Import cancelled; nothing was created.</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="184" />
      <source>Kein Text zum Importieren.</source>
      <translation>No text to import.</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="204" />
      <source>Der Import wird abgebrochen …</source>
      <translation>Cancelling the import …</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="237" />
      <source>Neues Dokument „{title}“ angelegt.</source>
      <translation>New document “{title}” created.</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="245" />
      <source>Import fehlgeschlagen: {error}</source>
      <translation>Import failed: {error}</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="172" />
      <source>Die Datei kann nicht gelesen werden: {error}</source>
      <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
      <location filename="../../editor/views/import_dialog.py" line="239" />
      <source>{count} Hinweise im Bericht.</source>
      <translation>{count} notes in the report.</translation>
    </message>
    <message>
      <location filename="../../editor/views/list_table.py" line="230" />
      <source>Hinzufügen</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../editor/views/list_table.py" line="231" />
      <source>Entfernen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../editor/views/list_table.py" line="232" />
      <source>Nach oben</source>
      <translation>Up</translation>
    </message>
    <message>
      <location filename="../../editor/views/list_table.py" line="233" />
      <source>Nach unten</source>
      <translation>Down</translation>
    </message>
    <message>
      <location filename="../../editor/views/list_table.py" line="235" />
      <source>{name}: Eintrag hinzufügen</source>
      <translation>{name}: add entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/list_table.py" line="236" />
      <source>{name}: Eintrag entfernen</source>
      <translation>{name}: remove entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/list_table.py" line="237" />
      <source>{name}: Eintrag nach oben</source>
      <translation>{name}: move entry up</translation>
    </message>
    <message>
      <location filename="../../editor/views/list_table.py" line="238" />
      <source>{name}: Eintrag nach unten</source>
      <translation>{name}: move entry down</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="202" />
      <source>Verlauf</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="203" />
      <source>Verlauf der Änderungen</source>
      <translation>History of changes</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="204" />
      <source>&lt;Datei geöffnet&gt;</source>
      <translation>&lt;file opened&gt;</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="207" />
      <source>Diese Datei ist schreibgeschützt geöffnet. Änderungen sind nicht möglich.</source>
      <translation>This file is open read-only. Changes are not possible.</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="208" />
      <source>Hinweis: schreibgeschützt</source>
      <translation>Note: read-only</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="271" />
      <source>Schreibgeschützt geöffnet: {name}</source>
      <translation>Opened read-only: {name}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="271" />
      <source>Geöffnet: {name}</source>
      <translation>Opened: {name}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="357" />
      <source>Nicht möglich</source>
      <translation>Not possible</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="383" />
      <source>Rückgängig gemacht: {what}</source>
      <translation>Undone: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="383" />
      <source>Wiederholt: {what}</source>
      <translation>Redone: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="356" />
      <source>Nicht möglich: {message}</source>
      <translation>Not possible: {message}</translation>
    </message>
    <message>
      <location filename="../../editor/views/main_window.py" line="415" />
      <source>Prüfen: {count} Befunde</source>
      <translation>Check: {count} findings</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_access.py" line="102" />
      <source>Titel des Eintrags</source>
      <translation>Title of the entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_access.py" line="104" />
      <source>Enter übernimmt, Esc bricht ab; Tab und Umschalt+Tab rücken den Eintrag ein und aus</source>
      <translation>Enter takes it, Esc cancels; Tab and Shift+Tab indent and outdent the entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="295" />
      <source>(ohne Titel)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="332" />
      <source>Gliederung</source>
      <translation>Outline</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="334" />
      <source>Strg+Pfeil hoch/runter verschiebt den Eintrag, Strg+Pfeil rechts/links rückt ihn ein oder aus. F2 benennt um; beim Umbenennen rücken Tab und Umschalt+Tab ein und aus. Tab wechselt zum Formular, F6 zurück.</source>
      <translation>Ctrl+Up/Down moves the entry, Ctrl+Right/Left indents or outdents it. F2 renames; while renaming, Tab and Shift+Tab indent and outdent. Tab moves to the form, F6 back.</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="255" />
      <source>Neuer Abschnitt</source>
      <translation>New section</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="255" />
      <source>Neues Ziel</source>
      <translation>New goal</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="255" />
      <source>Neuer Beschluss</source>
      <translation>New resolution</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="301" />
      <source>Dokument löschen</source>
      <translation>Delete document</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="276" />
      <source>Neues Konzept</source>
      <translation>New concept</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="297" />
      <source>Das Dokument „{name}“ mit allen Abschnitten, Zielen und Beschlüssen löschen?
Sie können das mit Rückgängig (Strg+Z) zurücknehmen.</source>
      <translation>Delete the document “{name}” with all its sections, goals and resolutions?
You can take this back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="308" />
      <source>„{name}“ mit {count} Unterpunkten löschen?
Sie können das mit Rückgängig (Strg+Z) zurücknehmen.</source>
      <translation>Delete “{name}” with {count} sub-entries?
You can take this back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../editor/views/outline_pane.py" line="311" />
      <source>Löschen</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="61" />
      <source>Zusammenfassung der Änderung</source>
      <translation>Summary of the change</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="63" />
      <source>&amp;Zusammenfassung:</source>
      <translation>S&amp;ummary:</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="66" />
      <source>Fehlende Themenfeld-S&amp;ymbole hochladen</source>
      <translation>Upload missing thematic field &amp;icons</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="72" />
      <source>Änderungen im Wiki &amp;überschreiben (nur nach Prüfung der Texte)</source>
      <translation>&amp;Overwrite the changes in the wiki (only after checking the texts)</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="75" />
      <source>Texte</source>
      <translation>Texts</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="76" />
      <source>Unterschiede zwischen Wiki und Dokument</source>
      <translation>Differences between wiki and document</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="77" />
      <source>Im Wiki geändert seit dem letzten Abgleich</source>
      <translation>Changed in the wiki since the last sync</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="78" />
      <source>Zuletzt veröffentlicht oder geholt</source>
      <translation>Last published or pulled</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="79" />
      <source>Jetzt im Wiki</source>
      <translation>Now in the wiki</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="80" />
      <source>Aus dem Dokument</source>
      <translation>From the document</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="81" />
      <source>&amp;Unterschiede</source>
      <translation>&amp;Differences</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="82" />
      <source>&amp;Prüfen</source>
      <translation>&amp;Check</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="83" />
      <source>&amp;Veröffentlichen</source>
      <translation>&amp;Publish</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="143" />
      <source>Verbindung zum Wiki wird aufgebaut …</source>
      <translation>Connecting to the wiki …</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="209" />
      <source>Wird veröffentlicht …</source>
      <translation>Publishing …</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="160" />
      <source>Keine Unterschiede: Die Seite im Wiki entspricht dem Dokument.</source>
      <translation>No differences: the page in the wiki matches the document.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="171" />
      <source>Im Wiki &amp;geändert</source>
      <translation>Changed in the wi&amp;ki</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="172" />
      <source>Zul&amp;etzt abgeglichen</source>
      <translation>Last s&amp;ynced</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="173" />
      <source>&amp;Jetzt im Wiki</source>
      <translation>&amp;Now in the wiki</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="174" />
      <source>Aus dem &amp;Dokument</source>
      <translation>From the docu&amp;ment</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="186" />
      <source>Geprüft: Die Seite im Wiki entspricht schon dem Dokument.</source>
      <translation>Checked: the page in the wiki already matches the document.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="58" />
      <source>Im Wiki veröffentlichen: {title}</source>
      <translation>Publish to the wiki: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="87" />
      <source>Prüfen meldet sich im Wiki an und zeigt, was sich an der Seite „{title}“ ändern würde. Veröffentlicht wird erst danach; wurde die Seite im Wiki inzwischen geändert, wird nichts überschrieben.</source>
      <translation>Check logs in to the wiki and shows what would change on the page “{title}”. Publishing comes only after that; if the page was changed in the wiki meanwhile, nothing is overwritten.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="181" />
      <source>Ihr Bot-Passwort erlaubt kein Hochladen; veröffentlichen Sie ohne die Symbole.</source>
      <translation>Your bot password does not allow uploads; publish without the icons.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="188" />
      <source>Geprüft. Bitte die Unterschiede ansehen und dann veröffentlichen.</source>
      <translation>Checked. Please look at the differences, then publish.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="190" />
      <source>Veröffentlichen ist angehalten: Die Seite wurde im Wiki geändert.</source>
      <translation>Publishing is on hold: the page was changed in the wiki.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="179" />
      <source>Im Wiki fehlen Symbole: {names}.</source>
      <translation>Icons missing in the wiki: {names}.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="221" />
      <source>Veröffentlicht: „{title}“, Version {revision}.</source>
      <translation>Published: “{title}”, revision {revision}.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="225" />
      <source>Keine neue Version: „{title}“ war schon auf diesem Stand.</source>
      <translation>No new revision: “{title}” was already up to date.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="228" />
      <source>Hochgeladen: {names}</source>
      <translation>Uploaded: {names}</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="230" />
      <source>Nicht hochgeladen: {names}</source>
      <translation>Not uploaded: {names}</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="233" />
      <source>Version {revision} kam kurz vor dem Speichern hinzu und wurde ersetzt; sie steht in der Versionsgeschichte der Seite.</source>
      <translation>Revision {revision} was added just before saving and was replaced; it is in the page history.</translation>
    </message>
    <message>
      <location filename="../../editor/views/publish_dialog.py" line="216" />
      <source>Die Seite ist im Wiki gespeichert, aber der Stand konnte nicht in der Datei vermerkt werden: {error}</source>
      <translation>The page is saved in the wiki, but the file could not record it: {error}</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="43" />
      <source>Aus dem Wiki holen</source>
      <translation>Pull from the wiki</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="46" />
      <source>Als &amp;neues Dokument, Seite:</source>
      <translation>As a &amp;new document, page:</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="48" />
      <source>Titel der Wiki-Seite für ein neues Dokument</source>
      <translation>Title of the wiki page for a new document</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="62" />
      <source>Vergleich mit dem Stand vor dem Holen</source>
      <translation>Comparison with the state before the pull</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="63" />
      <source>&amp;Holen</source>
      <translation>&amp;Pull</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="65" />
      <source>Holen liest die Seite aus dem Wiki und übernimmt sie in das Dokument. Der Stand davor wird als Fassung gespeichert; Rückgängig (Strg+Z) nimmt das Holen zurück. Was die Seite nicht zeigt (Verantwortliche, Fristen, Indikatoren, Beschlussvorschläge), bleibt erhalten.</source>
      <translation>Pull reads the page from the wiki and takes it into the document. The state before is saved as a version; Undo (Ctrl+Z) takes the pull back. What the page does not show (owners, deadlines, indicators, proposed resolutions) is kept.</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="73" />
      <source>&amp;Vergleich:</source>
      <translation>C&amp;omparison:</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="87" />
      <source>Die Datei ist schreibgeschützt geöffnet; es kann nichts geholt werden.</source>
      <translation>The file is open read-only; nothing can be pulled.</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="104" />
      <source>Bitte den Titel der Wiki-Seite angeben.</source>
      <translation>Please enter the title of the wiki page.</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="130" />
      <source>Keine Unterschiede: Das Dokument entsprach schon der Seite.</source>
      <translation>No differences: the document already matched the page.</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="52" />
      <source>In dieses &amp;Dokument (Seite „{title}“)</source>
      <translation>Into this &amp;document (page “{title}”)</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="122" />
      <source>In der Datei wurde nichts geändert.</source>
      <translation>Nothing in the file was changed.</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="132" />
      <source>„{title}“ (Version {revision}): Das Dokument entsprach schon der Seite; nichts geändert.</source>
      <translation>“{title}” (revision {revision}): the document already matched the page; nothing changed.</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="151" />
      <source>„{title}“ (Version {revision}) geholt. Der Stand davor ist als Fassung „{name}“ gespeichert.</source>
      <translation>Pulled “{title}” (revision {revision}). The state before is saved as version “{name}”.</translation>
    </message>
    <message>
      <location filename="../../editor/views/pull_dialog.py" line="156" />
      <source>Neues Dokument aus „{title}“ angelegt.</source>
      <translation>New document created from “{title}”.</translation>
    </message>
    <message>
      <location filename="../../editor/views/reading_view.py" line="104" />
      <source>Leseansicht</source>
      <translation>Reading view</translation>
    </message>
    <message>
      <location filename="../../editor/views/reading_view.py" line="106" />
      <source>Das ganze Dokument als eine Seite. Ein Eintrag im Inhaltsverzeichnis springt zu ihm im Editor.</source>
      <translation>The whole document as one page. An entry of the table of contents jumps to it in the editor.</translation>
    </message>
    <message>
      <location filename="../../editor/views/reading_view.py" line="108" />
      <source>Ein Klick auf einen Eintrag im Inhaltsverzeichnis zeigt ihn im Editor.</source>
      <translation>Click an entry of the table of contents to show it in the editor.</translation>
    </message>
    <message>
      <location filename="../../editor/views/reading_view.py" line="109" />
      <source>&amp;Aktualisieren</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../../editor/views/reading_view.py" line="132" />
      <source>Ohne Titel</source>
      <translation>Untitled</translation>
    </message>
    <message>
      <location filename="../../editor/views/reading_view.py" line="133" />
      <source>Leseansicht – {title}</source>
      <translation>Reading view – {title}</translation>
    </message>
    <message>
      <location filename="../../editor/views/search_dock.py" line="104" />
      <source>Stammdaten</source>
      <translation>Master data</translation>
    </message>
    <message>
      <location filename="../../editor/views/search_dock.py" line="115" />
      <source>Suche</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../editor/views/search_dock.py" line="116" />
      <source>Suchbegriff eingeben …</source>
      <translation>Enter search term …</translation>
    </message>
    <message>
      <location filename="../../editor/views/search_dock.py" line="117" />
      <source>Suchbegriff</source>
      <translation>Search term</translation>
    </message>
    <message>
      <location filename="../../editor/views/search_dock.py" line="119" />
      <source>Suchergebnisse</source>
      <translation>Search results</translation>
    </message>
    <message>
      <location filename="../../editor/views/search_dock.py" line="118" />
      <source>Fundstelle</source>
      <translation>Match</translation>
    </message>
    <message>
      <location filename="../../editor/views/search_dock.py" line="111" />
      <source>Keine Treffer für „{text}“.</source>
      <translation>No matches for “{text}”.</translation>
    </message>
    <message>
      <location filename="../../editor/views/session.py" line="110" />
      <source>Nicht gespeichert: {reason}</source>
      <translation>Not saved: {reason}</translation>
    </message>
    <message>
      <location filename="../../editor/views/session.py" line="119" />
      <source>Gespeichert: {label}, {time}</source>
      <translation>Saved: {label}, {time}</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="29" />
      <source>Absender der Beschlussvorlagen</source>
      <translation>Sender of council submissions</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="32" />
      <source>Diese Angaben stehen im Kopf jeder Beschlussvorlage, die aus dieser Datei exportiert wird. Sie gelten für alle Dokumente der Datei; leere Zeilen entfallen.</source>
      <translation>These lines head every council submission exported from this file. They apply to all documents of the file; empty lines are left out.</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="41" />
      <source>z. B. Stadt Oberhausen</source>
      <translation>e.g. Stadt Oberhausen</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="42" />
      <source>z. B. Der Oberbürgermeister</source>
      <translation>e.g. Der Oberbürgermeister</translation>
    </message>
    <message>
      <location filename="../../editor/views/settings_dialog.py" line="43" />
      <source>z. B. Dezernat 5 – Bereich 5-1 Stadtplanung</source>
      <translation>e.g. Dezernat 5 – Bereich 5-1 Stadtplanung</translation>
    </message>
    <message>
      <location filename="../../editor/views/spelling.py" line="350" />
      <source>&amp;Rechtschreibung</source>
      <translation>&amp;Spelling</translation>
    </message>
    <message>
      <location filename="../../editor/views/spelling.py" line="352" />
      <source>Rechtschreibung &amp;prüfen</source>
      <translation>&amp;Check spelling</translation>
    </message>
    <message>
      <location filename="../../editor/views/spelling.py" line="177" />
      <source>Rechtschreibprüfung nicht verfügbar: Kein Wörterbuch für {language} installiert (unter Debian/Ubuntu: sudo apt install {package}).</source>
      <translation>Spell checking unavailable: no dictionary for {language} is installed (on Debian/Ubuntu: sudo apt install {package}).</translation>
    </message>
    <message>
      <location filename="../../editor/views/spelling.py" line="173" />
      <source>Rechtschreibprüfung nicht verfügbar: Die Bibliothek Enchant fehlt (unter Debian/Ubuntu: sudo apt install libenchant-2-2 {package}).</source>
      <translation>Spell checking unavailable: the Enchant library is missing (on Debian/Ubuntu: sudo apt install libenchant-2-2 {package}).</translation>
    </message>
    <message>
      <location filename="../../editor/views/spelling.py" line="325" />
      <source>(keine Vorschläge)</source>
      <translation>(no suggestions)</translation>
    </message>
    <message>
      <location filename="../../editor/views/spelling.py" line="329" />
      <source>„{word}“ zum Wörterbuch hinzufügen</source>
      <translation>Add “{word}” to the dictionary</translation>
    </message>
    <message>
      <location filename="../../editor/views/spelling.py" line="333" />
      <source>„{word}“ ignorieren</source>
      <translation>Ignore “{word}”</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="59" />
      <source>Wiki-Text dieses Abschnitts</source>
      <translation>Wiki text of this section</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="66" />
      <source>Formatierung</source>
      <translation>Formatting</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="68" />
      <source>Fett</source>
      <translation>Bold</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="69" />
      <source>Kursiv</source>
      <translation>Italic</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="71" />
      <source>• Liste</source>
      <translation>• List</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="74" />
      <source>1. Liste</source>
      <translation>1. List</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="77" />
      <source>Einrücken</source>
      <translation>Indent</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="80" />
      <source>Ausrücken</source>
      <translation>Outdent</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="82" />
      <source>Link …</source>
      <translation>Link …</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="86" />
      <source>Daneben zeigen, wie der Abschnitt als Wiki-Text aussieht</source>
      <translation>Show beside it how the section looks as wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="228" />
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../editor/views/widgets.py" line="229" />
      <source>Adresse (https://… oder dokument:Nummer), leer entfernt den Link:</source>
      <translation>Address (https://… or dokument:number); empty removes the link:</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="111" />
      <source>Adresse des Wikis</source>
      <translation>Address of the wiki</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="114" />
      <source>Anmeldename des Bot-Passworts</source>
      <translation>Login name of the bot password</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="115" />
      <source>Name@Anwendung, wie unter Spezial:BotPasswörter angelegt</source>
      <translation>Name@application, as created at Special:BotPasswords</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="118" />
      <source>Bot-Passwort</source>
      <translation>Bot password</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="119" />
      <source>Passwort im &amp;Schlüsselbund des Systems speichern</source>
      <translation>&amp;Save the password in the system keyring</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="120" />
      <source>Gespeichertes Passwort &amp;löschen</source>
      <translation>&amp;Forget the saved password</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="152" />
      <source>Stand</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="154" />
      <source>Abbre&amp;chen</source>
      <translation>Canc&amp;el</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="128" />
      <source>Kein Schlüsselbund verfügbar: Das Passwort gilt nur, solange dieser Dialog offen ist.</source>
      <translation>No keyring available: the password is kept only while this dialog is open.</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="132" />
      <source>&amp;Wiki:</source>
      <translation>&amp;Wiki:</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="133" />
      <source>&amp;Anmeldename:</source>
      <translation>&amp;Login name:</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="134" />
      <source>&amp;Bot-Passwort:</source>
      <translation>&amp;Bot password:</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="170" />
      <source>im Schlüsselbund gespeichert</source>
      <translation>saved in the keyring</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="170" />
      <source>das Passwort, das das Wiki erzeugt hat</source>
      <translation>the password the wiki generated</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="195" />
      <source>Bitte den Anmeldenamen des Bot-Passworts angeben (Name@Anwendung).</source>
      <translation>Please enter the login name of the bot password (Name@application).</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="199" />
      <source>Bitte das Bot-Passwort angeben.</source>
      <translation>Please enter the bot password.</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="203" />
      <source>Achtung: Die Verbindung ist nicht verschlüsselt (http://); das Passwort geht im Klartext über das Netz.</source>
      <translation>Warning: the connection is not encrypted (http://); the password travels over the network in plain text.</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_dialog.py" line="272" />
      <source>Wird abgebrochen …</source>
      <translation>Cancelling …</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="40" />
      <source>MediawikiOB (Stadtwiki Oberhausen)</source>
      <translation>MediawikiOB (Oberhausen city wiki)</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="41" />
      <source>Standard-MediaWiki (ohne Vorlage)</source>
      <translation>Standard MediaWiki (no template)</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="63" />
      <source>Wiki-Profil</source>
      <translation>Wiki profile</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="67" />
      <source>&amp;Profil:</source>
      <translation>&amp;Profile:</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="73" />
      <source>In die Zwischenablage &amp;kopieren</source>
      <translation>&amp;Copy to clipboard</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="74" />
      <source>Als .wiki-Datei &amp;speichern …</source>
      <translation>&amp;Save as .wiki file …</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="113" />
      <source>Kopiert ✓</source>
      <translation>Copied ✓</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="114" />
      <source>Wiki-Text in die Zwischenablage kopiert</source>
      <translation>Wiki text copied to the clipboard</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="119" />
      <source>Wiki-Text speichern</source>
      <translation>Save wiki text</translation>
    </message>
    <message>
      <location filename="../../editor/views/wiki_preview.py" line="119" />
      <source>Wiki-Text (*.wiki *.txt)</source>
      <translation>Wiki text (*.wiki *.txt)</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="64" />
      <source>&amp;Neu …</source>
      <translation>&amp;New …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="65" />
      <source>Ö&amp;ffnen …</source>
      <translation>&amp;Open …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="66" />
      <source>&amp;Kopie speichern unter …</source>
      <translation>Save a &amp;copy as …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="67" />
      <source>Sicherung &amp;wiederherstellen …</source>
      <translation>Restore from &amp;backup …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="68" />
      <source>&amp;Schließen</source>
      <translation>C&amp;lose</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="69" />
      <source>&amp;Beenden</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="70" />
      <source>&amp;Rückgängig</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="71" />
      <source>&amp;Wiederholen</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="72" />
      <source>&amp;Eintrag hinzufügen</source>
      <translation>Add &amp;entry</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="73" />
      <source>&amp;Unterpunkt hinzufügen</source>
      <translation>Add &amp;child</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="74" />
      <source>Neues &amp;Dokument</source>
      <translation>&amp;New document</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="75" />
      <source>U&amp;mbenennen</source>
      <translation>Rena&amp;me</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="76" />
      <source>&amp;Löschen …</source>
      <translation>&amp;Delete …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="77" />
      <source>Nach &amp;oben</source>
      <translation>Move u&amp;p</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="78" />
      <source>Nach u&amp;nten</source>
      <translation>Move do&amp;wn</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="79" />
      <source>E&amp;inrücken</source>
      <translation>&amp;Indent</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="80" />
      <source>&amp;Ausrücken</source>
      <translation>Ou&amp;tdent</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="81" />
      <source>&amp;Suchen …</source>
      <translation>&amp;Find …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="82" />
      <source>&amp;Themenfeld-Katalog …</source>
      <translation>Thematic field catal&amp;ogue …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="83" />
      <source>A&amp;bsender der Beschlussvorlagen …</source>
      <translation>&amp;Sender of council submissions …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="84" />
      <source>&amp;Fassungen …</source>
      <translation>&amp;Versions …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="86" />
      <source>&amp;Wiki-Text …</source>
      <translation>&amp;Wiki text …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="87" />
      <source>Als Word-, PDF- oder HTML-Datei e&amp;xportieren …</source>
      <translation>E&amp;xport as Word, PDF or HTML …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="88" />
      <source>&amp;Beschlussvorlage exportieren …</source>
      <translation>Export council &amp;submission …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="89" />
      <source>Wiki-Text &amp;importieren …</source>
      <translation>&amp;Import wiki text …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="90" />
      <source>Im Wiki &amp;veröffentlichen …</source>
      <translation>Pu&amp;blish to the wiki …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="91" />
      <source>Aus dem Wiki &amp;holen …</source>
      <translation>Pull from the wi&amp;ki …</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="92" />
      <source>Ü&amp;ber Strategie-Editor</source>
      <translation>&amp;About Strategie-Editor</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="93" />
      <source>Zwischen Gliederung und Formular wechseln</source>
      <translation>Switch between outline and form</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="94" />
      <source>&amp;Leseansicht</source>
      <translation>&amp;Reading view</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="213" />
      <source>&amp;Zuletzt geöffnet</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="214" />
      <source>&amp;Datei</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="215" />
      <source>&amp;Bearbeiten</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="216" />
      <source>D&amp;okument</source>
      <translation>&amp;Document</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="217" />
      <source>&amp;Ansicht</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="218" />
      <source>&amp;Sprache</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="219" />
      <source>&amp;Hilfe</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="220" />
      <source>Werkzeugleiste</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="249" />
      <source>Rückgängig</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="254" />
      <source>Wiederholen</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="247" />
      <source>&amp;Rückgängig: {what}</source>
      <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="252" />
      <source>&amp;Wiederholen: {what}</source>
      <translation>&amp;Redo: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="249" />
      <source>Rückgängig: {what}</source>
      <translation>Undo: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/views/window_actions.py" line="254" />
      <source>Wiederholen: {what}</source>
      <translation>Redo: {what}</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="56" />
      <source>Themenfelder &amp; Leitziele</source>
      <translation>Thematic fields &amp; guiding goals</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="57" />
      <source>Abschnitte</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="58" />
      <source>Ziele</source>
      <translation>Goals</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="59" />
      <source>Beschlüsse</source>
      <translation>Resolutions</translation>
    </message>
    <message>
      <location filename="../../editor/qtmodels/tree_model.py" line="348" />
      <source>{kind}, Ebene {level}</source>
      <translation>{kind}, level {level}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="196" />
      <source>Dokument</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="197" />
      <source>Abschnitt</source>
      <translation>Section</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="198" />
      <source>Ziel</source>
      <translation>Goal</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="199" />
      <source>Beschluss</source>
      <translation>Resolution</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="200" />
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="201" />
      <source>Beratung</source>
      <translation>Consultation</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="202" />
      <source>Synergie</source>
      <translation>Synergy</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="203" />
      <source>Leitziel-Bezug</source>
      <translation>Guiding goal reference</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="205" />
      <source>Themenfeld</source>
      <translation>Thematic field</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="208" />
      <source>Fassung</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="109" />
      <source>&amp;Titel:</source>
      <translation>&amp;Title:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="110" />
      <source>Wiki-Seitentitel</source>
      <translation>Wiki page title</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="110" />
      <source>&amp;Wiki-Seitentitel:</source>
      <translation>&amp;Wiki page title:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="112" />
      <source>Art</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="112" />
      <source>A&amp;rt:</source>
      <translation>Ty&amp;pe:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="113" />
      <source>Räumlicher Geltungsbereich</source>
      <translation>Spatial scope</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="113" />
      <source>Räumlicher &amp;Geltungsbereich:</source>
      <translation>Spatial &amp;scope:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="115" />
      <source>Zuständigkeit</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="115" />
      <source>&amp;Zuständigkeit:</source>
      <translation>&amp;Responsible:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="117" />
      <source>Jahr der Veröffentlichung</source>
      <translation>Year of publication</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="117" />
      <source>&amp;Jahr der Veröffentlichung:</source>
      <translation>&amp;Year of publication:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="119" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="119" />
      <source>&amp;Status:</source>
      <translation>Stat&amp;us:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="121" />
      <source>Weitere Infobox-Angaben</source>
      <translation>Further infobox parameters</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="122" />
      <source>Weitere Kategorien</source>
      <translation>Further categories</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="122" />
      <source>Weitere &amp;Kategorien:</source>
      <translation>Further &amp;categories:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="123" />
      <source>Texte der Wiki-Seite</source>
      <translation>Texts of the wiki page</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="124" />
      <source>Hinweise für die Bearbeitung</source>
      <translation>Notes for editing</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="124" />
      <source>Hi&amp;nweise für die Bearbeitung:</source>
      <translation>&amp;Notes for editing:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="127" />
      <source>Überschrift</source>
      <translation>Heading</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="127" />
      <source>&amp;Überschrift:</source>
      <translation>Headin&amp;g:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="129" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="129" />
      <source>&amp;Text:</source>
      <translation>Te&amp;xt:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="132" />
      <source>Beschreibung</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="132" />
      <source>Beschreib&amp;ung:</source>
      <translation>Descri&amp;ption:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="134" />
      <source>Verantwortlich</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="134" />
      <source>&amp;Verantwortlich:</source>
      <translation>&amp;Owner:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="135" />
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="135" />
      <source>&amp;Frist:</source>
      <translation>Dead&amp;line:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="137" />
      <source>The&amp;menfeld:</source>
      <translation>Thematic f&amp;ield:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="138" />
      <source>&amp;Leitziel:</source>
      <translation>&amp;Guiding goal:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="139" />
      <source>Indikatoren</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="139" />
      <source>&amp;Indikatoren:</source>
      <translation>Indi&amp;cators:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="141" />
      <source>Einheit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="142" />
      <source>Ausgangswert</source>
      <translation>Baseline</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="143" />
      <source>Zielwert</source>
      <translation>Target value</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="144" />
      <source>Zieljahr</source>
      <translation>Target year</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="146" />
      <source>Nummer</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="146" />
      <source>&amp;Nummer:</source>
      <translation>&amp;Number:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="148" />
      <source>Betreff</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="148" />
      <source>B&amp;etreff:</source>
      <translation>Su&amp;bject:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="149" />
      <source>Ar&amp;t:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="150" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="150" />
      <source>Dat&amp;um:</source>
      <translation>D&amp;ate:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="151" />
      <source>System</source>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="151" />
      <source>&amp;System:</source>
      <translation>S&amp;ystem:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="152" />
      <source>Adresse (URL)</source>
      <translation>Address (URL)</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="152" />
      <source>Ad&amp;resse (URL):</source>
      <translation>Address (&amp;URL):</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="154" />
      <source>Federführung</source>
      <translation>Lead department</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="154" />
      <source>&amp;Federführung:</source>
      <translation>&amp;Lead department:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="155" />
      <source>Beteiligt</source>
      <translation>Involved</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="155" />
      <source>Beteil&amp;igt:</source>
      <translation>&amp;Involved:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="156" />
      <source>öffentlich/nichtöffentlich</source>
      <translation>public/non-public</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="156" />
      <source>&amp;öffentlich</source>
      <translation>&amp;Public</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="158" />
      <source>Beschlussvorschlag</source>
      <translation>Proposed resolution</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="158" />
      <source>Beschluss&amp;vorschlag:</source>
      <translation>Proposed &amp;resolution:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="160" />
      <source>Sachverhalt</source>
      <translation>Facts and reasons</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="160" />
      <source>Sa&amp;chverhalt:</source>
      <translation>Fa&amp;cts and reasons:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="161" />
      <source>Finanzielle Auswirkungen</source>
      <translation>Financial impact</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="162" />
      <source>Finanzielle Aus&amp;wirkungen:</source>
      <translation>Financial i&amp;mpact:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="163" />
      <source>Anlagen</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="163" />
      <source>An&amp;lagen (eine je Zeile):</source>
      <translation>Attachments (&amp;one per line):</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="164" />
      <source>Beratungsfolge</source>
      <translation>Order of consultation</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="164" />
      <source>Beratun&amp;gsfolge:</source>
      <translation>Order of con&amp;sultation:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="166" />
      <source>Gremium</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="167" />
      <source>Sitzung</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="168" />
      <source>Rolle</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="169" />
      <source>Ergebnis</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="175" />
      <source>Notiz</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="176" />
      <source>Leitziel (nicht im Katalog)</source>
      <translation>Guiding goal (not in the catalogue)</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="178" />
      <source>Anker des Leitziels</source>
      <translation>Anchor of the guiding goal</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="179" />
      <source>Bezeichnung</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="180" />
      <source>Adresse</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="189" />
      <source>Stadt</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="189" />
      <source>&amp;Stadt:</source>
      <translation>&amp;City:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="190" />
      <source>Verwaltungsspitze</source>
      <translation>Head of administration</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="190" />
      <source>&amp;Verwaltungsspitze:</source>
      <translation>&amp;Head of administration:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="191" />
      <source>Dezernat/Bereich</source>
      <translation>Department/division</translation>
    </message>
    <message>
      <location filename="../../editor/domain/fields.py" line="191" />
      <source>&amp;Dezernat/Bereich:</source>
      <translation>&amp;Department/division:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/messages.py" line="56" />
      <source>{line}</source>
      <translation>{line}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="28" />
      <source>Text vor dem ersten Abschnitt</source>
      <translation>Text before the first section</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="29" />
      <source>Text über den Themenfeld-Symbolen</source>
      <translation>Text above the thematic field icons</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="30" />
      <source>Text unter den Themenfeld-Symbolen</source>
      <translation>Text below the thematic field icons</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="31" />
      <source>Text über den Zielen</source>
      <translation>Text above the goals</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="32" />
      <source>Text unter den Zielen</source>
      <translation>Text below the goals</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="33" />
      <source>Text über den Synergien</source>
      <translation>Text above the synergies</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="34" />
      <source>Text unter den Synergien</source>
      <translation>Text below the synergies</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="35" />
      <source>Text über den Leitziel-Bezügen</source>
      <translation>Text above the guiding goal references</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="36" />
      <source>Text über den Beschlüssen</source>
      <translation>Text above the council papers</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="37" />
      <source>Text unter den Beschlüssen</source>
      <translation>Text below the council papers</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="38" />
      <source>Text über den Links</source>
      <translation>Text above the links</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="39" />
      <source>Text unter den Links</source>
      <translation>Text below the links</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="58" />
      <source>Dokument {id}: {title}</source>
      <translation>Document {id}: {title}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="108" />
      <source>Indikator: {name} [{unit}] Ausgangswert {baseline}, Ziel {target} ({year})</source>
      <translation>Indicator: {name} [{unit}] baseline {baseline}, target {target} ({year})</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="65" />
      <source>(Themenfeld {id})</source>
      <translation>(thematic field {id})</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="121" />
      <source>öffentlich</source>
      <translation>public</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="121" />
      <source>nichtöffentlich</source>
      <translation>non-public</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="122" />
      <source>ohne Datum</source>
      <translation>no date</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="63" />
      <source>Weiterer Infobox-Parameter {key}: {value}</source>
      <translation>Further infobox parameter {key}: {value}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="71" />
      <source>Symbol für {themenfeld}: {icon}</source>
      <translation>Icon for {themenfeld}: {icon}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="142" />
      <source>Dokument {id}</source>
      <translation>Document {id}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/outline.py" line="103" />
      <source>Bezug</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="116" />
      <source>Link ist keine http(s)-Adresse: {url}</source>
      <translation>Link is not an http(s) address: {url}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="121" />
      <source>„{name}“</source>
      <translation>“{name}”</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="181" />
      <source>Der Wiki-Seitentitel „{page}“ kommt in der Datei mehrfach vor</source>
      <translation>The wiki page title “{page}” occurs more than once in the file</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="290" />
      <source>{label} „{value}“ ist kein Datum (erwartet z. B. {examples})</source>
      <translation>{label} “{value}” is not a date (expected e.g. {examples})</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="299" />
      <source>{label} „{value}“ liegt im Jahr {year} – Tippfehler?</source>
      <translation>{label} “{value}” lies in the year {year} – a typo?</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="317" />
      <source>Frist von Ziel „{goal}“:</source>
      <translation>Deadline of goal “{goal}”:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="175" />
      <source>Jahr der Veröffentlichung ist keine Jahreszahl: {year}</source>
      <translation>Year of publication is not a year: {year}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="177" />
      <source>(leer)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="178" />
      <source>Unbekannter Status: {status}</source>
      <translation>Unknown status: {status}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="212" />
      <source>Ziel verweist auf ein Themenfeld, das nicht im Katalog steht</source>
      <translation>Goal refers to a topic area that is not in the catalogue</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="334" />
      <source>Sitzung von {body} zu {name}:</source>
      <translation>Meeting of {body} on {name}:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="75" />
      <source>Verweis auf ein Dokument, das es nicht gibt: {target}</source>
      <translation>Reference to a document that does not exist: {target}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="151" />
      <source>das Datum fehlt</source>
      <translation>the date is missing</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="152" />
      <source>die Beratungsfolge fehlt</source>
      <translation>the sequence of deliberation is missing</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="153" />
      <source>der Beschlussvorschlag fehlt</source>
      <translation>the proposed resolution is missing</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="156" />
      <source>Beschlussvorlage {name} ist unvollständig: {lacks}</source>
      <translation>Council submission {name} is incomplete: {lacks}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="173" />
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
      <source>Abschnitt „{title}“ liegt auf Ebene {level}; Wiki und Word zeigen höchstens {deepest} Ebenen</source>
      <translation>Section “{title}” is on level {level}; wiki and Word show at most {deepest} levels</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="209" />
      <source>Ziel ohne Titel</source>
      <translation>Goal without a title</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="215" />
      <source>Ziel verweist auf ein Leitziel, das {themenfeld} nicht hat</source>
      <translation>Goal refers to a guiding goal that {themenfeld} does not have</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="220" />
      <source>Indikator ohne Namen bei Ziel „{goal}“</source>
      <translation>Indicator without a name in goal “{goal}”</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="225" />
      <source>Beschluss ohne Vorlagennummer</source>
      <translation>Resolution without a paper number</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="229" />
      <source>Vorlagennummer „{reference}“ hat nicht die Form B/17/3503-01</source>
      <translation>Paper number “{reference}” does not have the form B/17/3503-01</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="241" />
      <source>Beschluss {reference} ohne Betreff</source>
      <translation>Resolution {reference} without a subject</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="250" />
      <source>Beratungsfolge von {reference} nennt kein Gremium</source>
      <translation>Order of consultation of {reference} names no body</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="257" />
      <source>Leere Synergie</source>
      <translation>Empty synergy</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="259" />
      <source>Synergie verweist auf ein Dokument, das es nicht gibt</source>
      <translation>Synergy refers to a document that does not exist</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="265" />
      <source>Leitziel-Bezug ohne gültiges Themenfeld</source>
      <translation>Guiding-goal reference without a valid topic area</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="267" />
      <source>Leitziel-Bezug auf ein Leitziel, das {themenfeld} nicht hat</source>
      <translation>Guiding-goal reference to a guiding goal that {themenfeld} does not have</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="272" />
      <source>Link ohne Beschriftung</source>
      <translation>Link without a label</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="321" />
      <source>Zieljahr „{year}“ von Indikator „{name}“ ist keine Jahreszahl</source>
      <translation>Target year “{year}” of indicator “{name}” is not a year</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="330" />
      <source>Datum von Beschluss {name}:</source>
      <translation>Date of resolution {name}:</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="354" />
      <source>Offener Hinweis: {note}</source>
      <translation>Open note: {note}</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="364" />
      <source>Kategorie „{name}“ kann im Wiki kein Titel sein und wird nicht geschrieben</source>
      <translation>Category “{name}” cannot be a title in the wiki and is not written</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="88" />
      <source>Überschriftenebene springt von {previous} auf {level}: „{heading}“</source>
      <translation>Heading level jumps from {previous} to {level}: “{heading}”</translation>
    </message>
    <message>
      <location filename="../../editor/domain/validation.py" line="234" />
      <source>Unbekannte Vorlagenart „{kind}“ in {reference}</source>
      <translation>Unknown kind of paper “{kind}” in {reference}</translation>
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
      <location filename="../../editor/storage/backups.py" line="141" />
      <source>Eine Sicherung „{backup}“ gibt es für „{name}“ nicht (vorhanden: {known}).</source>
      <translation>There is no backup “{backup}” of “{name}” (available: {known}).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/backups.py" line="163" />
      <source>„{name}“ wird gerade bearbeitet von {holder}; bitte dort schließen und dann wiederherstellen.</source>
      <translation>“{name}” is being edited by {holder}; please close it there, then restore.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/backups.py" line="124" />
      <source>Der Sicherungsordner „{folder}“ kann nicht angelegt werden: {reason}.</source>
      <translation>The backup folder “{folder}” cannot be created: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/backups.py" line="188" />
      <source>Die Sicherung konnte nicht wiederhergestellt werden: {reason}.</source>
      <translation>The backup could not be restored: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/integrity.py" line="270" />
      <source>Die Änderung konnte nicht gespeichert werden: {reason}.</source>
      <translation>The change could not be saved: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/integrity.py" line="253" />
      <source>Die Datei ist schreibgeschützt; die Änderung wurde nicht gespeichert.</source>
      <translation>The file is read-only; the change was not saved.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/integrity.py" line="255" />
      <source>Der Datenträger ist voll; die Änderung wurde nicht gespeichert.</source>
      <translation>The disk is full; the change was not saved.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/integrity.py" line="257" />
      <source>Die Datei wird gerade von einem anderen Programm benutzt; die Änderung wurde nicht gespeichert.</source>
      <translation>The file is in use by another program; the change was not saved.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/integrity.py" line="261" />
      <source>Die Änderung passt nicht zum Inhalt der Datei ({reason}); sie wurde nicht gespeichert.</source>
      <translation>The change does not fit the content of the file ({reason}); it was not saved.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/integrity.py" line="265" />
      <source>Die Datei ist beschädigt ({reason}); die Änderung wurde nicht gespeichert. Bitte stellen Sie eine Sicherung wieder her (Datei › Sicherung wiederherstellen).</source>
      <translation>The file is damaged ({reason}); the change was not saved. Please restore a backup (File › Restore from backup).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/queries.py" line="218" />
      <source>Die Suche ist nicht möglich: {reason}.</source>
      <translation>Search is not possible: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/repository.py" line="339" />
      <source>verweist auf einen übergeordneten Eintrag {parent}, den es nicht gibt</source>
      <translation>refers to a parent entry {parent} that does not exist</translation>
    </message>
    <message>
      <location filename="../../editor/storage/repository.py" line="341" />
      <source>hängt unter einem Eintrag eines anderen Dokuments</source>
      <translation>hangs under an entry of another document</translation>
    </message>
    <message>
      <location filename="../../editor/storage/repository.py" line="343" />
      <source>liegt in einem Kreis von Einträgen, die einander enthalten</source>
      <translation>lies in a circle of entries that contain each other</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="96" />
      <source>„{name}“ ist leer (0 Bytes) und keine Strategie-Datei.</source>
      <translation>“{name}” is empty (0 bytes) and not a strategy file.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="98" />
      <source>„{name}“ ist keine Strategie-Datei: Sie ist keine SQLite-Datenbank (vielleicht ein Word-Dokument, ein Export oder eine beschädigte Datei).</source>
      <translation>“{name}” is not a strategy file: it is not an SQLite database (perhaps a Word document, an export or a damaged file).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="104" />
      <source>„{name}“ ist abgeschnitten und beschädigt.</source>
      <translation>“{name}” is truncated and damaged.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="108" />
      <source>„{name}“ ist eine SQLite-Datenbank eines anderen Programms, keine Strategie-Datei.</source>
      <translation>“{name}” is another program’s SQLite database, not a strategy file.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="112" />
      <source>„{name}“ wurde mit einer neueren Version des Strategie-Editors gespeichert (Dateiformat {version}, dieses Programm kennt bis {current}). Bitte aktualisieren Sie das Programm.</source>
      <translation>“{name}” was saved by a newer version of Strategie-Editor (file format {version}; this program knows formats up to {current}). Please update the program.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="167" />
      <source>Neben „{name}“ liegt noch „{journal}“, der Rest eines abgebrochenen Schreibvorgangs einer früheren Datei dieses Namens. SQLite würde ihn in die neue Datei zurückspielen und sie damit beschädigen. Bitte wählen Sie einen anderen Namen oder löschen Sie „{journal}“.</source>
      <translation>“{journal}” still lies next to “{name}”, left over from an interrupted write of an earlier file of that name. SQLite would play it back into the new file and damage it. Please choose another name or delete “{journal}”.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="79" />
      <source>Die Datei „{path}“ gibt es nicht.</source>
      <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="81" />
      <source>„{path}“ ist ein Ordner, keine Strategie-Datei.</source>
      <translation>“{path}” is a folder, not a strategy file.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="83" />
      <source>Keine Berechtigung, „{path}“ zu lesen.</source>
      <translation>No permission to read “{path}”.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="85" />
      <source>„{path}“ kann nicht gelesen werden: {reason}.</source>
      <translation>“{path}” cannot be read: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="89" />
      <source>Der Dateiname enthält ein unzulässiges Zeichen.</source>
      <translation>The file name contains a character that is not allowed.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="153" />
      <source>„{name}“ wurde mitten in einem Schreibvorgang unterbrochen (daneben liegt noch „{journal}“). Das lässt sich nur mit Schreibrecht auf die Datei und ihren Ordner abschließen ({reason}).</source>
      <translation>“{name}” was interrupted in the middle of a write (“{journal}” still lies next to it). This can only be completed with write permission on the file and its folder ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="286" />
      <source>„{path}“ gibt es schon; eine bestehende Datei wird nicht überschrieben.</source>
      <translation>“{path}” already exists; an existing file is never overwritten.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="289" />
      <source>Den Ordner „{directory}“ gibt es nicht.</source>
      <translation>The folder “{directory}” does not exist.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="331" />
      <source>„{name}“ enthält fremde Datenbank-Objekte ({objects}) und wird aus Sicherheitsgründen nicht geöffnet.</source>
      <translation>“{name}” contains foreign database objects ({objects}) and is not opened, for safety.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="339" />
      <source>„{name}“ ist unvollständig: Es fehlen Tabellen ({tables}).</source>
      <translation>“{name}” is incomplete: tables are missing ({tables}).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="346" />
      <source>„{name}“ ist beschädigt: {reason}</source>
      <translation>“{name}” is damaged: {reason}</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="356" />
      <source>„{name}“ hat nicht den Aufbau einer Strategie-Datei und wird nicht geöffnet: {problems}.</source>
      <translation>“{name}” does not have the structure of a strategy file and is not opened: {problems}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="392" />
      <source>Der Suchindex von „{name}“ war beschädigt und wurde aus den Texten neu aufgebaut; an den Texten selbst hat sich nichts geändert.</source>
      <translation>The search index of “{name}” was damaged and has been rebuilt from the texts; the texts themselves are unchanged.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="453" />
      <source>Die Kopie kann nicht die Datei „{name}“ selbst sein.</source>
      <translation>The copy cannot be the file “{name}” itself.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="461" />
      <source>„{name}“ wird gerade bearbeitet von {holder} und wird deshalb nicht überschrieben.</source>
      <translation>“{name}” is being edited by {holder} and is therefore not overwritten.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="499" />
      <source>„{name}“ ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</source>
      <translation>“{name}” is open read-only; changes are not possible.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="241" />
      <source>„{name}“ wird gerade bearbeitet von {holder}. Sie können die Datei schreibgeschützt öffnen.</source>
      <translation>“{name}” is being edited by {holder}. You can open the file read-only.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="258" />
      <source>„{name}“ kann nicht geöffnet werden: {reason}.</source>
      <translation>“{name}” cannot be opened: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="274" />
      <source>„{name}“ ist beschädigt und kann nicht gelesen werden ({reason}).</source>
      <translation>“{name}” is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="294" />
      <source>In „{directory}“ kann keine Datei angelegt werden: {reason}.</source>
      <translation>No file can be created in “{directory}”: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="317" />
      <source>„{name}“ kann nicht angelegt werden: {reason}.</source>
      <translation>“{name}” cannot be created: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="373" />
      <source>Der Suchindex von „{name}“ ist beschädigt und lässt sich nicht neu aufbauen ({reason}).</source>
      <translation>The search index of “{name}” is damaged and cannot be rebuilt ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="383" />
      <source>Der Suchindex von „{name}“ ist beschädigt. Die Suche nutzt vorerst einen Index im Arbeitsspeicher; wenn Sie die Datei zum Bearbeiten öffnen, wird er in der Datei neu aufgebaut.</source>
      <translation>The search index of “{name}” is damaged. Search uses an index in memory for now; when you open the file for editing, it is rebuilt in the file.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="475" />
      <source>Die Kopie „{name}“ konnte nicht geschrieben werden: {reason}.</source>
      <translation>The copy “{name}” could not be written: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/storage/workspace.py" line="508" />
      <source>Der Suchindex von „{name}“ war beschädigt; er wurde eben aus den Texten neu aufgebaut. Die Änderung wurde nicht gespeichert; bitte führen Sie sie noch einmal aus.</source>
      <translation>The search index of “{name}” was damaged; it has just been rebuilt from the texts. The change was not saved; please make it again.</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="138" />
      <source>{first}

{rest}</source>
      <translation>{first}

{rest}</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="164" />
      <source>Die Datei enthält noch kein Dokument.</source>
      <translation>The file does not contain a document yet.</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="169" />
      <source>Ein Dokument {id} gibt es in der Datei nicht (vorhanden: {known}).</source>
      <translation>There is no document {id} in the file (available: {known}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="178" />
      <source>Ein Dokument {id} gibt es in der Datei nicht.</source>
      <translation>There is no document {id} in the file.</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="244" />
      <source>{kind} „{title}“ {reason}; er wird auf oberster Ebene gezeigt. Verschieben Sie ihn an die richtige Stelle.</source>
      <translation>{kind} “{title}” {reason}; it is shown at the top level. Move it to the right place.</translation>
    </message>
    <message>
      <location filename="../../editor/services/files.py" line="127" />
      <source>Die tägliche Sicherung wurde nicht angelegt: {reason}</source>
      <translation>Today’s backup was not made: {reason}</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="636" />
      <source>Das Wiki meldet einen Fehler: {reason} ({code}).</source>
      <translation>The wiki reports an error: {reason} ({code}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="105" />
      <source>Bitte die Adresse des Wikis angeben, z. B. https://istek.oberhausen.de/.</source>
      <translation>Please enter the address of the wiki, e.g. https://istek.oberhausen.de/.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="114" />
      <source>„{address}“ ist keine Adresse eines Wikis; sie muss mit https:// (oder http://) beginnen.</source>
      <translation>“{address}” is not the address of a wiki; it must start with https:// (or http://).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="605" />
      <source>Die Seite ist im Wiki geschützt; Ihr Konto darf sie nicht bearbeiten. Bitten Sie eine Administratorin oder einen Administrator des Wikis um Freigabe ({code}).</source>
      <translation>The page is protected in the wiki; your account may not edit it. Ask an administrator of the wiki to allow it ({code}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="611" />
      <source>Ihr Konto ist im Wiki {wiki} gesperrt ({reason}).</source>
      <translation>Your account is blocked in the wiki {wiki} ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="613" />
      <source>Ihr Konto oder Bot-Passwort darf das im Wiki nicht ({reason}). Prüfen Sie unter Spezial:BotPasswörter, ob „Seiten bearbeiten“, „Seiten erstellen“ und „Dateien hochladen“ erlaubt sind.</source>
      <translation>Your account or bot password may not do this in the wiki ({reason}). Check at Special:BotPasswords that “Edit existing pages”, “Create pages” and “Upload new files” are allowed.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="619" />
      <source>Das Wiki {wiki} nimmt gerade keine Änderungen an ({reason}). Bitte später erneut versuchen.</source>
      <translation>The wiki {wiki} does not accept changes right now ({reason}). Please try again later.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="625" />
      <source>Die Anmeldung beim Wiki ist abgelaufen oder gehört einem anderen Konto; es wurde nichts gespeichert.</source>
      <translation>The login to the wiki expired or belongs to another account; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="629" />
      <source>Die Sitzung beim Wiki ist abgelaufen; es wurde nichts gespeichert.</source>
      <translation>The session with the wiki expired; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="631" />
      <source>Jemand hat die Seite gerade geändert (Bearbeitungskonflikt); es wurde nichts gespeichert.</source>
      <translation>Someone just changed the page (edit conflict); nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="633" />
      <source>Die Seite wurde gerade im Wiki angelegt; es wurde nichts überschrieben.</source>
      <translation>The page was just created in the wiki; nothing was overwritten.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="635" />
      <source>Die Seite wurde gerade im Wiki gelöscht; es wurde nichts gespeichert.</source>
      <translation>The page was just deleted in the wiki; nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="112" />
      <source>„{address}“ ist keine gültige Adresse eines Wikis.</source>
      <translation>“{address}” is not a valid address of a wiki.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="185" />
      <source>Abgebrochen; es wurde nichts mehr an das Wiki geschickt.</source>
      <translation>Cancelled; nothing more was sent to the wiki.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="283" />
      <source>Für „{name}“ ist kein Passwort angegeben.</source>
      <translation>No password given for “{name}”.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="333" />
      <source>Das Wiki hat auf die Frage nach „{title}“ keine Seite genannt.</source>
      <translation>The wiki named no page when asked for “{title}”.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="336" />
      <source>„{title}“ ist im Wiki kein zulässiger Seitentitel ({reason}).</source>
      <translation>“{title}” is not a valid page title in the wiki ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="348" />
      <source>Das Wiki gibt den Text der Seite „{title}“ nicht heraus.</source>
      <translation>The wiki does not hand out the text of the page “{title}”.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="371" />
      <source>Die Version {revision} gibt es im Wiki nicht.</source>
      <translation>There is no revision {revision} in the wiki.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="438" />
      <source>Das Wiki hat das Speichern von „{title}“ abgelehnt ({reason}).</source>
      <translation>The wiki refused to save “{title}” ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="454" />
      <source>Ihr Bot-Passwort erlaubt kein Hochladen von Dateien; „{name}“ fehlt im Wiki. Erlauben Sie unter Spezial:BotPasswörter „Neue Dateien hochladen“ oder lassen Sie die Datei von jemandem hochladen, der es darf.</source>
      <translation>Your bot password does not allow uploading files; “{name}” is missing in the wiki. Allow “Upload new files” at Special:BotPasswords or have someone who may upload the file.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="473" />
      <source>Die Datei „{name}“ wurde nicht hochgeladen: {reason}.</source>
      <translation>The file “{name}” was not uploaded: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="303" />
      <source>Die Anmeldung bei {wiki} ist fehlgeschlagen: {reason}</source>
      <translation>Logging in to {wiki} failed: {reason}</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="531" />
      <source>Das Wiki {wiki} ist gerade überlastet und bittet zu warten; nach {tries} Versuchen wurde aufgegeben. Bitte später erneut versuchen.</source>
      <translation>The wiki {wiki} is overloaded right now and asks to wait; gave up after {tries} attempts. Please try again later.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="538" />
      <source>Das Wiki {wiki} antwortet nicht (keine Antwort nach {seconds} Sekunden).</source>
      <translation>The wiki {wiki} does not answer (no answer after {seconds} seconds).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="550" />
      <source>Das Wiki {wiki} ist nicht erreichbar. Besteht eine Netzverbindung, und stimmt die Adresse?</source>
      <translation>The wiki {wiki} cannot be reached. Is there a network connection, and is the address right?</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="564" />
      <source>Das Wiki {wiki} antwortete mit einem Fehler (HTTP {status}).</source>
      <translation>The wiki {wiki} answered with an error (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="568" />
      <source>Das Wiki {wiki} ist nicht erreichbar ({reason}).</source>
      <translation>The wiki {wiki} cannot be reached ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="572" />
      <source>Unter {wiki} antwortet kein MediaWiki. Bitte die Adresse des Wikis prüfen.</source>
      <translation>No MediaWiki answers at {wiki}. Please check the address of the wiki.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="576" />
      <source>Ihr Konto darf das im Wiki {wiki} nicht ({what}).</source>
      <translation>Your account may not do this in the wiki {wiki} ({what}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="292" />
      <source>Die Anmeldung bei {wiki} ist fehlgeschlagen: Name oder Bot-Passwort stimmen nicht. Ein Bot-Passwort legen Sie im Wiki unter Spezial:BotPasswörter an; der Anmeldename hat die Form Name@Anwendung.</source>
      <translation>Logging in to {wiki} failed: the name or the bot password is wrong. You create a bot password in the wiki at Special:BotPasswords; the login name has the form Name@application.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="299" />
      <source>Zu viele Anmeldeversuche bei {wiki}; bitte in einigen Minuten erneut versuchen.</source>
      <translation>Too many login attempts at {wiki}; please try again in a few minutes.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="545" />
      <source>Die Verbindung zum Wiki {wiki} brach beim Speichern ab. Ob die Seite gespeichert wurde, ist nicht bekannt; das nächste Veröffentlichen prüft es, bevor es etwas schreibt.</source>
      <translation>The connection to the wiki {wiki} broke while saving. Whether the page was saved is not known; the next publish checks before it writes anything.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="557" />
      <source>Unter {wiki} gibt es keine Wiki-Schnittstelle (HTTP 404). Bitte die Adresse prüfen.</source>
      <translation>There is no wiki API at {wiki} (HTTP 404). Please check the address.</translation>
    </message>
    <message>
      <location filename="../../editor/services/mediawiki.py" line="561" />
      <source>Das Wiki {wiki} verweigert den Zugang (HTTP {status}).</source>
      <translation>The wiki {wiki} refuses access (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="56" />
      <source>{subject} hinzugefügt</source>
      <translation>{subject} added</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="57" />
      <source>{subject} angelegt</source>
      <translation>{subject} created</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="58" />
      <source>{subject} eingefügt</source>
      <translation>{subject} inserted</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="59" />
      <source>{subject} geändert</source>
      <translation>{subject} changed</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="60" />
      <source>{subject} gelöscht</source>
      <translation>{subject} deleted</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="61" />
      <source>{subject} verschoben</source>
      <translation>{subject} moved</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="62" />
      <source>{subject} nach oben verschoben</source>
      <translation>{subject} moved up</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="63" />
      <source>{subject} nach unten verschoben</source>
      <translation>{subject} moved down</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="64" />
      <source>{subject} eingerückt</source>
      <translation>{subject} indented</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="65" />
      <source>{subject} ausgerückt</source>
      <translation>{subject} outdented</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="66" />
      <source>{subject} gespeichert</source>
      <translation>{subject} saved</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="67" />
      <source>{subject} wiederhergestellt</source>
      <translation>{subject} restored</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="68" />
      <source>{subject} aus dem Wiki geholt</source>
      <translation>{subject} pulled from the wiki</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="77" />
      <source>{first}, {rest}</source>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="645" />
      <source>Die Fassung „{name}“ ist beschädigt und kann nicht verwendet werden: {reason}.</source>
      <translation>The version “{name}” is damaged and cannot be used: {reason}.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="99" />
      <source>{kind} „{name}“</source>
      <translation>{kind} “{name}”</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="103" />
      <source>{subject}: {fields} geändert</source>
      <translation>{subject}: {fields} changed</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="105" />
      <source>{subject} mit einem Unterpunkt gelöscht</source>
      <translation>{subject} and one sub-item deleted</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="107" />
      <source>{subject} mit {count} Unterpunkten gelöscht</source>
      <translation>{subject} and {count} sub-items deleted</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="236" />
      <source>{kind} {id} gibt es nicht (mehr).</source>
      <translation>{kind} {id} does not exist (any more).</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="371" />
      <source>Der übergeordnete Eintrag ({kind}) gehört zu einem anderen Dokument.</source>
      <translation>The parent entry ({kind}) belongs to another document.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="447" />
      <source>Der Eintrag steht schon an erster Stelle.</source>
      <translation>The entry is already first.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="455" />
      <source>Der Eintrag steht schon an letzter Stelle.</source>
      <translation>The entry is already last.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="463" />
      <source>Der erste Eintrag einer Ebene kann nicht eingerückt werden.</source>
      <translation>The first entry of a level cannot be indented.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="472" />
      <source>Der Eintrag steht schon auf der obersten Ebene.</source>
      <translation>The entry is already at the top level.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="612" />
      <source>Eine Fassung braucht einen Namen.</source>
      <translation>A version needs a name.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="615" />
      <source>Eine Fassung „{name}“ gibt es für dieses Dokument schon.</source>
      <translation>This document already has a version “{name}”.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="636" />
      <source>Eine Fassung „{name}“ gibt es für dieses Dokument nicht.</source>
      <translation>This document has no version “{name}”.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="711" />
      <source>Eine Einstellung „{key}“ gibt es nicht (vorhanden: {known}).</source>
      <translation>There is no setting “{key}” (available: {known}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="421" />
      <source>Ein Eintrag kann nur innerhalb seines Dokuments verschoben werden.</source>
      <translation>An entry can only be moved within its own document.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="423" />
      <source>Ein Eintrag kann nicht in sich selbst verschoben werden.</source>
      <translation>An entry cannot be moved into itself.</translation>
    </message>
    <message>
      <location filename="../../editor/services/operations.py" line="657" />
      <source>Die Fassung „{name}“ passt nicht mehr zur Datei: Einträge von ihr gehören inzwischen zu einem anderen Dokument.</source>
      <translation>The version “{name}” no longer fits the file: some of its entries now belong to another document.</translation>
    </message>
    <message>
      <location filename="../../editor/services/passwords.py" line="55" />
      <source>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden ({reason}). Es gilt nur, solange das Fenster offen ist.</source>
      <translation>The password could not be saved in the system keyring ({reason}). It is kept only while the window is open.</translation>
    </message>
    <message>
      <location filename="../../editor/services/passwords.py" line="74" />
      <source>Der Schlüsselbund des Systems ist nicht erreichbar ({reason}).</source>
      <translation>The system keyring cannot be reached ({reason}).</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="184" />
      <source>Das Dokument hat weder Titel noch Wiki-Seitentitel; bitte erst einen angeben.</source>
      <translation>The document has neither a title nor a wiki page title; please enter one first.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="295" />
      <source>Keine Änderungen im Wiki seit dem letzten Abgleich.</source>
      <translation>No changes in the wiki since the last sync.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="341" />
      <source>Anmelden als {login} …</source>
      <translation>Logging in as {login} …</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="353" />
      <source>Seite „{title}“ wird gelesen …</source>
      <translation>Reading the page “{title}” …</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="356" />
      <source>Die Seite „{title}“ ist im Wiki geschützt; Ihr Konto {user} darf sie nicht bearbeiten. Es wurde nichts geändert. Bitten Sie eine Administratorin oder einen Administrator des Wikis um Freigabe.</source>
      <translation>The page “{title}” is protected in the wiki; your account {user} may not edit it. Nothing was changed. Ask an administrator of the wiki to allow it.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="406" />
      <source>Seite „{title}“ wird noch einmal gelesen …</source>
      <translation>Reading the page “{title}” once more …</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="420" />
      <source>Die Seite „{title}“ wurde im Wiki geändert, während Sie die Unterschiede angesehen haben. Es wurde nichts überschrieben.</source>
      <translation>The page “{title}” was changed in the wiki while you were looking at the differences. Nothing was overwritten.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="450" />
      <source>Seite „{title}“ wird gespeichert …</source>
      <translation>Saving the page “{title}” …</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="462" />
      <source>Gespeicherte Version wird gelesen …</source>
      <translation>Reading the saved revision …</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="492" />
      <source>Die Seite „{title}“ gibt es im Wiki {wiki} nicht. Stimmt der Seitentitel?</source>
      <translation>There is no page “{title}” in the wiki {wiki}. Is the page title right?</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="213" />
      <source>Für „{name}“ hat der Editor kein eigenes Symbol.</source>
      <translation>The editor has no icon of its own for “{name}”.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="218" />
      <source>Das Symbol „{name}“ liegt dem Editor nur als {kind} vor.</source>
      <translation>The editor has the icon “{name}” only as {kind}.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="264" />
      <source>Die Seite „{title}“ gibt es im Wiki schon, aber aus dieser Datei wurde sie nie veröffentlicht oder geholt. Veröffentlichen würde ihren Text ersetzen. Holen Sie die Seite zuerst (Aus dem Wiki holen) oder überschreiben Sie sie ausdrücklich.</source>
      <translation>The page “{title}” already exists in the wiki, but it was never published or pulled from this file. Publishing would replace its text. Pull the page first (Pull from the wiki) or overwrite it explicitly.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="271" />
      <source>Die Seite „{title}“ wurde im Wiki gelöscht oder verschoben, seit sie zuletzt veröffentlicht wurde. Sie wird nur auf ausdrücklichen Wunsch neu angelegt.</source>
      <translation>The page “{title}” was deleted or moved in the wiki since it was last published. It is created again only if you explicitly ask for it.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="277" />
      <source>Die Seite „{title}“ wurde im Wiki geändert, seit sie zuletzt veröffentlicht oder geholt wurde (Version {revision} vom {when}, von Ihrem eigenen Konto {user}, etwa im Browser). Es wurde nichts überschrieben.</source>
      <translation>The page “{title}” was changed in the wiki since it was last published or pulled (revision {revision} of {when}, by your own account {user}, e.g. in the browser). Nothing was overwritten.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="287" />
      <source>Die Seite „{title}“ wurde im Wiki geändert, seit sie zuletzt veröffentlicht oder geholt wurde (Version {revision} vom {when}, von {user}). Es wurde nichts überschrieben.</source>
      <translation>The page “{title}” was changed in the wiki since it was last published or pulled (revision {revision} of {when}, by {user}). Nothing was overwritten.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="364" />
      <source>Symbole im Wiki werden gesucht …</source>
      <translation>Looking for the icons in the wiki …</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="433" />
      <source>Ihr Bot-Passwort erlaubt kein Hochladen von Dateien, und im Wiki fehlen Symbole ({names}). Es wurde nichts veröffentlicht. Erlauben Sie unter Spezial:BotPasswörter „Neue Dateien hochladen“ oder veröffentlichen Sie ohne die Symbole.</source>
      <translation>Your bot password does not allow uploading files, and icons are missing in the wiki ({names}). Nothing was published. Allow “Upload new files” at Special:BotPasswords or publish without the icons.</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="439" />
      <source>Symbol „{name}“ wird hochgeladen …</source>
      <translation>Uploading the icon “{name}” …</translation>
    </message>
    <message>
      <location filename="../../editor/services/publishing.py" line="546" />
      <source>Die Seite „{title}“ gehört schon zu Dokument {id} dieser Datei; holen Sie sie in dieses Dokument.</source>
      <translation>The page “{title}” already belongs to document {id} of this file; pull it into that document.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_export.py" line="929" />
      <source>Die Beschlussvorlage mit der Nummer {number} gibt es in diesem Dokument nicht.</source>
      <translation>There is no council submission with the number {number} in this document.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_export.py" line="168" />
      <source>Die Vorlage hat keinen Dokumentkörper (w:body).</source>
      <translation>The template has no document body (w:body).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_sanitize.py" line="351" />
      <source>Die Vorlage „{name}“ ist keine Word-Datei (.docx oder .dotx).</source>
      <translation>The template “{name}” is not a Word file (.docx or .dotx).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_sanitize.py" line="188" />
      <source>Die Vorlage „{name}“ enthält einen Teil ({part}) von mehr als {size} MB und wird nicht geöffnet.</source>
      <translation>The template “{name}” contains a part ({part}) of more than {size} MB and is not opened.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_sanitize.py" line="247" />
      <source>Die Vorlage „{name}“ ist beschädigt ({part} ist kein gültiges XML).</source>
      <translation>The template “{name}” is damaged ({part} is not valid XML).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_sanitize.py" line="294" />
      <source>Die Vorlage „{name}“ enthält mehr als {limit} Formatvorlagen und wird nicht geöffnet (Word selbst erlaubt 4.079).</source>
      <translation>The template “{name}” contains more than {limit} styles and is not opened (Word itself allows 4,079).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="178" />
      <source>Die Vorlage „{name}“ entpackt sich auf mehr als 200 MB und wird nicht geöffnet.</source>
      <translation>The template “{name}” unpacks to more than 200 MB and is not opened.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="227" />
      <source>Die Vorlage hat keinen Dokumentkörper.</source>
      <translation>The template has no document body.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="306" />
      <source>Die Vorlage „{name}“ enthält keine Formatvorlagen (word/styles.xml fehlt).</source>
      <translation>The template “{name}” contains no styles (word/styles.xml is missing).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="313" />
      <source>In der Vorlage „{name}“ fehlen Formatvorlagen: {styles}.</source>
      <translation>The template “{name}” lacks styles: {styles}.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="160" />
      <source>Die Vorlage „{name}“ ist größer als {size} MB und wohl keine Word-Vorlage.</source>
      <translation>The template “{name}” is larger than {size} MB and probably not a Word template.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="167" />
      <source>Die Vorlage „{path}“ wurde nicht gefunden.</source>
      <translation>The template “{path}” was not found.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="169" />
      <source>Die Vorlage „{path}“ kann nicht gelesen werden: {reason}</source>
      <translation>The template “{path}” cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="186" />
      <source>Die Vorlage „{name}“ ist beschädigt und kann nicht geöffnet werden ({reason}).</source>
      <translation>The template “{name}” is damaged and cannot be opened ({reason}).</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="286" />
      <source>Die Word-Vorlage „{name}“ hat keine Seitenzahlen; die Fußzeile „Seite X von Y“ wurde ergänzt.</source>
      <translation>The Word template “{name}” has no page numbers; the footer “Seite X von Y” was added.</translation>
    </message>
    <message>
      <location filename="../../exports/docx_template.py" line="319" />
      <source>Aus der Vorlage „{name}“ wurde nicht übernommen: {parts}.</source>
      <translation>Not taken over from the template “{name}”: {parts}.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="39" />
      <source>{reason}</source>
      <translation>{reason}</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="48" />
      <source>Die Datei „{name}“ konnte nicht geschrieben werden: {reason}</source>
      <translation>The file “{name}” could not be written: {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="30" />
      <source>Auf dem Datenträger ist nicht genug Platz.</source>
      <translation>There is not enough space on the disk.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="32" />
      <source>Der Datenträger ist schreibgeschützt.</source>
      <translation>The disk is read-only.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="34" />
      <source>Keine Schreibberechtigung (ist die Datei vielleicht in einem anderen Programm geöffnet?).</source>
      <translation>No permission to write (is the file perhaps open in another program?).</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="36" />
      <source>Der Ordner existiert nicht.</source>
      <translation>The folder does not exist.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="38" />
      <source>Unter diesem Namen gibt es schon einen Ordner.</source>
      <translation>A folder of that name already exists.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="94" />
      <source>„{name}“ ist eine Strategie-Datei (oder gehört zu einer) und wird von einem Export nicht überschrieben. Bitte wählen Sie eine andere Zieldatei.</source>
      <translation>“{name}” is a strategy file (or belongs to one) and is not overwritten by an export. Please choose another target file.</translation>
    </message>
    <message>
      <location filename="../../exports/files.py" line="81" />
      <source>„{name}“ ist der Name einer Strategie-Datei; ein Export wird nie unter der Endung „.strategie“ gespeichert. Bitte wählen Sie eine andere Zieldatei.</source>
      <translation>“{name}” is the name of a strategy file; an export is never saved with the extension “.strategie”. Please choose another target file.</translation>
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
      <location filename="../../exports/pdf_export.py" line="165" />
      <source>LibreOffice konnte die PDF-Datei nicht schreiben ({reason}).</source>
      <translation>LibreOffice could not write the PDF file ({reason}).</translation>
    </message>
    <message>
      <location filename="../../exports/pdf_export.py" line="194" />
      <source>LibreOffice konnte nicht gestartet werden: {reason}</source>
      <translation>LibreOffice could not be started: {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/pdf_export.py" line="208" />
      <source>LibreOffice hat die PDF-Datei nicht in {minutes} Minuten geschrieben; abgebrochen.</source>
      <translation>LibreOffice did not write the PDF file within {minutes} minutes; cancelled.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="575" />
      <source>Seitenanfang</source>
      <translation>top of the page</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="579" />
      <source>{n} Einzelnachweis(e) (&lt;ref&gt;) in Klammern in den Text übernommen (zuerst in „{where}“).</source>
      <translation>{n} footnote(s) (&lt;ref&gt;) taken into the text in brackets (first in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="580" />
      <source>{n} wiederholte(r) Einzelnachweis(e) (&lt;ref name=… /&gt;) entfernt; der Nachweis steht beim ersten (zuerst in „{where}“).</source>
      <translation>{n} repeated footnote(s) (&lt;ref name=… /&gt;) removed; the source stands with the first one (first in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="583" />
      <source>{n} Kommentar(e) (&lt;!-- … --&gt;) entfernt; sie sind im Wiki unsichtbar (zuerst in „{where}“).</source>
      <translation>{n} comment(s) (&lt;!-- … --&gt;) removed; they are invisible in the wiki (first in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="584" />
      <source>{n} Wiki-Link(s) auf Seiten, die kein Dokument der Datei sind, als Text übernommen (zuerst {example} in „{where}“).</source>
      <translation>{n} wiki link(s) to pages that are no document of the file taken as text (first {example} in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="587" />
      <source>{n} HTML-Element(e) ohne Markdown-Form (&lt;span&gt;, &lt;small&gt; …) entfernt, ihr Text bleibt (zuerst {example} in „{where}“).</source>
      <translation>{n} HTML element(s) without a Markdown form (&lt;span&gt;, &lt;small&gt; …) removed, their text stays (first {example} in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="590" />
      <source>{n} vorformatierte Zeile(n) (Leerzeichen am Zeilenanfang) als Text übernommen (zuerst in „{where}“).</source>
      <translation>{n} preformatted line(s) (blank at the start of the line) taken as text (first in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="593" />
      <source>{n} eingerückte Zeile(n) (:) als Absatz übernommen (zuerst in „{where}“).</source>
      <translation>{n} indented line(s) (:) taken as a paragraph (first in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="594" />
      <source>{n} Definitionsliste(n) (; Begriff : Erklärung) als Absatz mit fettem Begriff übernommen (zuerst in „{where}“).</source>
      <translation>{n} definition list(s) (; term : explanation) taken as a paragraph with the term in bold (first in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="597" />
      <source>{n} Tabelle(n) mit Kopf- und Datenzellen in der ersten Zeile: sie ist nun ganz Kopfzeile (zuerst in „{where}“).</source>
      <translation>{n} table(s) with header and data cells in the first row: it is now all header row (first in “{where}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="150" />
      <source>Der Seitentitel steht nicht im Wiki-Text; das Dokument heißt vorläufig „{untitled}“.</source>
      <translation>The page title is not in the wiki text; the document is called “{untitled}” for now.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="162" />
      <source>Die Eingabe ist kein Text.</source>
      <translation>The input is not text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="164" />
      <source>Die Eingabe ist größer als {size} MB und keine Wiki-Seite.</source>
      <translation>The input is larger than {size} MB and not a wiki page.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="169" />
      <source>Die Eingabe sieht nach Binärdaten aus, nicht nach Wiki-Text.</source>
      <translation>The input looks like binary data, not like wiki text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="171" />
      <source>Die Eingabe enthält ungültige Zeichen (halbe UTF-16-Paare) und ist kein Wiki-Text.</source>
      <translation>The input contains invalid characters (halves of UTF-16 pairs) and is not wiki text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="177" />
      <source>Vorlagen oder Links sind tiefer als {depth} Ebenen verschachtelt.</source>
      <translation>Templates or links are nested deeper than {depth} levels.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="180" />
      <source>Listen sind tiefer als {depth} Ebenen verschachtelt.</source>
      <translation>Lists are nested deeper than {depth} levels.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="658" />
      <source>Aus „{place}“: {what}{excerpt}; steht als Hinweis im Dokument (Stammdaten › Hinweise) und wird nicht veröffentlicht.</source>
      <translation>From “{place}”: {what}{excerpt}; kept as a note in the document (Master data › Notes) and never published.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="888" />
      <source>Parameter „{name}“</source>
      <translation>Parameter “{name}”</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1131" />
      <source>Themenfelder „{value}“ aus einer Liste gelesen; sie stehen nun in der Symbolzeile.</source>
      <translation>Thematic fields “{value}” read from a list; they are now in the row of icons.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1285" />
      <source>Ziel {title}</source>
      <translation>Goal {title}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1651" />
      <source>Beschluss {reference}</source>
      <translation>Resolution {reference}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1771" />
      <source>Abschnitt „{where}“: {what}</source>
      <translation>Section “{where}”: {what}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1978" />
      <source>Wiki-Markup {value} als Text übernommen.</source>
      <translation>Wiki markup {value} taken as text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="668" />
      <source>{where}: {problem}.</source>
      <translation>{where}: {problem}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="686" />
      <source>{unclosed} Kommentar-Anfang/Anfänge „&lt;!--“ ohne Ende „--&gt;“ als Text übernommen (im Wiki verbergen sie den Rest der Seite).</source>
      <translation>{unclosed} comment start(s) “&lt;!--” without an end “--&gt;” taken as text (in the wiki they hide the rest of the page).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="694" />
      <source>{unclosed} nicht geschlossene Tags oder Link-Klammern („&lt;ref&gt;“, „[http…“) als Text übernommen.</source>
      <translation>{unclosed} unclosed tags or link brackets (“&lt;ref&gt;”, “[http…”) taken as text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="751" />
      <source>Die Abschnitte {titles} standen unter den festen Teilen der Seite (Ziele, Synergien …); sie stehen nun bei den anderen Abschnitten, vor den Zielen.</source>
      <translation>The sections {titles} stood below the fixed parts of the page (goals, synergies …); they are now with the other sections, before the goals.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="830" />
      <source>Weitere Kategorien der Seite übernommen: {own}.</source>
      <translation>Further categories of the page taken over: {own}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="856" />
      <source>Keine Infobox gefunden; Metadaten bitte von Hand ergänzen.</source>
      <translation>No infobox found; please add the metadata by hand.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="879" />
      <source>Parameter „{name}“ steht doppelt; der erste Wert „{current}“ gilt, dieser nicht</source>
      <translation>Parameter “{name}” appears twice; the first value “{current}” counts, this one does not</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="891" />
      <source>Alter Parameter „{name}“ als „{current}“ übernommen.</source>
      <translation>Old parameter “{name}” taken as “{current}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="924" />
      <source>{unknown} unbekannte Infobox-Parameter ({value} …) unverändert behalten; sie werden wieder exportiert.</source>
      <translation>{unknown} unknown infobox parameters ({value} …) kept unchanged; they are exported again.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="958" />
      <source>Die Infobox war eine Tabelle; das Profil „{name}“ schreibt sie als Vorlage „{template}“, die die Zeilen {value} womöglich nicht anzeigt.</source>
      <translation>The infobox was a table; the profile “{name}” writes it as template “{template}”, which may not show the rows {value}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1178" />
      <source>Ein Themenfeld-Symbol, das zu keinem Themenfeld des Katalogs passt</source>
      <translation>A thematic field icon that matches no thematic field of the catalogue</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1186" />
      <source>Symbol „{file_name}“ für „{title}“ wie auf der Seite behalten (im Katalog: „{icon}“).</source>
      <translation>Icon “{file_name}” for “{title}” kept as on the page (in the catalogue: “{icon}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1214" />
      <source>Überschrift {value}</source>
      <translation>Heading {value}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1229" />
      <source>Abschnitt „{where}“: eine Hervorhebung lässt sich an ihrer Stelle nicht in Markdown schreiben (etwa fett direkt nach einem Buchstaben, mit einem Satzzeichen am Anfang); der Text bleibt, die Hervorhebung entfällt.</source>
      <translation>Section “{where}”: an emphasis cannot be written in Markdown at its place (such as bold right after a letter, starting with a punctuation mark); the text stays, the emphasis is dropped.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1247" />
      <source>Nummerierte Liste in „{title}“ als Aufzählung übernommen (die Seite zählt sie nicht mehr).</source>
      <translation>Numbered list in “{title}” taken as a bulleted list (the page no longer numbers it).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1603" />
      <source>Beschluss {name} nicht im Format „Vorlage - Nummer (System): "Betreff"“; als Betreff übernommen.</source>
      <translation>Resolution {name} not in the format “Paper - number (system): "subject"”; taken as the subject.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1608" />
      <source>Beschluss {name}</source>
      <translation>Resolution {name}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1645" />
      <source>Beschluss {reference}: unerwarteter Text {leftover} an den Betreff angehängt.</source>
      <translation>Resolution {reference}: unexpected text {leftover} added to the subject.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1970" />
      <source>Vorlage {value} als Text übernommen.</source>
      <translation>Template {value} taken as text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1973" />
      <source>Parameter {value} als Text übernommen.</source>
      <translation>Parameter {value} taken as text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1985" />
      <source>Bild {title} nicht übernommen.</source>
      <translation>Image {title} not taken over.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="2024" />
      <source>Bildergalerie mit {count} Bild(ern) nicht übernommen ({names}).</source>
      <translation>Gallery of {count} image(s) not taken over ({names}).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="2033" />
      <source>Verzeichnis der Einzelnachweise entfernt; die Nachweise stehen in Klammern im Text.</source>
      <translation>List of footnotes removed; the sources are in brackets in the text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="2037" />
      <source>&lt;{name}&gt; mitten im Text zu Text vereinfacht.</source>
      <translation>&lt;{name}&gt; in the middle of the text simplified to text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="727" />
      <source>Abschnitt „{title}“ steht mehrfach; der letzte gilt, dieser bleibt ein eigener Abschnitt.</source>
      <translation>Section “{title}” appears more than once; the last one counts, this one stays a section of its own.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="803" />
      <source>Sortierschlüssel der Kategorie „{name}“ ({value}) nicht übernommen.</source>
      <translation>Sort key of category “{name}” ({value}) not taken over.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="823" />
      <source>Art „{name}“ aus der Kategorie übernommen.</source>
      <translation>Type “{name}” taken from the category.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="917" />
      <source>Unbekannter Infobox-Parameter „{name}“ unverändert behalten; er wird wieder exportiert.</source>
      <translation>Unknown infobox parameter “{name}” kept unchanged; it is exported again.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="952" />
      <source>Unbekannte Infobox-Zeile „{name}“ unverändert behalten; sie wird wieder exportiert.</source>
      <translation>Unknown infobox row “{name}” kept unchanged; it is exported again.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="987" />
      <source>Schalter {value} in „{where}“ nicht übernommen (er zeigt nichts an).</source>
      <translation>Switch {value} in “{where}” not taken over (it shows nothing).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1162" />
      <source>Die Zeile mit {value} unter den Themenfeld-Symbolen entfällt; die Symbole verweisen selbst auf die Themenfeld-Seiten.</source>
      <translation>The row with {value} below the thematic field icons is dropped; the icons link to the thematic field pages themselves.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1371" />
      <source>Eine Themenfeld-Zeile, deren Themenfeld nicht im Katalog steht</source>
      <translation>A thematic field line whose thematic field is not in the catalogue</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1412" />
      <source>Text unter einem Themenfeld, das nicht im Katalog steht</source>
      <translation>Text under a thematic field that is not in the catalogue</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1424" />
      <source>Eingerückter Text unter „{title}“ als Text unter dem Themenfeld übernommen.</source>
      <translation>Indented text under “{title}” taken as text under the thematic field.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1452" />
      <source>Zwischenüberschrift „{title}“ im Leitziel-Abschnitt als Themenfeld-Zeile gelesen.</source>
      <translation>Subheading “{title}” in the guiding goals section read as a thematic field line.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1490" />
      <source>Symbol „{file_name}“ bei „{title}“ im Leitziel-Abschnitt durch „{ours}“ ersetzt (wie im Themenfeld-Block).</source>
      <translation>Icon “{file_name}” at “{title}” in the guiding goals section replaced by “{ours}” (as in the thematic field block).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1513" />
      <source>Leitziel-Verweis {value} passt zu keinem Themenfeld; als Text übernommen.</source>
      <translation>Guiding goal link {value} matches no thematic field; taken as text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1524" />
      <source>Leitziel-Verweis {value} unter „{title}“ gehört zu „{themenfeld}“.</source>
      <translation>Guiding goal link {value} under “{title}” belongs to “{themenfeld}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1558" />
      <source>Ein Leitziel-Bezug ohne Themenfeld</source>
      <translation>A guiding goal reference without a thematic field</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1566" />
      <source>Aufzählungspunkt ohne Leitziel-Verweis unter „{title}“ als Text unter dem Themenfeld übernommen.</source>
      <translation>Bullet point without a guiding goal link under “{title}” taken as text under the thematic field.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1634" />
      <source>Betreff von Beschluss {reference} endet nicht mit einem Anführungszeichen.</source>
      <translation>Subject of resolution {reference} does not end with a quotation mark.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1672" />
      <source>Link {value}: der Text neben dem Link gehört nun zur Beschriftung.</source>
      <translation>Link {value}: the text next to the link is now part of its label.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1968" />
      <source>{value} nicht übernommen (zeigt nichts an).</source>
      <translation>{value} not taken over (shows nothing).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="737" />
      <source>Abschnitt „{title}“ als „{fixed}“ gelesen.</source>
      <translation>Section “{title}” read as “{fixed}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="819" />
      <source>Themenfeld „{title}“ nur aus der Kategorie übernommen.</source>
      <translation>Thematic field “{title}” taken from the category only.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="843" />
      <source>Eine zweite Infobox</source>
      <translation>A second infobox</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="908" />
      <source>Parameter „{name}“ steht doppelt; der erste Wert gilt</source>
      <translation>Parameter “{name}” appears twice; the first value counts</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="996" />
      <source>{value} in „{where}“ nicht übernommen (zeigt nichts an).</source>
      <translation>{value} in “{where}” not taken over (shows nothing).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1104" />
      <source>Einleitungssatz „{text}“ der Themenfelder durch den des Profils („{intro}“) ersetzt.</source>
      <translation>Introductory sentence “{text}” of the thematic fields replaced by the profile's (“{intro}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1155" />
      <source>Ein Verweis im Themenfeld-Block, der zu keinem Themenfeld passt</source>
      <translation>A link in the thematic field block that matches no thematic field</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1171" />
      <source>Text in der Tabelle der Themenfeld-Symbole</source>
      <translation>Text in the table of thematic field icons</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1317" />
      <source>Synergie mit „{page}“: diese Seite ist kein Dokument der Datei; als Text übernommen.</source>
      <translation>Synergy with “{page}”: this page is no document of the file; taken as text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1348" />
      <source>Text unter „{title}“</source>
      <translation>Text under “{title}”</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1510" />
      <source>Ein Leitziel-Verweis ohne Themenfeld</source>
      <translation>A guiding goal link without a thematic field</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1536" />
      <source>Leitziel „{label}“ mit dem Titel aus dem Katalog „{title}“ geschrieben.</source>
      <translation>Guiding goal “{label}” written with the title from the catalogue “{title}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1546" />
      <source>Leitziel „{label}“ ({title}) steht nicht im Katalog; als freies Leitziel übernommen.</source>
      <translation>Guiding goal “{label}” ({title}) is not in the catalogue; taken as a free guiding goal.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1697" />
      <source>Link {text} ohne erkennbare Adresse; nur die Beschriftung übernommen.</source>
      <translation>Link {text} without a recognisable address; only the label taken over.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="1395" />
      <source>Einleitungssatz „{text}“ der Leitziele durch den des Profils („{intro}“) ersetzt.</source>
      <translation>Introductory sentence “{text}” of the guiding goals replaced by the profile's (“{intro}”).</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="369" />
      <source>Formatierung {value} als reinen Text übernommen</source>
      <translation>Formatting {value} taken as plain text</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="372" />
      <source>Verweis {value} als reinen Text übernommen</source>
      <translation>Link {value} taken as plain text</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="376" />
      <source>Link {value} als reinen Text übernommen</source>
      <translation>Link {value} taken as plain text</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="381" />
      <source>Kommentar {value} entfernt</source>
      <translation>Comment {value} removed</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_import.py" line="383" />
      <source>Wiki-Markup {value} als reinen Text übernommen</source>
      <translation>Wiki markup {value} taken as plain text</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="103" />
      <source>Wiki-Profil „{name}“ nicht gefunden. Mitgeliefert sind: {known}.</source>
      <translation>Wiki profile “{name}” not found. Bundled profiles: {known}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="120" />
      <source>Wiki-Profil „{path}“ muss ein JSON-Objekt sein.</source>
      <translation>Wiki profile “{path}” must be a JSON object.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="143" />
      <source>Wiki-Profil „{source}“: Schlüssel „{key}“ {problem}</source>
      <translation>Wiki profile “{source}”: key “{key}” {problem}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="109" />
      <source>Wiki-Profil „{path}“ kann nicht gelesen werden: {reason}</source>
      <translation>Wiki profile “{path}” cannot be read: {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="111" />
      <source>Wiki-Profil „{path}“ ist zu tief verschachtelt und kein Wiki-Profil.</source>
      <translation>Wiki profile “{path}” is nested too deeply and is not a wiki profile.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="113" />
      <source>Wiki-Profil „{path}“ ist kein gültiges JSON (Zeile {line}): {reason}</source>
      <translation>Wiki profile “{path}” is not valid JSON (line {line}): {reason}</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="186" />
      <source>enthält ein Zeichen, das in Wiki-Titeln nicht erlaubt ist: „{value}“.</source>
      <translation>contains a character that wiki titles do not allow: “{value}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="199" />
      <source>muss „template“ oder „table“ sein, nicht „{style}“.</source>
      <translation>must be “template” or “table”, not “{style}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="290" />
      <source>muss ein Kategorienname ohne „#“ sein.</source>
      <translation>must be a category name without “#”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="301" />
      <source>Wiki-Profil „{source}“: Schlüssel „base“ muss ein Profilname sein.</source>
      <translation>Wiki profile “{source}”: key “base” must be a profile name.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="304" />
      <source>Wiki-Profil „{source}“: Schlüssel „base“ verweist im Kreis auf „{base}“.</source>
      <translation>Wiki profile “{source}”: key “base” refers in a circle to “{base}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="158" />
      <source>muss ein Text sein.</source>
      <translation>must be a text.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="160" />
      <source>darf nicht leer sein.</source>
      <translation>must not be empty.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="166" />
      <source>muss true oder false sein.</source>
      <translation>must be true or false.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="172" />
      <source>muss eine Liste von Texten sein.</source>
      <translation>must be a list of texts.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="178" />
      <source>muss ein Objekt sein.</source>
      <translation>must be an object.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="196" />
      <source>ist unbekannt.</source>
      <translation>is unknown.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="206" />
      <source>darf kein „=“ enthalten.</source>
      <translation>must not contain “=”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="211" />
      <source>ist unbekannt; erlaubt sind {fields}.</source>
      <translation>is unknown; allowed are {fields}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="218" />
      <source>muss eines von {fields} sein.</source>
      <translation>must be one of {fields}.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="231" />
      <source>muss eine einzeilige Überschrift ohne „=“ am Rand sein.</source>
      <translation>must be a one-line heading without “=” at either end.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="251" />
      <source>muss eine Größe wie „120x120px“ sein, nicht „{size}“.</source>
      <translation>must be a size like “120x120px”, not “{size}”.</translation>
    </message>
    <message>
      <location filename="../../exports/wiki_profile.py" line="151" />
      <source>fehlt.</source>
      <translation>is missing.</translation>
    </message>
  </context>
</TS>
