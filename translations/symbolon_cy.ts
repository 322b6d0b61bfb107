<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter the path of the PKCS#11 module (for SoftHSM2: %1).</source>
        <translation>Rhowch lwybr y modiwl PKCS#11 (ar gyfer SoftHSM2: %1).</translation>
    </message>
    <message>
        <source>The PKCS#11 module path must be absolute (start with /).</source>
        <translation>Rhaid i lwybr y modiwl PKCS#11 fod yn absoliwt (dechrau gyda /).</translation>
    </message>
    <message>
        <source>There is no file at %1: install the module or correct the path.</source>
        <translation>Nid oes ffeil yn %1: gosodwch y modiwl neu cywirwch y llwybr.</translation>
    </message>
    <message>
        <source>%1 is not a readable file: choose the module&apos;s .so file.</source>
        <translation>Nid yw %1 yn ffeil ddarllenadwy: dewiswch ffeil .so y modiwl.</translation>
    </message>
    <message>
        <source>The collector&apos;s host name cannot contain spaces.</source>
        <translation>Ni all enw gwesteiwr y casglwr gynnwys bylchau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers 0–255).</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad IPv4 (pedwar rhif 0–255).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: use letters, digits, hyphens and dots (e.g. siem.example.net).</source>
        <translation>Nid yw &quot;%1&quot; yn enw gwesteiwr: defnyddiwch lythrennau, digidau, cysylltnodau a dotiau (e.e. siem.example.net).</translation>
    </message>
    <message>
        <source>The collector port must be between 1 and 65535.</source>
        <translation>Rhaid i borth y casglwr fod rhwng 1 a 65535.</translation>
    </message>
    <message>
        <source>TLS is available only with RELP: turn RELP on or TLS off.</source>
        <translation>Dim ond gyda RELP y mae TLS ar gael: trowch RELP ymlaen neu TLS i ffwrdd.</translation>
    </message>
    <message>
        <source>The language must be the system&apos;s, English (UK) or Cymraeg.</source>
        <translation>Rhaid i&apos;r iaith fod yn iaith y system, English (UK) neu Cymraeg.</translation>
    </message>
    <message>
        <source>The quorum timeout must be between %1 and %2 minutes.</source>
        <translation>Rhaid i derfyn amser y cworwm fod rhwng %1 a %2 munud.</translation>
    </message>
    <message>
        <source>The time-stamping authority&apos;s address must be an http:// URL with a host name (its answers are signed, so TLS is not needed).</source>
        <translation>Rhaid i gyfeiriad yr awdurdod stampio amser fod yn URL http:// gydag enw gwesteiwr (mae ei atebion wedi’u llofnodi, felly nid oes angen TLS).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i&apos;r cyfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Ymrwymo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>this needs --card-serial and --pin-env</source>
        <translation>mae angen --card-serial a --pin-env ar gyfer hyn</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>nid yw&apos;r newidyn amgylchedd %1 wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Custodian console for SMETS1 DLMS symmetric keys</source>
        <translation>Consol ceidwaid ar gyfer allweddi cymesur DLMS SMETS1</translation>
    </message>
    <message>
        <source>The workspace folder (default: ./demo).</source>
        <translation>Ffolder y gweithle (rhagosodiad: ./demo).</translation>
    </message>
    <message>
        <source>Render a view to a PNG file and exit.</source>
        <translation>Rendro golwg i ffeil PNG a gadael.</translation>
    </message>
    <message>
        <source>Open with this card (by serial).</source>
        <translation>Agor gyda&apos;r cerdyn hwn (yn ôl rhif cyfresol).</translation>
    </message>
    <message>
        <source>Read the card PIN from this environment variable (then unset it).</source>
        <translation>Darllen PIN y cerdyn o&apos;r newidyn amgylchedd hwn (yna ei ddadosod).</translation>
    </message>
    <message>
        <source>Write an evidence pack with its PDF report to OUT (a new folder) and exit.</source>
        <translation>Ysgrifennu pecyn tystiolaeth gyda&apos;i adroddiad PDF i OUT (ffolder newydd) a gadael.</translation>
    </message>
    <message>
        <source>no workspace: pass --workspace DIR</source>
        <translation>dim gweithle: rhowch --workspace DIR</translation>
    </message>
    <message>
        <source>The language: en_GB or cy (default: as set in Settings, else the system&apos;s).</source>
        <translation>Yr iaith: en_GB neu cy (rhagosodiad: fel y&apos;i gosodwyd yn y Gosodiadau, fel arall iaith y system).</translation>
    </message>
    <message>
        <source>--view must be %1, open, settings or site-setup</source>
        <translation>rhaid i --view fod yn %1, open, settings neu site-setup</translation>
    </message>
    <message>
        <source>The view: %1, open (the Open dialog), settings (the Settings dialog) or site-setup (every page of the Site Setup wizard, with a sample site).</source>
        <translation>Yr olwg: %1, open (y deialog Agor), settings (y deialog Gosodiadau) neu site-setup (pob tudalen o’r dewin Sefydlu Safle, gyda safle enghreifftiol).</translation>
    </message>
    <message>
        <source>With --screenshot --view site-setup: the window&apos;s size, WIDTHxHEIGHT (FILE may hold {page}, replaced by each page&apos;s name).</source>
        <translation>Gyda --screenshot --view site-setup: maint y ffenestr, WIDTHxHEIGHT (gall FILE gynnwys {page}, y rhoddir enw pob tudalen yn ei le).</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, for example 1024x700</source>
        <translation>rhaid i --size fod yn WIDTHxHEIGHT, er enghraifft 1024x700</translation>
    </message>
    <message>
        <source>Open a Symbolon workspace folder, or an empty folder for a new site</source>
        <translation>Agor ffolder gweithle Symbolon, neu ffolder gwag ar gyfer safle newydd</translation>
    </message>
</context>
<context>
    <name>symbolon::audit</name>
    <message>
        <source>expected seq, time, actor, role, action, target, details_json, prev_hash (64 hex) and hash (64 hex)</source>
        <translation>disgwylid seq, time, actor, role, action, target, details_json, prev_hash (64 hecs) a hash (64 hecs)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Symbolon evidence pack&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Pecyn tystiolaeth Symbolon&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Workspace &lt;b&gt;%1&lt;/b&gt; (%2 profile). Journal entries #%3 to #%4 (%5 entries), exported %6 by %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gweithle &lt;b&gt;%1&lt;/b&gt; (proffil %2). Cofnodion cyfnodolyn #%3 i #%4 (%5 cofnod), allforiwyd %6 gan %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Verification at export&lt;/h2&gt;&lt;p class=&quot;%1&quot;&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dilysu wrth allforio&lt;/h2&gt;&lt;p class=&quot;%1&quot;&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Entries by action&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;action&lt;/th&gt;&lt;th&gt;entries&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Cofnodion fesul gweithred&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;gweithred&lt;/th&gt;&lt;th&gt;cofnodion&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ceremonies, quorum sessions, imports and re-keys&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;time (UTC)&lt;/th&gt;&lt;th&gt;action&lt;/th&gt;&lt;th&gt;actor&lt;/th&gt;&lt;th&gt;target&lt;/th&gt;&lt;th&gt;approvals and details&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Seremonïau, sesiynau cworwm, mewnforion ac ailallweddu&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;amser (UTC)&lt;/th&gt;&lt;th&gt;gweithred&lt;/th&gt;&lt;th&gt;gweithredwr&lt;/th&gt;&lt;th&gt;targed&lt;/th&gt;&lt;th&gt;cymeradwyaethau a manylion&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, card %3, key %4…)&lt;br&gt;</source>
        <translation>%1 (%2, cerdyn %3, allwedd %4…)&lt;br&gt;</translation>
    </message>
    <message>
        <source>outcome: %1&lt;br&gt;</source>
        <translation>canlyniad: %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>PMA instruction: %1&lt;br&gt;</source>
        <translation>Cyfarwyddyd y PMA: %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Reference: %1&lt;br&gt;</source>
        <translation>Cyfeirnod: %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: choose a new folder.</source>
        <translation>Mae %1 yn bodoli ac nid yw&apos;n wag: dewiswch ffolder newydd.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Ni ellir creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>The range #%1 to #%2 holds no entries.</source>
        <translation>Nid oes cofnodion yn yr ystod #%1 i #%2.</translation>
    </message>
    <message>
        <source>The journal signing key could not be copied into the pack.</source>
        <translation>Ni ellid copïo allwedd llofnodi&apos;r cyfnodolyn i&apos;r pecyn.</translation>
    </message>
    <message>
        <source>The extra file &quot;%1&quot; is not a new file inside the pack.</source>
        <translation>Nid yw&apos;r ffeil ychwanegol &quot;%1&quot; yn ffeil newydd y tu mewn i&apos;r pecyn.</translation>
    </message>
    <message>
        <source>%1 cannot be read: is this an evidence pack?</source>
        <translation>Ni ellir darllen %1: ai pecyn tystiolaeth yw hwn?</translation>
    </message>
    <message>
        <source>manifest.json, line %1: %2.</source>
        <translation>manifest.json, llinell %1: %2.</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1 near byte %2): the pack is damaged or truncated.</source>
        <translation>Nid yw manifest.json yn wrthrych JSON (%1 ger beit %2): mae&apos;r pecyn wedi&apos;i ddifrodi neu wedi&apos;i gwtogi.</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>gwerth JSON arall</translation>
    </message>
    <message>
        <source>manifest.json: field &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>manifest.json: rhaid i&apos;r maes &quot;format&quot; fod yn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>manifest.json names a file outside the pack: %1</source>
        <translation>mae manifest.json yn enwi ffeil y tu allan i&apos;r pecyn: %1</translation>
    </message>
    <message>
        <source>%1 does not match the SHA-256 in manifest.json: the file was changed or is missing.</source>
        <translation>Nid yw %1 yn cyfateb i&apos;r SHA-256 yn manifest.json: newidiwyd y ffeil neu mae ar goll.</translation>
    </message>
    <message>
        <source>The pack&apos;s journal-signing-key.pem is missing or not a PEM public key.</source>
        <translation>Mae journal-signing-key.pem y pecyn ar goll neu nid yw&apos;n allwedd gyhoeddus PEM.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Ni ellir darllen %1.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>nid gwrthrych JSON</translation>
    </message>
    <message>
        <source>journal.jsonl, line %1: %2</source>
        <translation>journal.jsonl, llinell %1: %2</translation>
    </message>
    <message>
        <source>the manifest promises %1 entries but journal.jsonl holds %2</source>
        <translation>mae&apos;r maniffest yn addo %1 cofnod ond mae journal.jsonl yn dal %2</translation>
    </message>
    <message>
        <source>entry #1 is &quot;%1&quot;, not the workspace&apos;s creation entry that records its journal key: this is not a whole journal.</source>
        <translation>cofnod #1 yw &quot;%1&quot;, nid cofnod creu’r gweithle sy’n cofnodi ei allwedd cyfnodolyn: nid cyfnodolyn cyfan mo hwn.</translation>
    </message>
    <message>
        <source>entry #1 records the journal signing key %1, but the checkpoints are signed by key %2: this pack was not signed with the workspace&apos;s own journal key.</source>
        <translation>mae cofnod #1 yn cofnodi’r allwedd llofnodi cyfnodolyn %1, ond llofnodir y pwyntiau gwirio gan allwedd %2: ni lofnodwyd y pecyn hwn ag allwedd cyfnodolyn y gweithle ei hun.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>manifest.json records the journal signing key %1, but the checkpoints are signed by key %2 (entry #1, which records the workspace&apos;s key, is not in this pack).</source>
        <translation>mae manifest.json yn cofnodi’r allwedd llofnodi cyfnodolyn %1, ond llofnodir y pwyntiau gwirio gan allwedd %2 (nid yw cofnod #1, sy’n cofnodi allwedd y gweithle, yn y pecyn hwn).</translation>
    </message>
    <message>
        <source>%1 does not verify, so it cannot anchor %2: %3</source>
        <translation>nid yw %1 yn dilysu, felly ni all angori %2: %3</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>nid yw %1 yn dilysu: %2</translation>
    </message>
    <message>
        <source>%1 is signed by journal key %2 but %3 by key %4: they are not the same workspace&apos;s journal.</source>
        <translation>llofnodir %1 gan allwedd cyfnodolyn %2 ond %3 gan allwedd %4: nid cyfnodolyn yr un gweithle ydynt.</translation>
    </message>
    <message>
        <source>%1 does not hold entry #%2, the newest entry of %3 (hash %4): it holds #%5 to #%6, so it cannot show that the journal still contains it.</source>
        <translation>nid yw %1 yn dal cofnod #%2, cofnod diweddaraf %3 (hash %4): mae’n dal #%5 i #%6, felly ni all ddangos bod y cyfnodolyn yn dal i’w gynnwys.</translation>
    </message>
    <message>
        <source>Entry #%1 was rewritten: %2 holds it with hash %3, but %4 holds it with hash %5. The journal changed after %2 was exported.</source>
        <translation>Ailysgrifennwyd cofnod #%1: mae %2 yn ei ddal â hash %3, ond mae %4 yn ei ddal â hash %5. Newidiodd y cyfnodolyn ar ôl allforio %2.</translation>
    </message>
    <message>
        <source>%1 lacks the checkpoint of entry #%2 signed at %3 that %4 holds: the checkpoints were replaced after %4 was exported.</source>
        <translation>nid oes gan %1 y pwynt gwirio ar gyfer cofnod #%2 a lofnodwyd am %3 sydd gan %4: disodlwyd y pwyntiau gwirio ar ôl allforio %4.</translation>
    </message>
    <message>
        <source>cards.json, line %1: %2.</source>
        <translation>cards.json, llinell %1: %2.</translation>
    </message>
    <message>
        <source>cards.json is missing or not a JSON object: the pack is damaged.</source>
        <translation>mae cards.json ar goll neu nid yw’n wrthrych JSON: mae’r pecyn wedi’i ddifrodi.</translation>
    </message>
    <message>
        <source>%1 UTC, journal entry #%2</source>
        <translation>%1 UTC, cofnod cyfnodolyn #%2</translation>
    </message>
    <message numerus="yes">
        <source>planned for %n device(s), not run yet</source>
        <translation>
            <numerusform>wedi’i gynllunio ar gyfer %n dyfais, heb ei redeg eto</numerusform>
            <numerusform>wedi’i gynllunio ar gyfer %n dyfais, heb ei redeg eto</numerusform>
            <numerusform>wedi’i gynllunio ar gyfer %n dyfais, heb ei redeg eto</numerusform>
            <numerusform>wedi’i gynllunio ar gyfer %n dyfais, heb ei redeg eto</numerusform>
            <numerusform>wedi’i gynllunio ar gyfer %n dyfais, heb ei redeg eto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped with %n device(s) still to re-key: resume it</source>
        <translation>
            <numerusform>wedi stopio gyda %n dyfais i’w hailallweddu o hyd: ailddechreuwch ef</numerusform>
            <numerusform>wedi stopio gyda %n dyfais i’w hailallweddu o hyd: ailddechreuwch ef</numerusform>
            <numerusform>wedi stopio gyda %n dyfais i’w hailallweddu o hyd: ailddechreuwch ef</numerusform>
            <numerusform>wedi stopio gyda %n dyfais i’w hailallweddu o hyd: ailddechreuwch ef</numerusform>
            <numerusform>wedi stopio gyda %n dyfais i’w hailallweddu o hyd: ailddechreuwch ef</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>batch not yet issued for %n device(s)</source>
        <translation>
            <numerusform>swp heb ei gyhoeddi eto ar gyfer %n dyfais</numerusform>
            <numerusform>swp heb ei gyhoeddi eto ar gyfer %n dyfais</numerusform>
            <numerusform>swp heb ei gyhoeddi eto ar gyfer %n dyfais</numerusform>
            <numerusform>swp heb ei gyhoeddi eto ar gyfer %n dyfais</numerusform>
            <numerusform>swp heb ei gyhoeddi eto ar gyfer %n dyfais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>confirmations outstanding for %n device(s)</source>
        <translation>
            <numerusform>cadarnhadau’n ddyledus ar gyfer %n dyfais</numerusform>
            <numerusform>cadarnhadau’n ddyledus ar gyfer %n dyfais</numerusform>
            <numerusform>cadarnhadau’n ddyledus ar gyfer %n dyfais</numerusform>
            <numerusform>cadarnhadau’n ddyledus ar gyfer %n dyfais</numerusform>
            <numerusform>cadarnhadau’n ddyledus ar gyfer %n dyfais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed</source>
        <translation>
            <numerusform>methodd %n dyfais</numerusform>
            <numerusform>methodd %n dyfais</numerusform>
            <numerusform>methodd %n dyfais</numerusform>
            <numerusform>methodd %n dyfais</numerusform>
            <numerusform>methodd %n dyfais</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-key run %1: %2</source>
        <translation>Rhediad ailallweddu %1: %2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
    <message>
        <source>KEKs generated (%1)</source>
        <translation>KEKs wedi’u cynhyrchu (%1)</translation>
    </message>
    <message>
        <source>KEKs not generated yet</source>
        <translation>KEKs heb eu cynhyrchu eto</translation>
    </message>
    <message>
        <source>Transport Key entered (%1)</source>
        <translation>Allwedd Gludo wedi’i rhoi (%1)</translation>
    </message>
    <message>
        <source>No Transport Key entered yet</source>
        <translation>Dim Allwedd Gludo wedi’i rhoi eto</translation>
    </message>
    <message>
        <source>Shared Key exported (%1)</source>
        <translation>Allwedd a Rennir wedi’i hallforio (%1)</translation>
    </message>
    <message>
        <source>Shared Key imported (%1)</source>
        <translation>Allwedd a Rennir wedi’i mewnforio (%1)</translation>
    </message>
    <message>
        <source>No device came with migration keys</source>
        <translation>Ni ddaeth unrhyw ddyfais gydag allweddi mudo</translation>
    </message>
    <message>
        <source>Keys migrated: %1 of %2 devices</source>
        <translation>Allweddi wedi’u mudo: %1 o %2 dyfais</translation>
    </message>
    <message numerus="yes">
        <source>Every re-key run is closed (%n run(s))</source>
        <translation>
            <numerusform>Mae pob rhediad ailallweddu ar gau (%n rhediad)</numerusform>
            <numerusform>Mae pob rhediad ailallweddu ar gau (%n rhediad)</numerusform>
            <numerusform>Mae pob rhediad ailallweddu ar gau (%n rhediad)</numerusform>
            <numerusform>Mae pob rhediad ailallweddu ar gau (%n rhediad)</numerusform>
            <numerusform>Mae pob rhediad ailallweddu ar gau (%n rhediad)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: generate the KEKs (Ceremonies ▸ Generate KEKs), under a quorum of custodians.</source>
        <translation>Nesaf: cynhyrchu’r KEKs (Seremonïau ▸ Cynhyrchu KEKs), o dan gworwm o geidwaid.</translation>
    </message>
    <message>
        <source>Next: enter the Transport Key from its components (Ceremonies ▸ Transport Key from components).</source>
        <translation>Nesaf: rhoi’r Allwedd Gludo o’i chydrannau (Seremonïau ▸ Allwedd Gludo o gydrannau).</translation>
    </message>
    <message>
        <source>Next: import the inventory with its migration key columns (File ▸ Import inventory).</source>
        <translation>Nesaf: mewnforio’r rhestr eiddo gyda’i cholofnau allweddi mudo (Ffeil ▸ Mewnforio rhestr eiddo).</translation>
    </message>
    <message numerus="yes">
        <source>Next: migrate the keys of %n device(s) (Ceremonies ▸ Migration unwrap).</source>
        <translation>
            <numerusform>Nesaf: mudo allweddi %n dyfais (Seremonïau ▸ Dadlapio wrth fudo).</numerusform>
            <numerusform>Nesaf: mudo allweddi %n dyfais (Seremonïau ▸ Dadlapio wrth fudo).</numerusform>
            <numerusform>Nesaf: mudo allweddi %n dyfais (Seremonïau ▸ Dadlapio wrth fudo).</numerusform>
            <numerusform>Nesaf: mudo allweddi %n dyfais (Seremonïau ▸ Dadlapio wrth fudo).</numerusform>
            <numerusform>Nesaf: mudo allweddi %n dyfais (Seremonïau ▸ Dadlapio wrth fudo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: run re-key run %1 under a quorum (Re-key ▸ Re-key runs…, then Resume).</source>
        <translation>Nesaf: rhedeg rhediad ailallweddu %1 o dan gworwm (Ailallweddu ▸ Rhediadau ailallweddu…, yna Ailddechrau).</translation>
    </message>
    <message>
        <source>Next: issue re-key run %1&apos;s instruction batch to the DCO (Re-key ▸ Re-key runs…, Export batch).</source>
        <translation>Nesaf: cyhoeddi swp cyfarwyddiadau rhediad ailallweddu %1 i’r DCO (Ailallweddu ▸ Rhediadau ailallweddu…, Allforio swp).</translation>
    </message>
    <message>
        <source>Next: import the DCO&apos;s confirmations for re-key run %1 (Re-key ▸ Import DCO confirmations…).</source>
        <translation>Nesaf: mewnforio cadarnhadau’r DCO ar gyfer rhediad ailallweddu %1 (Ailallweddu ▸ Mewnforio cadarnhadau’r DCO…).</translation>
    </message>
    <message>
        <source>Nothing is outstanding: the ceremonies are done, the keys migrated, and no re-key run has work left.</source>
        <translation>Does dim byd yn ddyledus: mae’r seremonïau wedi’u gwneud, yr allweddi wedi’u mudo, ac nid oes gwaith ar ôl i unrhyw rediad ailallweddu.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check this pack yourself, with no workspace or token: &lt;code&gt;symbolon-cli journal verify --evidence-pack DIR --public-key EXPECTED.pem --cards EXPECTED-cards.json&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gwiriwch y pecyn hwn eich hun, heb weithle na thocyn: &lt;code&gt;symbolon-cli journal verify --evidence-pack DIR --public-key EXPECTED.pem --cards EXPECTED-cards.json&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The workspace&apos;s journal signing key is not available, so the evidence pack in %1 cannot be checked against it.</source>
        <translation>Nid yw allwedd llofnodi cyfnodolyn y gweithle ar gael, felly ni ellir gwirio’r pecyn tystiolaeth yn %1 yn ei herbyn.</translation>
    </message>
    <message>
        <source>The workspace&apos;s journal</source>
        <translation>Cyfnodolyn y gweithle</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be %3.</source>
        <translation>%1: rhaid i’r maes &quot;%2&quot; fod %3.</translation>
    </message>
    <message>
        <source>The pinned card list %1 cannot be read (%2): give the cards.json of an evidence pack you trust, or the file journal export-cards wrote.</source>
        <translation>Ni ellir darllen y rhestr gardiau wedi’i phinio %1 (%2): rhowch cards.json pecyn tystiolaeth yr ydych yn ymddiried ynddo, neu’r ffeil a ysgrifennodd journal export-cards.</translation>
    </message>
    <message>
        <source>The pinned card list %1 is larger than 4 MiB: it is not a card list.</source>
        <translation>Mae’r rhestr gardiau wedi’i phinio %1 yn fwy na 4 MiB: nid yw’n rhestr gardiau.</translation>
    </message>
    <message>
        <source>%1, line %2: not JSON (%3).</source>
        <translation>%1, llinell %2: nid yw’n JSON (%3).</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, llinell %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: it is not a card list.</source>
        <translation>Nid yw %1 yn wrthrych JSON: nid yw’n rhestr gardiau.</translation>
    </message>
    <message>
        <source>absent (a card list has format, card_signatures_required and cards)</source>
        <translation>yn absennol (mae gan restr gardiau format, card_signatures_required a cards)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true neu false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>yn rhestr</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>yn wrthrych</translation>
    </message>
    <message>
        <source>absent (a card has fingerprint, public_key and actors)</source>
        <translation>yn absennol (mae gan gerdyn fingerprint, public_key ac actors)</translation>
    </message>
    <message>
        <source>an EC P-256 public key (SubjectPublicKeyInfo DER, base64)</source>
        <translation>yn allwedd gyhoeddus EC P-256 (SubjectPublicKeyInfo DER, base64)</translation>
    </message>
    <message>
        <source>the SHA-256 of public_key (lowercase hex)</source>
        <translation>yn SHA-256 public_key (hecs mewn llythrennau bach)</translation>
    </message>
    <message>
        <source>a card not listed before (it repeats %1)</source>
        <translation>yn gerdyn na restrwyd o’r blaen (mae’n ailadrodd %1)</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>yn rhestr o enwau</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>yn enw</translation>
    </message>
    <message>
        <source>its first co-signature is on the checkpoint of entry #%1</source>
        <translation>mae ei gyd-lofnod cyntaf ar bwynt gwirio cofnod #%1</translation>
    </message>
    <message>
        <source>it co-signs no checkpoint in this pack</source>
        <translation>nid yw’n cyd-lofnodi unrhyw bwynt gwirio yn y pecyn hwn</translation>
    </message>
    <message>
        <source>the pack&apos;s cards.json lists card %1 (%2), which is not in the pinned card list %3: %4. The pack&apos;s card list was changed, or the card was enrolled after the pinned list was made.</source>
        <translation>mae cards.json y pecyn yn rhestru cerdyn %1 (%2), nad yw yn y rhestr gardiau wedi’i phinio %3: %4. Newidiwyd rhestr gardiau’r pecyn, neu cofrestrwyd y cerdyn ar ôl gwneud y rhestr wedi’i phinio.</translation>
    </message>
    <message>
        <source>the pack&apos;s cards.json gives card %1 another public key than the pinned card list %2: %3.</source>
        <translation>mae cards.json y pecyn yn rhoi allwedd gyhoeddus i gerdyn %1 sy’n wahanol i’r un yn y rhestr gardiau wedi’i phinio %2: %3.</translation>
    </message>
    <message>
        <source>the pack&apos;s cards.json says card %1 goes by &quot;%2&quot;, but the pinned card list %3 names it only %4: %5. The pack&apos;s card list was changed so that this card counts for another person&apos;s entries.</source>
        <translation>mae cards.json y pecyn yn dweud bod cerdyn %1 yn mynd wrth yr enw &quot;%2&quot;, ond mae’r rhestr gardiau wedi’i phinio %3 yn ei enwi’n %4 yn unig: %5. Newidiwyd rhestr gardiau’r pecyn fel bod y cerdyn hwn yn cyfrif ar gyfer cofnodion person arall.</translation>
    </message>
    <message>
        <source>the checkpoint of entry #%1 is co-signed by card %2, which is not in the pinned card list %3.</source>
        <translation>mae pwynt gwirio cofnod #%1 wedi’i gyd-lofnodi gan gerdyn %2, nad yw yn y rhestr gardiau wedi’i phinio %3.</translation>
    </message>
    <message>
        <source>the workspace&apos;s site register</source>
        <translation>cofrestr safle’r gweithle</translation>
    </message>
    <message>
        <source>The site register is not trusted (%1): its card list cannot be pinned.</source>
        <translation>Nid ymddiriedir yng nghofrestr y safle (%1): ni ellir pinio ei rhestr gardiau.</translation>
    </message>
    <message>
        <source>%1 exists: choose a new file (a pinned card list is never overwritten).</source>
        <translation>Mae %1 yn bodoli: dewiswch ffeil newydd (nid yw rhestr gardiau wedi’i phinio byth yn cael ei throsysgrifo).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Ni ellir ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signers by span&lt;/h2&gt;&lt;p&gt;Each checkpoint is signed by the journal signing key and co-signed by the card of the person whose session made it: a card&apos;s signature covers the entries since the checkpoint before it (and, through the chain, every earlier entry).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;entries&lt;/th&gt;&lt;th&gt;holder&lt;/th&gt;&lt;th&gt;role&lt;/th&gt;&lt;th&gt;card serial&lt;/th&gt;&lt;th&gt;card key fingerprint (SHA-256)&lt;/th&gt;&lt;th&gt;last signed (UTC)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Llofnodwyr fesul ystod&lt;/h2&gt;&lt;p&gt;Caiff pob pwynt gwirio ei lofnodi gan allwedd llofnodi’r cyfnodolyn a’i gyd-lofnodi gan gerdyn y person a’i gwnaeth yn ei sesiwn: mae llofnod cerdyn yn cwmpasu’r cofnodion ers y pwynt gwirio o’i flaen (a, drwy’r gadwyn, pob cofnod cynharach).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;cofnodion&lt;/th&gt;&lt;th&gt;deiliad&lt;/th&gt;&lt;th&gt;rôl&lt;/th&gt;&lt;th&gt;rhif cyfresol y cerdyn&lt;/th&gt;&lt;th&gt;ôl bys allwedd y cerdyn (SHA-256)&lt;/th&gt;&lt;th&gt;llofnodwyd ddiwethaf (UTC)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>no card co-signed (journal signing key only)</source>
        <translation>ni chyd-lofnododd unrhyw gerdyn (allwedd llofnodi’r cyfnodolyn yn unig)</translation>
    </message>
    <message>
        <source>a card the site register does not list</source>
        <translation>cerdyn nad yw cofrestr y safle yn ei restru</translation>
    </message>
    <message>
        <source>no checkpoint in this pack covers these entries yet</source>
        <translation>nid oes pwynt gwirio yn y pecyn hwn yn cwmpasu’r cofnodion hyn eto</translation>
    </message>
</context>
<context>
    <name>symbolon::ceremony</name>
    <message>
        <source>Generate the DCO Key and the Shared Key</source>
        <translation>Cynhyrchu&apos;r Allwedd DCO a&apos;r Allwedd a Rennir</translation>
    </message>
    <message>
        <source>Transport Key from clear components</source>
        <translation>Allwedd Gludo o gydrannau clir</translation>
    </message>
    <message>
        <source>Export the Shared Key to an S1SP</source>
        <translation>Allforio&apos;r Allwedd a Rennir i S1SP</translation>
    </message>
    <message>
        <source>Import a Shared Key package</source>
        <translation>Mewnforio pecyn Allwedd a Rennir</translation>
    </message>
    <message>
        <source>Migration unwrap of device keys</source>
        <translation>Dadlapio allweddi dyfeisiau wrth fudo</translation>
    </message>
    <message>
        <source>%1 and %2: AES-128 token objects generated inside the HSM; the DCO Key sensitive and never extractable; the Shared Key sensitive, extractable only wrapped</source>
        <translation>%1 a %2: gwrthrychau tocyn AES-128 a gynhyrchwyd y tu mewn i&apos;r HSM; Allwedd DCO yn sensitif ac na ellir byth ei hechdynnu; yr Allwedd a Rennir yn sensitif, y gellir ei hechdynnu wedi&apos;i lapio yn unig</translation>
    </message>
    <message>
        <source>CMAC-5B and ECB-3B of each, computed inside the HSM</source>
        <translation>CMAC-5B ac ECB-3B pob un, wedi&apos;u cyfrifo y tu mewn i&apos;r HSM</translation>
    </message>
    <message>
        <source>either key already exists (nothing is changed)</source>
        <translation>mae&apos;r naill allwedd neu&apos;r llall yn bodoli eisoes (ni newidir dim)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: AES-128 token object, the XOR of %2 clear components typed by different custodians</source>
        <translation>&quot;%1&quot;: gwrthrych tocyn AES-128, XOR %2 cydran glir a deipiwyd gan geidwaid gwahanol</translation>
    </message>
    <message>
        <source>CMAC-5B of each component and of the Transport Key</source>
        <translation>CMAC-5B pob cydran a&apos;r Allwedd Gludo</translation>
    </message>
    <message>
        <source>%1, RFC 3394-wrapped under &quot;%2&quot;, in a key package signed by the journal signing key</source>
        <translation>%1, wedi&apos;i lapio (RFC 3394) o dan &quot;%2&quot;, mewn pecyn allwedd wedi&apos;i lofnodi ag allwedd llofnodi&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>%1 from the verified package %2 (stated KCV %3), unwrapped under &quot;%4&quot; as a token object</source>
        <translation>%1 o&apos;r pecyn wedi&apos;i ddilysu %2 (KCV a nodwyd %3), wedi&apos;i ddadlapio o dan &quot;%4&quot; fel gwrthrych tocyn</translation>
    </message>
    <message>
        <source>the Transport Key named in the package</source>
        <translation>yr Allwedd Gludo a enwir yn y pecyn</translation>
    </message>
    <message>
        <source>every device&apos;s migration MK, AK and GUEK (RFC 3394 under &quot;%1&quot;) inside the HSM</source>
        <translation>MK, AK a GUEK mudo pob dyfais (RFC 3394 o dan &quot;%1&quot;) y tu mewn i&apos;r HSM</translation>
    </message>
    <message>
        <source>MK and AK under the DCO Key, GUEK under the Shared Key</source>
        <translation>MK ac AK o dan yr Allwedd DCO, GUEK o dan yr Allwedd a Rennir</translation>
    </message>
    <message>
        <source>all or nothing per chunk; resumable</source>
        <translation>popeth neu ddim fesul talp; gellir ailddechrau</translation>
    </message>
    <message>
        <source>Ceremony: %1 (%2 profile)
</source>
        <translation>Seremoni: %1 (proffil %2)
</translation>
    </message>
    <message>
        <source>Run by: %1 (%2)
</source>
        <translation>Rhedwyd gan: %1 (%2)
</translation>
    </message>
    <message>
        <source>Approved by: %1
</source>
        <translation>Cymeradwywyd gan: %1
</translation>
    </message>
    <message>
        <source>Started: %1  Finished: %2
</source>
        <translation>Dechreuwyd: %1  Gorffennwyd: %2
</translation>
    </message>
    <message>
        <source>Path: %1
</source>
        <translation>Llwybr: %1
</translation>
    </message>
    <message>
        <source>FALLBACK (not for live keys): %1
</source>
        <translation>WRTH GEFN (nid ar gyfer allweddi byw): %1
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Nodyn: %1
</translation>
    </message>
    <message>
        <source>Cancelled before completion; everything reported above was committed.
</source>
        <translation>Canslwyd cyn cwblhau; ymrwymwyd popeth a adroddwyd uchod.
</translation>
    </message>
    <message>
        <source>The key token already holds &quot;%1&quot;: KEKs are generated once. Nothing was changed.</source>
        <translation>Mae&apos;r tocyn allweddi eisoes yn dal &quot;%1&quot;: cynhyrchir KEKs unwaith. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Development profile: the Shared Key may be wrapped under any wrapping key (CKA_WRAP_WITH_TRUSTED false), because no user can mark a Transport Key trusted; both KEKs may decrypt (CKA_DECRYPT) for the clear-key unpackaging fallback. Not for live keys.</source>
        <translation>Proffil datblygu: caiff yr Allwedd a Rennir ei lapio o dan unrhyw allwedd lapio (CKA_WRAP_WITH_TRUSTED false), gan na all unrhyw ddefnyddiwr nodi Allwedd Gludo yn ddibynadwy; caiff y ddau KEK ddadgryptio (CKA_DECRYPT) ar gyfer y dull wrth gefn dadbecynnu allwedd glir. Nid ar gyfer allweddi byw.</translation>
    </message>
    <message>
        <source>The key package is not complete JSON (truncated or damaged near byte %1: %2). Ask the sender for the file again.</source>
        <translation>Nid yw&apos;r pecyn allwedd yn JSON cyflawn (wedi&apos;i gwtogi neu wedi&apos;i ddifrodi ger beit %1: %2). Gofynnwch i&apos;r anfonwr am y ffeil eto.</translation>
    </message>
    <message>
        <source>This file is not a Symbolon key package (field &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Nid pecyn allwedd Symbolon yw&apos;r ffeil hon (nid &quot;%1&quot; yw&apos;r maes &quot;format&quot;).</translation>
    </message>
    <message>
        <source>The key package has version %1; this Symbolon reads version %2 only.</source>
        <translation>Mae gan y pecyn allwedd fersiwn %1; dim ond fersiwn %2 y mae&apos;r Symbolon hwn yn ei darllen.</translation>
    </message>
    <message>
        <source>The key package lacks the field &quot;%1&quot; (or it is empty).</source>
        <translation>Nid oes gan y pecyn allwedd y maes &quot;%1&quot; (neu mae&apos;n wag).</translation>
    </message>
    <message>
        <source>The key package uses wrapping &quot;%1&quot;; only &quot;RFC 3394&quot; is accepted.</source>
        <translation>Mae&apos;r pecyn allwedd yn defnyddio&apos;r lapio &quot;%1&quot;; dim ond &quot;RFC 3394&quot; a dderbynnir.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;wrapped_key&quot; must be 48 hexadecimal digits (an RFC 3394-wrapped AES-128 key); it has %1 characters.</source>
        <translation>Rhaid i &quot;wrapped_key&quot; y pecyn allwedd fod yn 48 digid hecsadegol (allwedd AES-128 wedi&apos;i lapio gydag RFC 3394); mae ganddo %1 nod.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;created_at&quot; is not an ISO 8601 time.</source>
        <translation>Nid yw &quot;created_at&quot; y pecyn allwedd yn amser ISO 8601.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;signature&quot; is not base64.</source>
        <translation>Nid yw &quot;signature&quot; y pecyn allwedd yn base64.</translation>
    </message>
    <message>
        <source>The key package was signed by an unknown key (fingerprint %1…); the expected signer is %2…. Refused: confirm the sender&apos;s journal signing key out of band.</source>
        <translation>Llofnodwyd y pecyn allwedd gan allwedd anhysbys (ôl bys %1…); y llofnodwr disgwyliedig yw %2…. Gwrthodwyd: cadarnhewch allwedd llofnodi cyfnodolyn yr anfonwr y tu allan i&apos;r sianel.</translation>
    </message>
    <message>
        <source>The key package&apos;s signature does not verify: the package was altered after signing. Refused.</source>
        <translation>Nid yw llofnod y pecyn allwedd yn dilysu: newidiwyd y pecyn ar ôl ei lofnodi. Gwrthodwyd.</translation>
    </message>
    <message>
        <source>The public key file is not a PEM &quot;PUBLIC KEY&quot;.</source>
        <translation>Nid yw&apos;r ffeil allwedd gyhoeddus yn &quot;PUBLIC KEY&quot; PEM.</translation>
    </message>
    <message>
        <source>The public key file does not hold an EC P-256 public key.</source>
        <translation>Nid yw&apos;r ffeil allwedd gyhoeddus yn dal allwedd gyhoeddus EC P-256.</translation>
    </message>
    <message>
        <source>device %1, %2 of client %3</source>
        <translation>dyfais %1, %2 cleient %3</translation>
    </message>
    <message>
        <source>device %1, %2</source>
        <translation>dyfais %1, %2</translation>
    </message>
    <message>
        <source>The chunk size must be at least 1.</source>
        <translation>Rhaid i faint y talp fod yn 1 o leiaf.</translation>
    </message>
    <message>
        <source>Transport Key</source>
        <translation>Allwedd Gludo</translation>
    </message>
    <message>
        <source>Device %1: the migration keys have the wrong sizes (MK %2, AK %3, GUEK %4 bytes; expected 24, 96, 96).</source>
        <translation>Dyfais %1: mae gan yr allweddi mudo&apos;r meintiau anghywir (MK %2, AK %3, GUEK %4 beit; disgwylid 24, 96, 96).</translation>
    </message>
    <message>
        <source>%1 (%2), card &quot;%3&quot; serial %4, share %5, at %6</source>
        <translation>%1 (%2), cerdyn &quot;%3&quot; rhif cyfresol %4, cyfran %5, am %6</translation>
    </message>
    <message>
        <source>The key check value &quot;%1&quot; does not name its method (CMAC-5B or ECB-3B).</source>
        <translation>Nid yw&apos;r gwerth gwirio allwedd &quot;%1&quot; yn enwi ei ddull (CMAC-5B neu ECB-3B).</translation>
    </message>
    <message>
        <source> The Shared Key may only be wrapped under a Transport Key the HSM&apos;s security officer has marked trusted (CKA_TRUSTED).</source>
        <translation> Dim ond o dan Allwedd Gludo y mae swyddog diogelwch yr HSM wedi&apos;i nodi&apos;n ddibynadwy (CKA_TRUSTED) y caniateir lapio&apos;r Allwedd a Rennir.</translation>
    </message>
    <message>
        <source>The key package carries a &quot;%1&quot;, not a Shared Key: refused.</source>
        <translation>Mae&apos;r pecyn allwedd yn cario &quot;%1&quot;, nid Allwedd a Rennir: gwrthodwyd.</translation>
    </message>
    <message>
        <source>Wrong Transport Key: the package was wrapped under a key with %1, but &quot;%2&quot; on this token has %3. Build the Transport Key from the components agreed with the sender.</source>
        <translation>Allwedd Gludo anghywir: lapiwyd y pecyn o dan allwedd â %1, ond mae gan &quot;%2&quot; ar y tocyn hwn %3. Adeiladwch yr Allwedd Gludo o&apos;r cydrannau a gytunwyd gyda&apos;r anfonwr.</translation>
    </message>
    <message>
        <source>The unwrapped key has %1, but the package says %2: refused and removed.</source>
        <translation>Mae gan yr allwedd wedi&apos;i dadlapio %1, ond mae&apos;r pecyn yn dweud %2: gwrthodwyd a&apos;i thynnu.</translation>
    </message>
    <message>
        <source>Component %1: character %2 is not a hexadecimal digit (0-9, A-F). Expected exactly 32 hexadecimal digits.</source>
        <translation>Cydran %1: nid yw nod %2 yn ddigid hecsadegol (0-9, A-F). Disgwylid union 32 digid hecsadegol.</translation>
    </message>
    <message>
        <source>Component %1: %2 hexadecimal digits were entered; expected exactly 32 (16 bytes).</source>
        <translation>Cydran %1: rhoddwyd %2 digid hecsadegol; disgwylid union 32 (16 beit).</translation>
    </message>
    <message>
        <source>Component %1 is all zeros: that is no secret. Enter the component from its sealed envelope.</source>
        <translation>Mae cydran %1 yn seroau i gyd: nid cyfrinach yw hynny. Rhowch y gydran o&apos;i hamlen wedi&apos;i selio.</translation>
    </message>
    <message>
        <source>A Transport Key is built from 2 or 3 components; %1 were entered.</source>
        <translation>Adeiladir Allwedd Gludo o 2 neu 3 cydran; rhoddwyd %1.</translation>
    </message>
    <message>
        <source>Component %1 is the same as component %2: each custodian must enter their own component.</source>
        <translation>Mae cydran %1 yr un fath â chydran %2: rhaid i bob ceidwad roi ei gydran ei hun.</translation>
    </message>
    <message>
        <source>The key token already holds &quot;%1&quot;: choose another label. Nothing was changed.</source>
        <translation>Mae&apos;r tocyn allweddi eisoes yn dal &quot;%1&quot;: dewiswch label arall. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Cydran %1</translation>
    </message>
    <message>
        <source>Re-key run %1</source>
        <translation>Rhediad ailallweddu %1</translation>
    </message>
    <message>
        <source>new keys inside the HSM per device, RFC 3394-wrapped under the device&apos;s current MK for the DCO&apos;s global_key_transfer, packaged under the DCO Key (AK, MK) or the Shared Key (GUEK)</source>
        <translation>allweddi newydd y tu mewn i&apos;r HSM ar gyfer pob dyfais, wedi&apos;u lapio (RFC 3394) o dan MK cyfredol y ddyfais ar gyfer global_key_transfer y DCO, wedi&apos;u pecynnu o dan yr Allwedd DCO (AK, MK) neu&apos;r Allwedd a Rennir (GUEK)</translation>
    </message>
    <message>
        <source>all or nothing per chunk; resumable; instructions only from committed chunks</source>
        <translation>popeth neu ddim fesul talp; gellir ailddechrau; cyfarwyddiadau o dalpiau a ymrwymwyd yn unig</translation>
    </message>
    <message>
        <source>This file is JSON but not a Symbolon key package (a key package is one JSON object).</source>
        <translation>Mae&apos;r ffeil hon yn JSON ond nid yw&apos;n becyn allwedd Symbolon (un gwrthrych JSON yw pecyn allwedd).</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;version&quot; must be a number; this Symbolon reads version %1.</source>
        <translation>Rhaid i &quot;version&quot; y pecyn allwedd fod yn rhif; mae&apos;r Symbolon hwn yn darllen fersiwn %1.</translation>
    </message>
    <message>
        <source>The key package lacks the field &quot;approvals&quot; (a list of the quorum&apos;s approvals).</source>
        <translation>Nid oes gan y pecyn allwedd y maes &quot;approvals&quot; (rhestr o gymeradwyaethau&apos;r cworwm).</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;wrapped_key&quot; has a character that is not a hexadecimal digit at position %1; expected 48 hexadecimal digits (an RFC 3394-wrapped AES-128 key).</source>
        <translation>Mae gan &quot;wrapped_key&quot; y pecyn allwedd nod nad yw&apos;n ddigid hecsadegol yn safle %1; disgwylid 48 digid hecsadegol (allwedd AES-128 wedi&apos;i lapio gydag RFC 3394).</translation>
    </message>
    <message>
        <source>The ceremony completed and is recorded in the journal (entry #%1), but the journal head could not be signed: %2. Nothing needs to be repeated: the next operation on this workspace signs the head.</source>
        <translation>Cwblhawyd y seremoni ac fe&apos;i cofnodwyd yn y cyfnodolyn (cofnod #%1), ond ni ellid llofnodi pen y cyfnodolyn: %2. Nid oes angen ailadrodd dim: mae&apos;r gweithrediad nesaf ar y gweithle hwn yn llofnodi&apos;r pen.</translation>
    </message>
    <message>
        <source>The key package is %1 bytes long; a key package is at most %2 bytes. Ask the sender for the file again.</source>
        <translation>Mae’r pecyn allwedd yn %1 beit o hyd; mae pecyn allwedd yn %2 beit ar y mwyaf. Gofynnwch i’r anfonwr am y ffeil eto.</translation>
    </message>
    <message>
        <source>The key package is refused: %1.</source>
        <translation>Gwrthodir y pecyn allwedd: %1.</translation>
    </message>
    <message>
        <source>The key package has a field &quot;%1&quot; that the format does not have; its signature would not cover it, so the package is refused.</source>
        <translation>Mae gan y pecyn allwedd faes &quot;%1&quot; nad yw yn y fformat; ni fyddai ei lofnod yn ei gynnwys, felly gwrthodir y pecyn.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;approvals&quot; must list the approvals as text.</source>
        <translation>Rhaid i &quot;approvals&quot; y pecyn allwedd restru’r cymeradwyaethau fel testun.</translation>
    </message>
    <message>
        <source>The KEKs were generated at %1 (journal entry #%2): they are generated once. No quorum was convened.</source>
        <translation>Cynhyrchwyd y KEKs am %1 (cofnod cyfnodolyn #%2): fe’u cynhyrchir unwaith. Ni alwyd cworwm.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Ni ellir ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Key package written to %1; the signer&apos;s public key to %1.signer.pem (send it by another channel).</source>
        <translation>Ysgrifennwyd y pecyn allwedd i %1; allwedd gyhoeddus y llofnodwr i %1.signer.pem (anfonwch hi drwy sianel arall).</translation>
    </message>
    <message>
        <source>The migration ceremony was started without its workspace.</source>
        <translation>Dechreuwyd y seremoni fudo heb ei gweithle.</translation>
    </message>
    <message>
        <source>A re-key run is executed by the re-key engine, not as a ceremony body.</source>
        <translation>Peiriant ailallweddu sy’n gweithredu rhediad ailallweddu, nid corff seremoni.</translation>
    </message>
    <message>
        <source>A Shared Key was imported at %1 (journal entry #%2): the key token holds one, and an import is refused on a token that does. No quorum was convened.</source>
        <translation>Mewnforiwyd Allwedd a Rennir am %1 (cofnod cyfnodolyn #%2): mae gan y tocyn allweddi un, a gwrthodir mewnforio i docyn sydd ag un. Ni alwyd cworwm.</translation>
    </message>
    <message>
        <source>This key token&apos;s Shared Key was generated with the KEKs at %1 (journal entry #%2): a Shared Key is imported only into a key token that has none. No quorum was convened.</source>
        <translation>Cynhyrchwyd Allwedd a Rennir y tocyn allweddi hwn gyda’r KEKs am %1 (cofnod cyfnodolyn #%2): dim ond i docyn allweddi heb un y mewnforir Allwedd a Rennir. Ni alwyd cworwm.</translation>
    </message>
    <message>
        <source>The migration unwrap completed at %1 (journal entry #%2) and no inventory was imported since: every device&apos;s keys are packaged. No quorum was convened.</source>
        <translation>Cwblhawyd y dadlapio wrth fudo am %1 (cofnod cyfnodolyn #%2) ac ni fewnforiwyd rhestr eiddo ers hynny: mae allweddi pob dyfais wedi’u pecynnu. Ni alwyd cworwm.</translation>
    </message>
    <message>
        <source>2 keys (the DCO Key and the Shared Key)</source>
        <translation>2 allwedd (Allwedd y DCO a’r Allwedd a Rennir)</translation>
    </message>
    <message numerus="yes">
        <source>the Transport Key and its %n clear components</source>
        <translation>
            <numerusform>yr Allwedd Gludo a’i %n cydran glir</numerusform>
            <numerusform>yr Allwedd Gludo a’i %n cydran glir</numerusform>
            <numerusform>yr Allwedd Gludo a’i %n cydran glir</numerusform>
            <numerusform>yr Allwedd Gludo a’i %n cydran glir</numerusform>
            <numerusform>yr Allwedd Gludo a’i %n cydran glir</numerusform>
        </translation>
    </message>
    <message>
        <source>the Transport Key</source>
        <translation>yr Allwedd Gludo</translation>
    </message>
    <message>
        <source>1 key (the Shared Key)</source>
        <translation>1 allwedd (yr Allwedd a Rennir)</translation>
    </message>
    <message>
        <source>up to %1 devices, 3 keys each (MK, AK, GUEK): up to %2 keys</source>
        <translation>hyd at %1 dyfais, 3 allwedd yr un (MK, AK, GUEK): hyd at %2 allwedd</translation>
    </message>
    <message>
        <source>%1 devices, each new key of the run</source>
        <translation>%1 dyfais, pob allwedd newydd yn y rhediad</translation>
    </message>
    <message>
        <source>%1 — for %2</source>
        <translation>%1 — ar gyfer %2</translation>
    </message>
    <message>
        <source>%1 No quorum was convened.</source>
        <translation>%1 Ni chynullwyd cworwm.</translation>
    </message>
    <message>
        <source>Readiness check of the key token</source>
        <translation>Gwiriad parodrwydd y tocyn allweddi</translation>
    </message>
    <message>
        <source>every key-token operation Symbolon needs, on session objects made from RFC 3394&apos;s published test keys, each answer compared with the published one</source>
        <translation>pob gweithrediad tocyn allweddi sydd ei angen ar Symbolon, ar wrthrychau sesiwn a wnaed o allweddi prawf cyhoeddedig RFC 3394, gan gymharu pob ateb â&apos;r un cyhoeddedig</translation>
    </message>
    <message>
        <source>nothing: every object it makes is destroyed</source>
        <translation>dim: dinistrir pob gwrthrych y mae&apos;n ei wneud</translation>
    </message>
    <message>
        <source>%1 (published test keys only)</source>
        <translation>%1 (allweddi prawf cyhoeddedig yn unig)</translation>
    </message>
    <message>
        <source>Ready: every operation this site needs works on this token.</source>
        <translation>Yn barod: mae pob gweithrediad sydd ei angen ar y safle hwn yn gweithio ar y tocyn hwn.</translation>
    </message>
    <message>
        <source>NOT READY: the token cannot do what this site needs (see the FAILED rows).</source>
        <translation>DDIM YN BAROD: ni all y tocyn wneud yr hyn sydd ei angen ar y safle hwn (gweler y rhesi A FETHODD).</translation>
    </message>
    <message>
        <source>Check: %1 — %2, %3: %4 (%5)
</source>
        <translation>Gwiriad: %1 — %2, %3: %4 (%5)
</translation>
    </message>
    <message>
        <source>The KEK rollover was started without its workspace.</source>
        <translation>Dechreuwyd rholio’r KEK ymlaen heb ei weithle.</translation>
    </message>
    <message>
        <source>Destroying a KEK version was started without its workspace.</source>
        <translation>Dechreuwyd dinistrio fersiwn KEK heb ei weithle.</translation>
    </message>
    <message>
        <source>%1 packages under %2 v%3, each unpackaged twice</source>
        <translation>%1 pecyn o dan %2 v%3, pob un wedi’i ddadbecynnu ddwywaith</translation>
    </message>
    <message>
        <source>Resume the rollover of the %1</source>
        <translation>Ailddechrau rholio’r %1 ymlaen</translation>
    </message>
    <message>
        <source>Roll the %1 over to a new version</source>
        <translation>Rholio’r %1 ymlaen i fersiwn newydd</translation>
    </message>
    <message>
        <source>Destroy %1 v%2</source>
        <translation>Dinistrio %1 v%2</translation>
    </message>
    <message>
        <source>the active version of the Shared Key</source>
        <translation>fersiwn gweithredol yr Allwedd a Rennir</translation>
    </message>
    <message>
        <source>nothing: the new version exists; the interrupted rollover goes on</source>
        <translation>dim: mae’r fersiwn newydd yn bod; mae’r rholio ymlaen a dorrwyd yn parhau</translation>
    </message>
    <message>
        <source>%1 v%2: AES-128, generated inside the HSM with the same attributes as v%3; new packages go under it from then on</source>
        <translation>%1 v%2: AES-128, wedi’i gynhyrchu y tu mewn i’r HSM gyda’r un priodoleddau â v%3; mae pecynnau newydd yn mynd o dano o hynny ymlaen</translation>
    </message>
    <message>
        <source>every package under %1 v%2 (%3 now): unpackaged under it inside the HSM, its KCV checked, packaged under the new version, opened again and its KCV checked</source>
        <translation>pob pecyn o dan %1 v%2 (%3 nawr): wedi’i ddadbecynnu oddi tano y tu mewn i’r HSM, ei KCV wedi’i wirio, wedi’i becynnu o dan y fersiwn newydd, wedi’i agor eto a’i KCV wedi’i wirio</translation>
    </message>
    <message>
        <source>all or nothing per chunk; resumable; every package is under exactly one version at every moment</source>
        <translation>popeth neu ddim fesul talp; gellir ailddechrau; mae pob pecyn o dan union un fersiwn bob amser</translation>
    </message>
    <message>
        <source>%1 v%2 in the HSM (C_DestroyObject), after its KCV is checked; refused while any package refers to it</source>
        <translation>%1 v%2 yn yr HSM (C_DestroyObject), ar ôl gwirio ei KCV; gwrthodir tra bo unrhyw becyn yn cyfeirio ato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The workspace has no active version of the %1.</source>
        <translation>Nid oes gan y gweithle fersiwn gweithredol o’r %1.</translation>
    </message>
    <message>
        <source>The workspace marks %1 active, but it records %2 too: versions only move forward, so its KEK records were altered. Nothing was done: compare them with the journal&apos;s rollover entries before any ceremony runs.</source>
        <translation>Mae’r gweithle’n nodi %1 yn weithredol, ond mae’n cofnodi %2 hefyd: dim ond ymlaen y mae fersiynau’n symud, felly newidiwyd ei gofnodion KEK. Ni wnaed dim: cymharwch nhw â chofnodion rholio ymlaen y cyfnodolyn cyn i unrhyw seremoni redeg.</translation>
    </message>
    <message>
        <source>key record %1 (device %2, %3 of client %4)</source>
        <translation>cofnod allwedd %1 (dyfais %2, %3 cleient %4)</translation>
    </message>
    <message>
        <source>key record %1 (device %2, %3)</source>
        <translation>cofnod allwedd %1 (dyfais %2, %3)</translation>
    </message>
    <message>
        <source>%1: its package opens under %2 to KCV %3, but the record says %4. The package was altered or is not under this version. The rollover stopped before this chunk was committed; nothing of it changed. Treat it as an incident and compare the record with the journal and the evidence packs.</source>
        <translation>%1: mae ei becyn yn agor o dan %2 i KCV %3, ond mae’r cofnod yn dweud %4. Newidiwyd y pecyn neu nid yw o dan y fersiwn hwn. Stopiodd y rholio ymlaen cyn ymrwymo’r talp hwn; ni newidiodd dim ohono. Trinwch hyn fel digwyddiad a chymharwch y cofnod â’r cyfnodolyn a’r pecynnau tystiolaeth.</translation>
    </message>
    <message>
        <source>%1: the new package under %2 opens to KCV %3, not %4. The key token did not package the key it was given; nothing of this chunk was committed.</source>
        <translation>%1: mae’r pecyn newydd o dan %2 yn agor i KCV %3, nid %4. Ni phecynnodd y tocyn allweddi yr allwedd a roddwyd iddo; ni ymrwymwyd dim o’r talp hwn.</translation>
    </message>
    <message>
        <source>The journal records that a rollover to %1 started (entry #%2), but the workspace has no record of that version: its KEK records were rolled back or altered. Nothing was done: compare the workspace with the evidence packs and the journal before any ceremony runs.</source>
        <translation>Mae’r cyfnodolyn yn cofnodi bod rholio ymlaen i %1 wedi dechrau (cofnod #%2), ond nid oes gan y gweithle gofnod o’r fersiwn hwnnw: dychwelwyd ei gofnodion KEK i gyflwr cynharach neu fe’u newidiwyd. Ni wnaed dim: cymharwch y gweithle â’r pecynnau tystiolaeth a’r cyfnodolyn cyn i unrhyw seremoni redeg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was on the key token without a record: left by a rollover start that was interrupted before it committed. Nothing was packaged under it; it was destroyed and made again.</source>
        <translation>Roedd &quot;%1&quot; ar y tocyn allweddi heb gofnod: wedi’i adael gan ddechrau rholio ymlaen a dorrwyd cyn iddo ymrwymo. Ni phecynnwyd dim oddi tano; fe’i dinistriwyd a’i wneud eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are still under %1 after the last chunk: the rollover stays running. Run it again.</source>
        <translation>
            <numerusform>Mae %n pecyn o dan %1 o hyd ar ôl y talp olaf: mae’r rholio ymlaen yn dal i redeg. Rhedwch ef eto.</numerusform>
            <numerusform>Mae %n pecyn o dan %1 o hyd ar ôl y talp olaf: mae’r rholio ymlaen yn dal i redeg. Rhedwch ef eto.</numerusform>
            <numerusform>Mae %n pecyn o dan %1 o hyd ar ôl y talp olaf: mae’r rholio ymlaen yn dal i redeg. Rhedwch ef eto.</numerusform>
            <numerusform>Mae %n pecyn o dan %1 o hyd ar ôl y talp olaf: mae’r rholio ymlaen yn dal i redeg. Rhedwch ef eto.</numerusform>
            <numerusform>Mae %n pecyn o dan %1 o hyd ar ôl y talp olaf: mae’r rholio ymlaen yn dal i redeg. Rhedwch ef eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>A KEK rollover needs the SMKI PMA&apos;s instruction: its ground (major-incident or control-shortfall) and its reference (CKMP (b)(iii), (d)(vi)). %1</source>
        <translation>Mae rholio KEK ymlaen yn gofyn am gyfarwyddyd y SMKI PMA: ei sail (major-incident neu control-shortfall) a’i gyfeirnod (CKMP (b)(iii), (d)(vi)). %1</translation>
    </message>
    <message>
        <source>The chunk size must be between 1 and 100000 packages.</source>
        <translation>Rhaid i faint y talp fod rhwng 1 a 100000 pecyn.</translation>
    </message>
    <message>
        <source>Rollover %1 names %2 and v%3, but they are not the retiring and the active version. Nothing was done.</source>
        <translation>Mae rholio ymlaen %1 yn enwi %2 a v%3, ond nid nhw yw’r fersiwn sy’n ymddeol a’r fersiwn gweithredol. Ni wnaed dim.</translation>
    </message>
    <message>
        <source>The workspace has no %1.</source>
        <translation>Nid oes gan y gweithle %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is retiring: a rollover is still moving its %n package(s). Finish the rollover first; nothing was changed.</source>
        <translation>
            <numerusform>Mae %1 yn ymddeol: mae rholio ymlaen yn dal i symud ei %n pecyn. Gorffennwch y rholio ymlaen yn gyntaf; ni newidiwyd dim.</numerusform>
            <numerusform>Mae %1 yn ymddeol: mae rholio ymlaen yn dal i symud ei %n pecyn. Gorffennwch y rholio ymlaen yn gyntaf; ni newidiwyd dim.</numerusform>
            <numerusform>Mae %1 yn ymddeol: mae rholio ymlaen yn dal i symud ei %n pecyn. Gorffennwch y rholio ymlaen yn gyntaf; ni newidiwyd dim.</numerusform>
            <numerusform>Mae %1 yn ymddeol: mae rholio ymlaen yn dal i symud ei %n pecyn. Gorffennwch y rholio ymlaen yn gyntaf; ni newidiwyd dim.</numerusform>
            <numerusform>Mae %1 yn ymddeol: mae rholio ymlaen yn dal i symud ei %n pecyn. Gorffennwch y rholio ymlaen yn gyntaf; ni newidiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was destroyed already.</source>
        <translation>Dinistriwyd %1 eisoes.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are still under %1: it cannot be destroyed while any package refers to it. Nothing was changed.</source>
        <translation>
            <numerusform>Mae %n pecyn o dan %1 o hyd: ni ellir ei ddinistrio tra bo unrhyw becyn yn cyfeirio ato. Ni newidiwyd dim.</numerusform>
            <numerusform>Mae %n pecyn o dan %1 o hyd: ni ellir ei ddinistrio tra bo unrhyw becyn yn cyfeirio ato. Ni newidiwyd dim.</numerusform>
            <numerusform>Mae %n pecyn o dan %1 o hyd: ni ellir ei ddinistrio tra bo unrhyw becyn yn cyfeirio ato. Ni newidiwyd dim.</numerusform>
            <numerusform>Mae %n pecyn o dan %1 o hyd: ni ellir ei ddinistrio tra bo unrhyw becyn yn cyfeirio ato. Ni newidiwyd dim.</numerusform>
            <numerusform>Mae %n pecyn o dan %1 o hyd: ni ellir ei ddinistrio tra bo unrhyw becyn yn cyfeirio ato. Ni newidiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was no longer on the key token (a destroy interrupted after C_DestroyObject); the record now says so.</source>
        <translation>Nid oedd &quot;%1&quot; ar y tocyn allweddi mwyach (dinistrio a dorrwyd ar ôl C_DestroyObject); mae’r cofnod yn dweud hynny bellach.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;key_version&quot; must be a whole number from 2 to 1000000 (version 1 is written without it).</source>
        <translation>Rhaid i &quot;key_version&quot; y pecyn allwedd fod yn rhif cyfan o 2 i 1000000 (ysgrifennir fersiwn 1 hebddo).</translation>
    </message>
    <message>
        <source>The key token already holds &quot;%1&quot;: refused, nothing was changed.</source>
        <translation>Mae’r tocyn allweddi eisoes yn dal &quot;%1&quot;: gwrthodwyd, ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The workspace already records %1 (%2): the package&apos;s v%3 is not newer. No quorum was convened.</source>
        <translation>Mae’r gweithle eisoes yn cofnodi %1 (%2): nid yw v%3 y pecyn yn fwy newydd. Ni chynullwyd cworwm.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in this workspace are under %1: importing v%2 would leave them under a version that is no longer the DCO&apos;s, and moving them to an imported version is not supported yet. No quorum was convened.</source>
        <translation>
            <numerusform>Mae %n pecyn yn y gweithle hwn o dan %1: byddai mewnforio v%2 yn eu gadael o dan fersiwn nad yw’n eiddo i’r DCO mwyach, ac ni chefnogir eu symud i fersiwn wedi’i mewnforio eto. Ni chynullwyd cworwm.</numerusform>
            <numerusform>Mae %n pecyn yn y gweithle hwn o dan %1: byddai mewnforio v%2 yn eu gadael o dan fersiwn nad yw’n eiddo i’r DCO mwyach, ac ni chefnogir eu symud i fersiwn wedi’i mewnforio eto. Ni chynullwyd cworwm.</numerusform>
            <numerusform>Mae %n pecyn yn y gweithle hwn o dan %1: byddai mewnforio v%2 yn eu gadael o dan fersiwn nad yw’n eiddo i’r DCO mwyach, ac ni chefnogir eu symud i fersiwn wedi’i mewnforio eto. Ni chynullwyd cworwm.</numerusform>
            <numerusform>Mae %n pecyn yn y gweithle hwn o dan %1: byddai mewnforio v%2 yn eu gadael o dan fersiwn nad yw’n eiddo i’r DCO mwyach, ac ni chefnogir eu symud i fersiwn wedi’i mewnforio eto. Ni chynullwyd cworwm.</numerusform>
            <numerusform>Mae %n pecyn yn y gweithle hwn o dan %1: byddai mewnforio v%2 yn eu gadael o dan fersiwn nad yw’n eiddo i’r DCO mwyach, ac ni chefnogir eu symud i fersiwn wedi’i mewnforio eto. Ni chynullwyd cworwm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared Key</source>
        <translation>Allwedd a Rennir</translation>
    </message>
    <message>
        <source>DCO Key</source>
        <translation>Allwedd DCO</translation>
    </message>
    <message>
        <source>The workspace already records %1.</source>
        <translation>Mae’r gweithle eisoes yn cofnodi %1.</translation>
    </message>
    <message>
        <source>%1 still has packages under it: the import is not recorded.</source>
        <translation>Mae pecynnau o dan %1 o hyd: ni chofnodir y mewnforio.</translation>
    </message>
    <message>
        <source>%1: the workspace records the label &quot;%2&quot; for it, but the version&apos;s object is &quot;%3&quot;: its KEK records were altered. Nothing was done.</source>
        <translation>%1: mae’r gweithle’n cofnodi’r label &quot;%2&quot; ar ei gyfer, ond &quot;%3&quot; yw gwrthrych y fersiwn: newidiwyd ei gofnodion KEK. Ni wnaed dim.</translation>
    </message>
    <message>
        <source>%1: the key token&apos;s &quot;%2&quot; has the id &quot;%3&quot;, not &quot;%4&quot;: it is not the object Symbolon made. Nothing was done; find out who changed the key token.</source>
        <translation>%1: mae gan &quot;%2&quot; y tocyn allweddi yr id &quot;%3&quot;, nid &quot;%4&quot;: nid dyma’r gwrthrych a wnaeth Symbolon. Ni wnaed dim; darganfyddwch pwy newidiodd y tocyn allweddi.</translation>
    </message>
    <message>
        <source>%1: the key token&apos;s &quot;%2&quot; has KCV %3, but the workspace recorded %4 for this version. It is not the key the packages are under: nothing was done. Find out who changed the key token or the workspace before any ceremony runs.</source>
        <translation>%1: mae gan &quot;%2&quot; y tocyn allweddi KCV %3, ond cofnododd y gweithle %4 ar gyfer y fersiwn hon. Nid dyma’r allwedd y mae’r pecynnau oddi tani: ni wnaed dim. Darganfyddwch pwy newidiodd y tocyn allweddi neu’r gweithle cyn i unrhyw seremoni redeg.</translation>
    </message>
    <message>
        <source>The key token holds &quot;%1&quot;, which the workspace has no record of: a rollover of the %2 was interrupted before it started (run the rollover again), or the workspace&apos;s KEK records were rolled back. Nothing was packaged under %3.</source>
        <translation>Mae’r tocyn allweddi’n dal &quot;%1&quot;, nad oes gan y gweithle gofnod ohono: torrwyd ar draws rholio’r %2 ymlaen cyn iddo ddechrau (rhedwch y rholio ymlaen eto), neu troswyd cofnodion KEK y gweithle yn ôl. Ni phecynnwyd dim o dan %3.</translation>
    </message>
    <message>
        <source>A rollover of the %1 under PMA instruction %2 is not finished: resume it under that same reference (or give none). A second rollover starts only after it.</source>
        <translation>Nid yw rholio’r %1 ymlaen o dan gyfarwyddyd PMA %2 wedi gorffen: ailddechreuwch ef o dan yr un cyfeirnod (neu heb un). Dim ond ar ei ôl y mae ail rolio ymlaen yn dechrau.</translation>
    </message>
    <message>
        <source>The rollover of the %1 under PMA instruction %2 completed (journal entry #%3, at %4): every package is under v%5. Another rollover needs a new instruction. Nothing was changed.</source>
        <translation>Cwblhawyd rholio’r %1 ymlaen o dan gyfarwyddyd PMA %2 (cofnod cyfnodolyn #%3, am %4): mae pob pecyn o dan v%5. Mae rholio ymlaen arall angen cyfarwyddyd newydd. Ni newidiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) under %1 were behind the rollover&apos;s position (the records were changed since): moved on a second pass.</source>
        <translation>
            <numerusform>Roedd %n pecyn o dan %1 y tu ôl i safle’r rholio ymlaen (newidiwyd y cofnodion ers hynny): fe’u symudwyd ar ail rediad.</numerusform>
            <numerusform>Roedd %n pecyn o dan %1 y tu ôl i safle’r rholio ymlaen (newidiwyd y cofnodion ers hynny): fe’u symudwyd ar ail rediad.</numerusform>
            <numerusform>Roedd %n pecyn o dan %1 y tu ôl i safle’r rholio ymlaen (newidiwyd y cofnodion ers hynny): fe’u symudwyd ar ail rediad.</numerusform>
            <numerusform>Roedd %n pecyn o dan %1 y tu ôl i safle’r rholio ymlaen (newidiwyd y cofnodion ers hynny): fe’u symudwyd ar ail rediad.</numerusform>
            <numerusform>Roedd %n pecyn o dan %1 y tu ôl i safle’r rholio ymlaen (newidiwyd y cofnodion ers hynny): fe’u symudwyd ar ail rediad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package is under %1; %2 is retired: it stays on the key token for reading until a quorum destroys it.</source>
        <translation>Mae pob pecyn o dan %1; mae %2 wedi ymddeol: mae’n aros ar y tocyn allweddi i’w ddarllen nes bod cworwm yn ei ddinistrio.</translation>
    </message>
    <message>
        <source>Export the new Shared Key to each S1SP, and export their GUEK packages again: they are now under %1.</source>
        <translation>Allforiwch yr Allwedd a Rennir newydd i bob S1SP, ac allforiwch eu pecynnau GUEK eto: maen nhw bellach o dan %1.</translation>
    </message>
    <message>
        <source>%1 is the active version: new packages go under it. Roll the KEK over first; nothing was changed.</source>
        <translation>%1 yw’r fersiwn weithredol: mae pecynnau newydd yn mynd oddi tani. Rholiwch y KEK ymlaen yn gyntaf; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The journal records no completed rollover away from %1, so nothing shows that no package is under it: it is not destroyed. Nothing was changed.</source>
        <translation>Nid yw’r cyfnodolyn yn cofnodi rholio ymlaen wedi’i gwblhau i ffwrdd o %1, felly nid oes dim yn dangos nad oes pecyn oddi tani: ni chaiff ei dinistrio. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The journal&apos;s entry #%1 retired %2 with KCV %3, but the workspace records %4: its KEK records were altered. Nothing was destroyed.</source>
        <translation>Ymddeolodd cofnod #%1 y cyfnodolyn %2 gyda KCV %3, ond mae’r gweithle’n cofnodi %4: newidiwyd ei gofnodion KEK. Ni ddinistriwyd dim.</translation>
    </message>
    <message>
        <source>%1 is not older than the active %2: nothing was destroyed.</source>
        <translation>Nid yw %1 yn hŷn na’r %2 gweithredol: ni ddinistriwyd dim.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; destroyed in the HSM (C_DestroyObject); its label, id and KCV were checked first.</source>
        <translation>Dinistriwyd &quot;%1&quot; yn yr HSM (C_DestroyObject); gwiriwyd ei label, ei id a’i KCV yn gyntaf.</translation>
    </message>
    <message>
        <source>chosen from measured throughput, within what the token allows</source>
        <translation>wedi&apos;i ddewis o&apos;r trwybwn a fesurwyd, o fewn yr hyn y mae&apos;r tocyn yn ei ganiatáu</translation>
    </message>
    <message>
        <source>The number of worker sessions must be between 1 and 64, or automatic.</source>
        <translation>Rhaid i nifer y sesiynau gwaith fod rhwng 1 a 64, neu&apos;n awtomatig.</translation>
    </message>
</context>
<context>
    <name>symbolon::demo</name>
    <message>
        <source>the number of demo devices cannot be negative</source>
        <translation>ni all nifer y dyfeisiau demo fod yn negyddol</translation>
    </message>
    <message>
        <source>a reference time is needed to generate a demo inventory</source>
        <translation>mae angen amser cyfeirio i gynhyrchu rhestr eiddo demo</translation>
    </message>
    <message>
        <source>the Transport Key must be 16, 24 or 32 bytes</source>
        <translation>rhaid i&apos;r Allwedd Gludo fod yn 16, 24 neu 32 beit</translation>
    </message>
    <message>
        <source>no such demo device</source>
        <translation>dim dyfais demo o&apos;r fath</translation>
    </message>
    <message>
        <source>demo devices have an MK, and an AK and a GUEK per keyed client</source>
        <translation>mae gan ddyfeisiau demo MK, ac AK a GUEK ar gyfer pob cleient ag allweddi</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Ni ellir ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>%1 is already a workspace: use --fresh to recreate the demo.</source>
        <translation>Mae %1 eisoes yn weithle: defnyddiwch --fresh i ail-greu&apos;r demo.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Ni ellir creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Initialising the demo cards (SoftHSM2 tokens)</source>
        <translation>Yn cychwyn y cardiau demo (tocynnau SoftHSM2)</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n demo device(s)</source>
        <translation>
            <numerusform>Yn cynhyrchu %n dyfais demo</numerusform>
            <numerusform>Yn cynhyrchu %n ddyfais demo</numerusform>
            <numerusform>Yn cynhyrchu %n dyfais demo</numerusform>
            <numerusform>Yn cynhyrchu %n dyfais demo</numerusform>
            <numerusform>Yn cynhyrchu %n dyfais demo</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the inventory</source>
        <translation>Yn mewnforio&apos;r rhestr eiddo</translation>
    </message>
</context>
<context>
    <name>symbolon::dlms</name>
    <message>
        <source>The AES key must be 16, 24 or 32 bytes.</source>
        <translation>Rhaid i&apos;r allwedd AES fod yn 16, 24 neu 32 beit.</translation>
    </message>
    <message>
        <source>AES-ECB packaging takes exactly one 16-byte block.</source>
        <translation>Mae pecynnu AES-ECB yn cymryd union un bloc 16 beit.</translation>
    </message>
    <message>
        <source>AES encryption failed in OpenSSL.</source>
        <translation>Methodd amgryptio AES yn OpenSSL.</translation>
    </message>
    <message>
        <source>An AES-ECB package is exactly one 16-byte block.</source>
        <translation>Mae pecyn AES-ECB yn union un bloc 16 beit.</translation>
    </message>
    <message>
        <source>AES decryption failed in OpenSSL.</source>
        <translation>Methodd dadgryptio AES yn OpenSSL.</translation>
    </message>
    <message>
        <source>AES-CMAC failed in OpenSSL.</source>
        <translation>Methodd AES-CMAC yn OpenSSL.</translation>
    </message>
    <message>
        <source>The AES-GCM key must be 16, 24 or 32 bytes.</source>
        <translation>Rhaid i allwedd AES-GCM fod yn 16, 24 neu 32 beit.</translation>
    </message>
    <message>
        <source>The AES-GCM initialisation vector must be 12 bytes.</source>
        <translation>Rhaid i fector cychwynnol AES-GCM fod yn 12 beit.</translation>
    </message>
    <message>
        <source>The AES-GCM tag length must be 12 to 16 bytes.</source>
        <translation>Rhaid i hyd tag AES-GCM fod yn 12 i 16 beit.</translation>
    </message>
    <message>
        <source>AES-GCM encryption failed in OpenSSL.</source>
        <translation>Methodd amgryptio AES-GCM yn OpenSSL.</translation>
    </message>
    <message>
        <source>The AES-GCM tag must be 12 to 16 bytes.</source>
        <translation>Rhaid i dag AES-GCM fod yn 12 i 16 beit.</translation>
    </message>
    <message>
        <source>AES-GCM decryption failed in OpenSSL.</source>
        <translation>Methodd dadgryptio AES-GCM yn OpenSSL.</translation>
    </message>
    <message>
        <source>The authentication tag does not verify: the data was altered, or the key, system title or invocation counter is wrong.</source>
        <translation>Nid yw&apos;r tag dilysu yn dilysu: newidiwyd y data, neu mae&apos;r allwedd, teitl y system neu&apos;r cownter galw yn anghywir.</translation>
    </message>
    <message>
        <source>A wrapped key is %1 bytes; RFC 3394 output is a multiple of 8 bytes, at least 24.</source>
        <translation>Mae allwedd wedi&apos;i lapio yn %1 beit; mae allbwn RFC 3394 yn lluosrif o 8 beit, o leiaf 24.</translation>
    </message>
    <message>
        <source>global_key_transfer: at byte %1 expected %2 (tag 0x%3) but found 0x%4.</source>
        <translation>global_key_transfer: ar feit %1 disgwylid %2 (tag 0x%3) ond canfuwyd 0x%4.</translation>
    </message>
    <message>
        <source>global_key_transfer: unsupported length form 0x%1 at byte %2.</source>
        <translation>global_key_transfer: ffurf hyd heb ei chynnal 0x%1 ar feit %2.</translation>
    </message>
    <message>
        <source>global_key_transfer: the length at byte %1 is not in its shortest form.</source>
        <translation>global_key_transfer: nid yw&apos;r hyd ar feit %1 yn ei ffurf fyrraf.</translation>
    </message>
    <message>
        <source>global_key_transfer: %1 declares %2 bytes at byte %3 but only %4 remain.</source>
        <translation>global_key_transfer: mae %1 yn datgan %2 beit ar feit %3 ond dim ond %4 sydd ar ôl.</translation>
    </message>
    <message>
        <source>global_key_transfer: truncated at byte %1 (expected %2).</source>
        <translation>global_key_transfer: wedi&apos;i gwtogi ar feit %1 (disgwylid %2).</translation>
    </message>
    <message>
        <source>global unicast encryption key</source>
        <translation>allwedd amgryptio unigol byd-eang</translation>
    </message>
    <message>
        <source>global broadcast encryption key</source>
        <translation>allwedd amgryptio darlledu byd-eang</translation>
    </message>
    <message>
        <source>authentication key</source>
        <translation>allwedd ddilysu</translation>
    </message>
    <message>
        <source>master key</source>
        <translation>prif allwedd</translation>
    </message>
    <message>
        <source>global_key_transfer needs at least one key.</source>
        <translation>Mae global_key_transfer angen o leiaf un allwedd.</translation>
    </message>
    <message>
        <source>global_key_transfer: unknown key_id.</source>
        <translation>global_key_transfer: key_id anhysbys.</translation>
    </message>
    <message>
        <source>global_key_transfer: the %1 appears more than once.</source>
        <translation>global_key_transfer: mae&apos;r %1 yn ymddangos fwy nag unwaith.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>arae</translation>
    </message>
    <message>
        <source>the number of keys</source>
        <translation>nifer yr allweddi</translation>
    </message>
    <message>
        <source>global_key_transfer: the array is empty; at least one key is needed.</source>
        <translation>global_key_transfer: mae&apos;r arae&apos;n wag; mae angen o leiaf un allwedd.</translation>
    </message>
    <message>
        <source>global_key_transfer: the array declares %1 keys; there are only 4 key ids.</source>
        <translation>global_key_transfer: mae&apos;r arae&apos;n datgan %1 allwedd; dim ond 4 key id sydd.</translation>
    </message>
    <message>
        <source>a structure</source>
        <translation>strwythur</translation>
    </message>
    <message>
        <source>a structure of 2 elements</source>
        <translation>strwythur o 2 elfen</translation>
    </message>
    <message>
        <source>an enum key_id</source>
        <translation>enum key_id</translation>
    </message>
    <message>
        <source>the key_id value</source>
        <translation>gwerth key_id</translation>
    </message>
    <message>
        <source>global_key_transfer: unknown key_id %1 at byte %2 (0 to 3 are defined).</source>
        <translation>global_key_transfer: key_id anhysbys %1 ar feit %2 (diffinnir 0 i 3).</translation>
    </message>
    <message>
        <source>global_key_transfer: key_id %1 repeated at byte %2.</source>
        <translation>global_key_transfer: ailadroddwyd key_id %1 ar feit %2.</translation>
    </message>
    <message>
        <source>an octet-string</source>
        <translation>llinyn octet</translation>
    </message>
    <message>
        <source>the wrapped key length</source>
        <translation>hyd yr allwedd wedi&apos;i lapio</translation>
    </message>
    <message>
        <source>the wrapped key</source>
        <translation>yr allwedd wedi&apos;i lapio</translation>
    </message>
    <message>
        <source>global_key_transfer: %1 unexpected bytes after the last key.</source>
        <translation>global_key_transfer: %1 beit annisgwyl ar ôl yr allwedd olaf.</translation>
    </message>
    <message>
        <source>The key check value does not match: expected %1, the key gives %2. The key or component was mistyped or is not the one intended.</source>
        <translation>Nid yw&apos;r gwerth gwirio allwedd yn cyfateb: disgwylid %1, mae&apos;r allwedd yn rhoi %2. Teipiwyd yr allwedd neu&apos;r gydran yn anghywir neu nid hi yw&apos;r un a fwriadwyd.</translation>
    </message>
    <message>
        <source>the wrapping key must be 16, 24 or 32 bytes</source>
        <translation>rhaid i&apos;r allwedd lapio fod yn 16, 24 neu 32 beit</translation>
    </message>
    <message>
        <source>RFC 3394 wraps key data of a multiple of 8 bytes, at least 16</source>
        <translation>Mae RFC 3394 yn lapio data allweddi sy&apos;n lluosrif o 8 beit, o leiaf 16</translation>
    </message>
    <message>
        <source>AES key wrap failed in OpenSSL</source>
        <translation>Methodd lapio allwedd AES yn OpenSSL</translation>
    </message>
    <message>
        <source>a wrapped key must be a multiple of 8 bytes, at least 24</source>
        <translation>rhaid i allwedd wedi&apos;i lapio fod yn lluosrif o 8 beit, o leiaf 24</translation>
    </message>
    <message>
        <source>the wrapped key failed its integrity check: wrong wrapping key, or the data was altered</source>
        <translation>methodd yr allwedd wedi&apos;i lapio ei gwiriad cywirdeb: allwedd lapio anghywir, neu newidiwyd y data</translation>
    </message>
    <message>
        <source>The wrapping key must be 16, 24 or 32 bytes.</source>
        <translation>Rhaid i&apos;r allwedd lapio fod yn 16, 24 neu 32 beit.</translation>
    </message>
    <message>
        <source>RFC 5649 wraps between 1 byte and 64 KiB of key data.</source>
        <translation>Mae RFC 5649 yn lapio rhwng 1 beit a 64 KiB o ddata allweddi.</translation>
    </message>
    <message>
        <source>AES key wrap with padding failed in OpenSSL.</source>
        <translation>Methodd lapio allwedd AES gyda phadin yn OpenSSL.</translation>
    </message>
    <message>
        <source>A key wrapped with padding is a multiple of 8 bytes, at least 16.</source>
        <translation>Mae allwedd wedi&apos;i lapio gyda phadin yn lluosrif o 8 beit, o leiaf 16.</translation>
    </message>
    <message>
        <source>The wrapped key failed its integrity check: wrong wrapping key, or the data was altered.</source>
        <translation>Methodd yr allwedd wedi&apos;i lapio ei gwiriad cywirdeb: allwedd lapio anghywir, neu newidiwyd y data.</translation>
    </message>
    <message>
        <source>Security control byte %1: %2.</source>
        <translation>Beit rheoli diogelwch %1: %2.</translation>
    </message>
    <message>
        <source>Security suite 0 needs a 16-byte encryption key and a 16-byte authentication key.</source>
        <translation>Mae cyfres ddiogelwch 0 angen allwedd amgryptio 16 beit ac allwedd ddilysu 16 beit.</translation>
    </message>
    <message>
        <source>The system title must be 8 bytes.</source>
        <translation>Rhaid i deitl y system fod yn 8 beit.</translation>
    </message>
    <message>
        <source>The protected frame is truncated: %1 bytes, at least %2 expected for %3.</source>
        <translation>Mae&apos;r ffrâm warchodedig wedi&apos;i chwtogi: %1 beit, disgwylid o leiaf %2 ar gyfer %3.</translation>
    </message>
    <message>
        <source>The frame&apos;s security control is %1 but %2 is required here.</source>
        <translation>Rheolaeth ddiogelwch y ffrâm yw %1 ond mae angen %2 yma.</translation>
    </message>
    <message>
        <source>The HLS challenge is empty.</source>
        <translation>Mae her HLS yn wag.</translation>
    </message>
    <message>
        <source>The HLS reply is %1 bytes; SC, invocation counter and a 12-byte tag make 17.</source>
        <translation>Mae ateb HLS yn %1 beit; mae SC, cownter galw a thag 12 beit yn gwneud 17.</translation>
    </message>
    <message>
        <source>The HLS reply must use security control 0x10 (authentication).</source>
        <translation>Rhaid i ateb HLS ddefnyddio rheolaeth ddiogelwch 0x10 (dilysu).</translation>
    </message>
    <message>
        <source>The HLS reply does not verify: the peer does not hold the same keys, or the reply was altered.</source>
        <translation>Nid yw ateb HLS yn dilysu: nid yw&apos;r cymar yn dal yr un allweddi, neu newidiwyd yr ateb.</translation>
    </message>
</context>
<context>
    <name>symbolon::hsm</name>
    <message>
        <source>C_WrapKey with CKM_AES_ECB: the policy&apos;s packaging, inside the module</source>
        <translation>C_WrapKey gyda CKM_AES_ECB: pecynnu&apos;r polisi, y tu mewn i&apos;r modiwl</translation>
    </message>
    <message>
        <source>C_WrapKey with CKM_AES_CBC and a zero IV: identical to ECB for one 16-byte key, still inside the module (the token cannot wrap with ECB)</source>
        <translation>C_WrapKey gyda CKM_AES_CBC ac IV sero: yr un fath ag ECB ar gyfer un allwedd 16 beit, yn dal y tu mewn i&apos;r modiwl (ni all y tocyn lapio gydag ECB)</translation>
    </message>
    <message>
        <source>C_UnwrapKey with CKM_AES_ECB: inside the module</source>
        <translation>C_UnwrapKey gyda CKM_AES_ECB: y tu mewn i&apos;r modiwl</translation>
    </message>
    <message>
        <source>C_Decrypt with CKM_AES_ECB, then C_CreateObject: the token cannot unwrap an ECB package, so the clear key passes through host memory</source>
        <translation>C_Decrypt gyda CKM_AES_ECB, yna C_CreateObject: ni all y tocyn ddadlapio pecyn ECB, felly mae&apos;r allwedd glir yn mynd trwy gof y gwesteiwr</translation>
    </message>
    <message>
        <source>C_Decrypt with CKM_AES_CBC and a zero IV (= ECB for one block), then C_CreateObject: the clear key passes through host memory</source>
        <translation>C_Decrypt gyda CKM_AES_CBC ac IV sero (= ECB ar gyfer un bloc), yna C_CreateObject: mae&apos;r allwedd glir yn mynd trwy gof y gwesteiwr</translation>
    </message>
    <message>
        <source>C_WrapKey with CKM_AES_KEY_WRAP (RFC 3394), inside the module</source>
        <translation>C_WrapKey gyda CKM_AES_KEY_WRAP (RFC 3394), y tu mewn i&apos;r modiwl</translation>
    </message>
    <message>
        <source>C_UnwrapKey with CKM_AES_KEY_WRAP (RFC 3394), inside the module</source>
        <translation>C_UnwrapKey gyda CKM_AES_KEY_WRAP (RFC 3394), y tu mewn i&apos;r modiwl</translation>
    </message>
    <message>
        <source>C_Sign with CKM_AES_CMAC over a zero block, first 5 bytes, inside the module</source>
        <translation>C_Sign gyda CKM_AES_CMAC dros floc sero, y 5 beit cyntaf, y tu mewn i&apos;r modiwl</translation>
    </message>
    <message>
        <source>C_Encrypt with CKM_AES_ECB of a zero block, first 3 bytes, inside the module</source>
        <translation>C_Encrypt gyda CKM_AES_ECB ar floc sero, y 3 beit cyntaf, y tu mewn i&apos;r modiwl</translation>
    </message>
    <message>
        <source>C_Encrypt with CKM_AES_CBC and a zero IV of a zero block (= ECB for one block), first 3 bytes, inside the module</source>
        <translation>C_Encrypt gyda CKM_AES_CBC ac IV sero ar floc sero (= ECB ar gyfer un bloc), y 3 beit cyntaf, y tu mewn i&apos;r modiwl</translation>
    </message>
    <message>
        <source>C_DeriveKey with CKM_XOR_BASE_AND_DATA: the components are combined inside the module</source>
        <translation>C_DeriveKey gyda CKM_XOR_BASE_AND_DATA: cyfunir y cydrannau y tu mewn i&apos;r modiwl</translation>
    </message>
    <message>
        <source>XOR in locked host memory, then C_CreateObject: the token has no XOR derivation, so the combined key exists in host memory</source>
        <translation>XOR yng nghof cloëdig y gwesteiwr, yna C_CreateObject: nid oes gan y tocyn ddeilliad XOR, felly mae&apos;r allwedd gyfunedig yn bodoli yng nghof y gwesteiwr</translation>
    </message>
    <message>
        <source>ECB packaging</source>
        <translation>Pecynnu ECB</translation>
    </message>
    <message>
        <source>ECB unpackaging</source>
        <translation>Dadbecynnu ECB</translation>
    </message>
    <message>
        <source>RFC 3394 wrap</source>
        <translation>Lapio RFC 3394</translation>
    </message>
    <message>
        <source>RFC 3394 unwrap</source>
        <translation>Dadlapio RFC 3394</translation>
    </message>
    <message>
        <source>CMAC-5B key check value</source>
        <translation>Gwerth gwirio allwedd CMAC-5B</translation>
    </message>
    <message>
        <source>ECB-3B key check value</source>
        <translation>Gwerth gwirio allwedd ECB-3B</translation>
    </message>
    <message>
        <source>Transport Key component combination</source>
        <translation>Cyfuno cydrannau&apos;r Allwedd Gludo</translation>
    </message>
    <message>
        <source>Listing the token&apos;s mechanisms</source>
        <translation>Yn rhestru mecanweithiau&apos;r tocyn</translation>
    </message>
    <message>
        <source>Reading mechanism %1</source>
        <translation>Yn darllen mecanwaith %1</translation>
    </message>
    <message>
        <source>the token offers no mechanism for this operation</source>
        <translation>nid yw&apos;r tocyn yn cynnig mecanwaith ar gyfer y gweithrediad hwn</translation>
    </message>
    <message>
        <source>The operation succeeded.</source>
        <translation>Llwyddodd y gweithrediad.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Canslwyd y gweithrediad.</translation>
    </message>
    <message>
        <source>This computer ran out of memory.</source>
        <translation>Rhedodd y cyfrifiadur hwn allan o gof.</translation>
    </message>
    <message>
        <source>The token slot no longer exists: reconnect the token and try again.</source>
        <translation>Nid yw slot y tocyn yn bodoli mwyach: ailgysylltwch y tocyn a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The token reported a general error; for wrapped keys this usually means the integrity check failed (wrong key or altered data).</source>
        <translation>Adroddodd y tocyn wall cyffredinol; ar gyfer allweddi wedi&apos;u lapio mae hyn fel arfer yn golygu bod y gwiriad cywirdeb wedi methu (allwedd anghywir neu ddata wedi&apos;i newid).</translation>
    </message>
    <message>
        <source>The token could not carry out the request.</source>
        <translation>Ni allai&apos;r tocyn gyflawni&apos;r cais.</translation>
    </message>
    <message>
        <source>Symbolon passed invalid arguments to the token: please report this.</source>
        <translation>Rhoddodd Symbolon ddadleuon annilys i&apos;r tocyn: rhowch wybod am hyn.</translation>
    </message>
    <message>
        <source>The token refused to set a read-only attribute.</source>
        <translation>Gwrthododd y tocyn osod priodwedd ddarllen-yn-unig.</translation>
    </message>
    <message>
        <source>The token refuses to reveal a sensitive attribute.</source>
        <translation>Mae&apos;r tocyn yn gwrthod datgelu priodwedd sensitif.</translation>
    </message>
    <message>
        <source>The token does not know an attribute Symbolon asked for.</source>
        <translation>Nid yw&apos;r tocyn yn adnabod priodwedd y gofynnodd Symbolon amdani.</translation>
    </message>
    <message>
        <source>The token refused an attribute value.</source>
        <translation>Gwrthododd y tocyn werth priodwedd.</translation>
    </message>
    <message>
        <source>The token refused the data as invalid.</source>
        <translation>Gwrthododd y tocyn y data fel data annilys.</translation>
    </message>
    <message>
        <source>The data has the wrong length for this operation.</source>
        <translation>Mae gan y data&apos;r hyd anghywir ar gyfer y gweithrediad hwn.</translation>
    </message>
    <message>
        <source>The token reported a device error: check its connection and health.</source>
        <translation>Adroddodd y tocyn wall dyfais: gwiriwch ei gysylltiad a&apos;i gyflwr.</translation>
    </message>
    <message>
        <source>The token is out of memory: remove unused objects or use another token.</source>
        <translation>Mae cof y tocyn yn llawn: tynnwch wrthrychau nas defnyddir neu defnyddiwch docyn arall.</translation>
    </message>
    <message>
        <source>The token was removed: reconnect it and try again.</source>
        <translation>Tynnwyd y tocyn: ailgysylltwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The encrypted data is not valid for this key.</source>
        <translation>Nid yw&apos;r data wedi&apos;i amgryptio&apos;n ddilys ar gyfer yr allwedd hon.</translation>
    </message>
    <message>
        <source>The encrypted data has the wrong length.</source>
        <translation>Mae gan y data wedi&apos;i amgryptio&apos;r hyd anghywir.</translation>
    </message>
    <message>
        <source>The key is no longer on the token.</source>
        <translation>Nid yw&apos;r allwedd ar y tocyn mwyach.</translation>
    </message>
    <message>
        <source>The token does not support this key size.</source>
        <translation>Nid yw&apos;r tocyn yn cynnal y maint allwedd hwn.</translation>
    </message>
    <message>
        <source>The key is of the wrong type for this operation.</source>
        <translation>Mae&apos;r allwedd o&apos;r math anghywir ar gyfer y gweithrediad hwn.</translation>
    </message>
    <message>
        <source>The key&apos;s attributes do not permit this use.</source>
        <translation>Nid yw priodweddau&apos;r allwedd yn caniatáu&apos;r defnydd hwn.</translation>
    </message>
    <message>
        <source>The key is marked unextractable: the token will not wrap it.</source>
        <translation>Mae&apos;r allwedd wedi&apos;i nodi&apos;n anechdynadwy: ni fydd y tocyn yn ei lapio.</translation>
    </message>
    <message>
        <source>The token cannot wrap this key with that mechanism.</source>
        <translation>Ni all y tocyn lapio&apos;r allwedd hon gyda&apos;r mecanwaith hwnnw.</translation>
    </message>
    <message>
        <source>The token does not support this mechanism for this operation.</source>
        <translation>Nid yw&apos;r tocyn yn cynnal y mecanwaith hwn ar gyfer y gweithrediad hwn.</translation>
    </message>
    <message>
        <source>The token refused the mechanism parameters.</source>
        <translation>Gwrthododd y tocyn baramedrau&apos;r mecanwaith.</translation>
    </message>
    <message>
        <source>The object is no longer on the token.</source>
        <translation>Nid yw&apos;r gwrthrych ar y tocyn mwyach.</translation>
    </message>
    <message>
        <source>Another operation is still active on this session.</source>
        <translation>Mae gweithred arall yn dal ar waith ar y sesiwn hon.</translation>
    </message>
    <message>
        <source>The token lost track of the operation: try again.</source>
        <translation>Collodd y tocyn drywydd y gweithrediad: rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The PIN is not correct. Repeated wrong PINs can lock the card.</source>
        <translation>Nid yw&apos;r PIN yn gywir. Gall PINau anghywir dro ar ôl tro gloi&apos;r cerdyn.</translation>
    </message>
    <message>
        <source>The PIN contains characters the token does not accept.</source>
        <translation>Mae&apos;r PIN yn cynnwys nodau nad yw&apos;r tocyn yn eu derbyn.</translation>
    </message>
    <message>
        <source>The PIN is too short or too long for this token.</source>
        <translation>Mae&apos;r PIN yn rhy fyr neu&apos;n rhy hir ar gyfer y tocyn hwn.</translation>
    </message>
    <message>
        <source>The PIN has expired: change it with the card&apos;s administrator.</source>
        <translation>Mae&apos;r PIN wedi dod i ben: newidiwch ef gyda gweinyddwr y cerdyn.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong attempts: the card&apos;s security officer must unblock it.</source>
        <translation>Mae&apos;r PIN wedi&apos;i gloi ar ôl gormod o ymdrechion anghywir: rhaid i swyddog diogelwch y cerdyn ei ddatgloi.</translation>
    </message>
    <message>
        <source>The token session was closed: try again.</source>
        <translation>Caewyd sesiwn y tocyn: rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The token has too many open sessions.</source>
        <translation>Mae gan y tocyn ormod o sesiynau ar agor.</translation>
    </message>
    <message>
        <source>The token session is no longer valid (was the token reset or removed?): try again.</source>
        <translation>Nid yw sesiwn y tocyn yn ddilys mwyach (a gafodd y tocyn ei ailosod neu ei dynnu?): rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The session is read-only.</source>
        <translation>Mae&apos;r sesiwn yn ddarllen-yn-unig.</translation>
    </message>
    <message>
        <source>A session is open on the token, so it cannot be initialised.</source>
        <translation>Mae sesiwn ar agor ar y tocyn, felly ni ellir ei gychwyn.</translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation>Nid yw&apos;r llofnod yn dilysu.</translation>
    </message>
    <message>
        <source>The token needs more attributes to create this object.</source>
        <translation>Mae&apos;r tocyn angen rhagor o briodweddau i greu&apos;r gwrthrych hwn.</translation>
    </message>
    <message>
        <source>The token refused the combination of attributes.</source>
        <translation>Gwrthododd y tocyn y cyfuniad o briodweddau.</translation>
    </message>
    <message>
        <source>No token is present in the slot: insert the card or connect the HSM.</source>
        <translation>Nid oes tocyn yn y slot: rhowch y cerdyn i mewn neu cysylltwch yr HSM.</translation>
    </message>
    <message>
        <source>The token is not recognised by its module.</source>
        <translation>Nid yw ei fodiwl yn adnabod y tocyn.</translation>
    </message>
    <message>
        <source>The token is write-protected.</source>
        <translation>Mae&apos;r tocyn wedi&apos;i ddiogelu rhag ysgrifennu.</translation>
    </message>
    <message>
        <source>The unwrapping key is not on the token.</source>
        <translation>Nid yw&apos;r allwedd ddadlapio ar y tocyn.</translation>
    </message>
    <message>
        <source>Somebody is already logged in to this token.</source>
        <translation>Mae rhywun eisoes wedi mewngofnodi i&apos;r tocyn hwn.</translation>
    </message>
    <message>
        <source>Nobody is logged in to the token: log in first.</source>
        <translation>Nid oes neb wedi mewngofnodi i&apos;r tocyn: mewngofnodwch yn gyntaf.</translation>
    </message>
    <message>
        <source>The token&apos;s user PIN was never set: enrol the token first.</source>
        <translation>Ni osodwyd PIN defnyddiwr y tocyn erioed: cofrestrwch y tocyn yn gyntaf.</translation>
    </message>
    <message>
        <source>The token does not know that user type.</source>
        <translation>Nid yw&apos;r tocyn yn adnabod y math hwnnw o ddefnyddiwr.</translation>
    </message>
    <message>
        <source>The wrapped key is not valid.</source>
        <translation>Nid yw&apos;r allwedd wedi&apos;i lapio yn ddilys.</translation>
    </message>
    <message>
        <source>The wrapped key has the wrong length.</source>
        <translation>Mae gan yr allwedd wedi&apos;i lapio yr hyd anghywir.</translation>
    </message>
    <message>
        <source>The wrapping key is not on the token.</source>
        <translation>Nid yw&apos;r allwedd lapio ar y tocyn.</translation>
    </message>
    <message>
        <source>The token has no random number generator.</source>
        <translation>Nid oes gan y tocyn gynhyrchydd rhifau hap.</translation>
    </message>
    <message>
        <source>Symbolon&apos;s buffer was too small: please report this.</source>
        <translation>Roedd byffer Symbolon yn rhy fach: rhowch wybod am hyn.</translation>
    </message>
    <message>
        <source>The PKCS#11 module is not initialised.</source>
        <translation>Nid yw&apos;r modiwl PKCS#11 wedi&apos;i gychwyn.</translation>
    </message>
    <message>
        <source>The PKCS#11 module was already initialised.</source>
        <translation>Roedd y modiwl PKCS#11 eisoes wedi&apos;i gychwyn.</translation>
    </message>
    <message>
        <source>The token does not support this function.</source>
        <translation>Nid yw&apos;r tocyn yn cynnal y swyddogaeth hon.</translation>
    </message>
    <message>
        <source>The token failed with an unknown error code.</source>
        <translation>Methodd y tocyn gyda chod gwall anhysbys.</translation>
    </message>
    <message>
        <source>Generating an EC P-256 key pair on the token</source>
        <translation>Yn cynhyrchu pâr allweddi EC P-256 ar y tocyn</translation>
    </message>
    <message>
        <source>The token does not hold exactly one key pair with id %1 (found %2 private, %3 public).</source>
        <translation>Nid yw&apos;r tocyn yn dal union un pâr allweddi â&apos;r dynodwr %1 (canfuwyd %2 preifat, %3 cyhoeddus).</translation>
    </message>
    <message>
        <source>The key pair with id %1 is not an EC P-256 key.</source>
        <translation>Nid yw&apos;r pâr allweddi â&apos;r dynodwr %1 yn allwedd EC P-256.</translation>
    </message>
    <message>
        <source>The card&apos;s private key is not visible: log in to the card first.</source>
        <translation>Nid yw allwedd breifat y cerdyn yn weladwy: mewngofnodwch i&apos;r cerdyn yn gyntaf.</translation>
    </message>
    <message>
        <source>Deriving the keyslot secret on the card (ECDH)</source>
        <translation>Yn deillio cyfrinach y slot allwedd ar y cerdyn (ECDH)</translation>
    </message>
    <message>
        <source>Reading the derived keyslot secret</source>
        <translation>Yn darllen cyfrinach ddeilliedig y slot allwedd</translation>
    </message>
    <message>
        <source>The card derived a secret of unexpected length.</source>
        <translation>Deilliodd y cerdyn gyfrinach o hyd annisgwyl.</translation>
    </message>
    <message>
        <source>The private key is not visible: log in to the token first.</source>
        <translation>Nid yw&apos;r allwedd breifat yn weladwy: mewngofnodwch i&apos;r tocyn yn gyntaf.</translation>
    </message>
    <message>
        <source>Starting a signature on the token</source>
        <translation>Yn dechrau llofnod ar y tocyn</translation>
    </message>
    <message>
        <source>Signing on the token</source>
        <translation>Yn llofnodi ar y tocyn</translation>
    </message>
    <message>
        <source>The token returned an ECDSA signature of unexpected length.</source>
        <translation>Dychwelodd y tocyn lofnod ECDSA o hyd annisgwyl.</translation>
    </message>
    <message>
        <source>Encoding the signature failed.</source>
        <translation>Methodd amgodio&apos;r llofnod.</translation>
    </message>
    <message>
        <source>The token cannot wrap keys with RFC 3394 (CKM_AES_KEY_WRAP).</source>
        <translation>Ni all y tocyn lapio allweddi gydag RFC 3394 (CKM_AES_KEY_WRAP).</translation>
    </message>
    <message>
        <source>Wrapping &quot;%1&quot; under &quot;%2&quot; (RFC 3394)</source>
        <translation>Yn lapio &quot;%1&quot; o dan &quot;%2&quot; (RFC 3394)</translation>
    </message>
    <message>
        <source>The token cannot unwrap keys with RFC 3394 (CKM_AES_KEY_WRAP).</source>
        <translation>Ni all y tocyn ddadlapio allweddi gydag RFC 3394 (CKM_AES_KEY_WRAP).</translation>
    </message>
    <message>
        <source>An RFC 3394-wrapped AES-128 key is 24 bytes; %1 were given.</source>
        <translation>Mae allwedd AES-128 wedi&apos;i lapio (RFC 3394) yn 24 beit; rhoddwyd %1.</translation>
    </message>
    <message>
        <source>Unwrapping under &quot;%1&quot; (RFC 3394)</source>
        <translation>Yn dadlapio o dan &quot;%1&quot; (RFC 3394)</translation>
    </message>
    <message>
        <source>Unwrapping under &quot;%1&quot; failed its integrity check: the wrapped key was altered or was wrapped under a different key (%2).</source>
        <translation>Methodd dadlapio o dan &quot;%1&quot; ei wiriad cywirdeb: newidiwyd yr allwedd wedi&apos;i lapio neu fe&apos;i lapiwyd o dan allwedd wahanol (%2).</translation>
    </message>
    <message>
        <source>The token cannot package keys: it can wrap with neither CKM_AES_ECB nor CKM_AES_CBC.</source>
        <translation>Ni all y tocyn becynnu allweddi: ni all lapio gyda CKM_AES_ECB na CKM_AES_CBC.</translation>
    </message>
    <message>
        <source>Packaging &quot;%1&quot; under &quot;%2&quot; (%3)</source>
        <translation>Yn pecynnu &quot;%1&quot; o dan &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>The token returned a %1-byte package; 16 bytes were expected.</source>
        <translation>Dychwelodd y tocyn becyn %1 beit; disgwylid 16 beit.</translation>
    </message>
    <message>
        <source>A packaged AES-128 key is 16 bytes; %1 were given.</source>
        <translation>Mae allwedd AES-128 wedi&apos;i phecynnu yn 16 beit; rhoddwyd %1.</translation>
    </message>
    <message>
        <source>Unpackaging under &quot;%1&quot;</source>
        <translation>Yn dadbecynnu o dan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unpackaging under &quot;%1&quot; (clear-key fallback)</source>
        <translation>Yn dadbecynnu o dan &quot;%1&quot; (dull wrth gefn allwedd glir)</translation>
    </message>
    <message>
        <source>A Transport Key is built from 2 or 3 components; %1 were given.</source>
        <translation>Adeiladir Allwedd Gludo o 2 neu 3 cydran; rhoddwyd %1.</translation>
    </message>
    <message>
        <source>Every component must be 16 bytes.</source>
        <translation>Rhaid i bob cydran fod yn 16 beit.</translation>
    </message>
    <message>
        <source>Loading the first component into the token</source>
        <translation>Yn llwytho&apos;r gydran gyntaf i&apos;r tocyn</translation>
    </message>
    <message>
        <source>Combining component %1 inside the token</source>
        <translation>Yn cyfuno cydran %1 y tu mewn i&apos;r tocyn</translation>
    </message>
    <message>
        <source>%1 failed in libp11.</source>
        <translation>Methodd %1 yn libp11.</translation>
    </message>
    <message>
        <source>libp11 could not allocate a context.</source>
        <translation>Ni allai libp11 neilltuo cyd-destun.</translation>
    </message>
    <message>
        <source>Loading %1 through libp11</source>
        <translation>Yn llwytho %1 drwy libp11</translation>
    </message>
    <message>
        <source>Listing slots through libp11</source>
        <translation>Yn rhestru slotiau drwy libp11</translation>
    </message>
    <message>
        <source>libp11 sees no token with serial %1.</source>
        <translation>Nid yw libp11 yn gweld tocyn â rhif cyfresol %1.</translation>
    </message>
    <message>
        <source>Opening libp11&apos;s session</source>
        <translation>Yn agor sesiwn libp11</translation>
    </message>
    <message>
        <source>The token has no public key with id %1 beside the private key: libp11 cannot use the key safely.</source>
        <translation>Nid oes gan y tocyn allwedd gyhoeddus â&apos;r dynodwr %1 wrth ymyl yr allwedd breifat: ni all libp11 ddefnyddio&apos;r allwedd yn ddiogel.</translation>
    </message>
    <message>
        <source>libp11 finds no private key with id %1 (log in to the token first).</source>
        <translation>Nid yw libp11 yn canfod allwedd breifat â&apos;r dynodwr %1 (mewngofnodwch i&apos;r tocyn yn gyntaf).</translation>
    </message>
    <message>
        <source>Getting the private key through libp11</source>
        <translation>Yn cael yr allwedd breifat drwy libp11</translation>
    </message>
    <message>
        <source>Signing through libp11</source>
        <translation>Yn llofnodi drwy libp11</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 could not be loaded: %2</source>
        <translation>Ni ellid llwytho&apos;r modiwl PKCS#11 %1: %2</translation>
    </message>
    <message>
        <source>Initialising the PKCS#11 module %1</source>
        <translation>Yn cychwyn y modiwl PKCS#11 %1</translation>
    </message>
    <message>
        <source>Listing the token slots</source>
        <translation>Yn rhestru slotiau&apos;r tocynnau</translation>
    </message>
    <message>
        <source>Reading the token information</source>
        <translation>Yn darllen gwybodaeth y tocyn</translation>
    </message>
    <message>
        <source>No token labelled &quot;%1&quot; is present: insert the card or connect the HSM.</source>
        <translation>Nid oes tocyn wedi&apos;i labelu &quot;%1&quot; yn bresennol: rhowch y cerdyn i mewn neu cysylltwch yr HSM.</translation>
    </message>
    <message>
        <source>%1 tokens are labelled &quot;%2&quot;: select the token by serial number instead.</source>
        <translation>Mae %1 tocyn wedi&apos;u labelu &quot;%2&quot;: dewiswch y tocyn yn ôl ei rif cyfresol yn lle hynny.</translation>
    </message>
    <message>
        <source>No token with serial %1 is present: insert the card or connect the HSM.</source>
        <translation>Nid oes tocyn â rhif cyfresol %1 yn bresennol: rhowch y cerdyn i mewn neu cysylltwch yr HSM.</translation>
    </message>
    <message>
        <source>A token label must be 1 to 32 bytes of UTF-8.</source>
        <translation>Rhaid i label tocyn fod yn 1 i 32 beit o UTF-8.</translation>
    </message>
    <message>
        <source>A token labelled &quot;%1&quot; already exists.</source>
        <translation>Mae tocyn wedi&apos;i labelu &quot;%1&quot; yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>No free (uninitialised) token slot is available.</source>
        <translation>Nid oes slot tocyn rhydd (heb ei gychwyn) ar gael.</translation>
    </message>
    <message>
        <source>Initialising token &quot;%1&quot;</source>
        <translation>Yn cychwyn y tocyn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Setting the user PIN of token &quot;%1&quot;</source>
        <translation>Yn gosod PIN defnyddiwr y tocyn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Opening a session on the token</source>
        <translation>Yn agor sesiwn ar y tocyn</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Dim cof ar ôl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PKCS#11 URI (RFC 7512): %2.</source>
        <translation>Nid yw &quot;%1&quot; yn URI PKCS#11 dilys (RFC 7512): %2.</translation>
    </message>
    <message>
        <source>No present token matches %1: insert the card or connect the HSM.</source>
        <translation>Nid oes tocyn presennol yn cyfateb i %1: rhowch y cerdyn i mewn neu cysylltwch yr HSM.</translation>
    </message>
    <message>
        <source>%1 tokens match %2: add the serial (serial=…) to the URI.</source>
        <translation>Mae %1 tocyn yn cyfateb i %2: ychwanegwch y rhif cyfresol (serial=…) at yr URI.</translation>
    </message>
    <message>
        <source>%1 names no object (object= or id=).</source>
        <translation>Nid yw %1 yn enwi unrhyw wrthrych (object= neu id=).</translation>
    </message>
    <message>
        <source>DCO Key</source>
        <translation>Allwedd DCO</translation>
    </message>
    <message>
        <source>Shared Key</source>
        <translation>Allwedd a Rennir</translation>
    </message>
    <message>
        <source>Transport Key</source>
        <translation>Allwedd Gludo</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>allwedd dyfais</translation>
    </message>
    <message>
        <source>Transport Key component</source>
        <translation>Cydran yr Allwedd Gludo</translation>
    </message>
    <message>
        <source>Generating the AES key &quot;%1&quot; on the token</source>
        <translation>Yn cynhyrchu&apos;r allwedd AES &quot;%1&quot; ar y tocyn</translation>
    </message>
    <message>
        <source>An AES-128 key is 16 bytes; %1 were given.</source>
        <translation>Mae allwedd AES-128 yn 16 beit; rhoddwyd %1.</translation>
    </message>
    <message>
        <source>Creating the AES key &quot;%1&quot; on the token</source>
        <translation>Yn creu&apos;r allwedd AES &quot;%1&quot; ar y tocyn</translation>
    </message>
    <message>
        <source>The token holds no secret key labelled &quot;%1&quot; (or nobody is logged in to see it).</source>
        <translation>Nid yw&apos;r tocyn yn dal allwedd gyfrinachol wedi&apos;i labelu &quot;%1&quot; (neu nid oes neb wedi mewngofnodi i&apos;w gweld).</translation>
    </message>
    <message>
        <source>The token holds %1 secret keys labelled &quot;%2&quot;: remove the duplicates or name the key by its id.</source>
        <translation>Mae&apos;r tocyn yn dal %1 allwedd gyfrinachol wedi&apos;u labelu &quot;%2&quot;: tynnwch y dyblygion neu enwch yr allwedd yn ôl ei dynodwr.</translation>
    </message>
    <message>
        <source>%1 secret keys have the id %2; exactly one was expected.</source>
        <translation>Mae gan %1 allwedd gyfrinachol y dynodwr %2; roedd disgwyl union un.</translation>
    </message>
    <message>
        <source>Reading the attributes of &quot;%1&quot;</source>
        <translation>Yn darllen priodweddau &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The token cannot compute a %1 key check value: %2.</source>
        <translation>Ni all y tocyn gyfrifo gwerth gwirio allwedd %1: %2.</translation>
    </message>
    <message>
        <source>Computing the %1 key check value of &quot;%2&quot;</source>
        <translation>Yn cyfrifo gwerth gwirio allwedd %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The token returned a short result for the key check value.</source>
        <translation>Dychwelodd y tocyn ganlyniad byr ar gyfer y gwerth gwirio allwedd.</translation>
    </message>
    <message>
        <source>Logging in as the token&apos;s security officer</source>
        <translation>Yn mewngofnodi fel swyddog diogelwch y tocyn</translation>
    </message>
    <message>
        <source>Logging in to the token</source>
        <translation>Yn mewngofnodi i&apos;r tocyn</translation>
    </message>
    <message>
        <source>Logging out of the token</source>
        <translation>Yn allgofnodi o&apos;r tocyn</translation>
    </message>
    <message>
        <source>Reading the session state</source>
        <translation>Yn darllen cyflwr y sesiwn</translation>
    </message>
    <message>
        <source>Searching the token for objects</source>
        <translation>Yn chwilio&apos;r tocyn am wrthrychau</translation>
    </message>
    <message>
        <source>Finishing the object search</source>
        <translation>Yn gorffen chwilio am wrthrychau</translation>
    </message>
    <message>
        <source>Reading an attribute of a token object</source>
        <translation>Yn darllen priodwedd gwrthrych tocyn</translation>
    </message>
    <message>
        <source>The token does not reveal this attribute.</source>
        <translation>Nid yw&apos;r tocyn yn datgelu&apos;r briodwedd hon.</translation>
    </message>
    <message>
        <source>Destroying a token object</source>
        <translation>Yn dinistrio gwrthrych tocyn</translation>
    </message>
    <message>
        <source>Asking the token for random bytes</source>
        <translation>Yn gofyn i&apos;r tocyn am feitiau ar hap</translation>
    </message>
    <message>
        <source>%1 is not sensitive — its value can be read from the token.</source>
        <translation>Nid yw %1 yn sensitif — gellir darllen ei werth o&apos;r tocyn.</translation>
    </message>
    <message>
        <source>DCO Key is extractable — violates the key hierarchy (DESIGN.md: never leaves the HSM).</source>
        <translation>Gellir echdynnu&apos;r Allwedd DCO — mae hyn yn torri hierarchaeth yr allweddi (DESIGN.md: nid yw byth yn gadael yr HSM).</translation>
    </message>
    <message>
        <source>DCO Key may decrypt — the clear-key unpackaging fallback is enabled: development profile only, not for live keys.</source>
        <translation>Caiff yr Allwedd DCO ddadgryptio — mae&apos;r dull wrth gefn dadbecynnu allwedd glir wedi&apos;i alluogi: proffil datblygu yn unig, nid ar gyfer allweddi byw.</translation>
    </message>
    <message>
        <source>Shared Key can be wrapped under any wrapping key, not only a trusted Transport Key — acceptable on a development token only.</source>
        <translation>Gellir lapio&apos;r Allwedd a Rennir o dan unrhyw allwedd lapio, nid Allwedd Gludo ddibynadwy yn unig — derbyniol ar docyn datblygu yn unig.</translation>
    </message>
    <message>
        <source>Shared Key may decrypt — the clear-key unpackaging fallback is enabled: development profile only, not for live keys.</source>
        <translation>Caiff yr Allwedd a Rennir ddadgryptio — mae&apos;r dull wrth gefn dadbecynnu allwedd glir wedi&apos;i alluogi: proffil datblygu yn unig, nid ar gyfer allweddi byw.</translation>
    </message>
    <message>
        <source>Transport Key is extractable — violates the key hierarchy.</source>
        <translation>Gellir echdynnu&apos;r Allwedd Gludo — mae hyn yn torri hierarchaeth yr allweddi.</translation>
    </message>
    <message>
        <source>The journal signing key is extractable — violates the key hierarchy.</source>
        <translation>Gellir echdynnu allwedd llofnodi&apos;r cyfnodolyn — mae hyn yn torri hierarchaeth yr allweddi.</translation>
    </message>
    <message>
        <source>Listing the token&apos;s objects</source>
        <translation>Yn rhestru gwrthrychau&apos;r tocyn</translation>
    </message>
    <message>
        <source>device master key</source>
        <translation>prif allwedd y ddyfais</translation>
    </message>
    <message>
        <source>Reading the token information of slot %1</source>
        <translation>Yn darllen gwybodaeth tocyn slot %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PKCS#11 URI: it must start with &quot;pkcs11:&quot; (RFC 7512).</source>
        <translation>Nid yw &quot;%1&quot; yn URI PKCS#11: rhaid iddo ddechrau gyda &quot;pkcs11:&quot; (RFC 7512).</translation>
    </message>
    <message>
        <source>%1 names no token: add token=LABEL or serial=SERIAL (e.g. %2).</source>
        <translation>Nid yw %1 yn enwi unrhyw docyn: ychwanegwch token=LABEL neu serial=SERIAL (e.e. %2).</translation>
    </message>
    <message>
        <source>The token store&apos;s safety copy %1 cannot be written: %2.</source>
        <translation>Ni ellir ysgrifennu copi diogelwch %1 y storfa docynnau: %2.</translation>
    </message>
    <message>
        <source>The damaged token file %1 cannot be restored: %2.</source>
        <translation>Ni ellir adfer y ffeil docyn ddifrodedig %1: %2.</translation>
    </message>
    <message>
        <source>Another workspace&apos;s token store is already loaded in this process: restart Symbolon to open this workspace.</source>
        <translation>Mae storfa docynnau gweithle arall eisoes wedi&apos;i llwytho yn y broses hon: ailgychwynnwch Symbolon i agor y gweithle hwn.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Ni ellir ysgrifennu %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The embedded token store holds %n damaged token(s) with no safety copy (a process was killed while SoftHSM2 rewrote them): %1. Restore the store from your backup.</source>
        <translation>
            <numerusform>Mae gan y storfa docynnau fewnol %n tocyn difrodedig heb gopi diogelwch (lladdwyd proses tra oedd SoftHSM2 yn eu hailysgrifennu): %1. Adferwch y storfa o&apos;ch copi wrth gefn.</numerusform>
            <numerusform>Mae gan y storfa docynnau fewnol %n tocyn difrodedig heb gopi diogelwch (lladdwyd proses tra oedd SoftHSM2 yn eu hailysgrifennu): %1. Adferwch y storfa o&apos;ch copi wrth gefn.</numerusform>
            <numerusform>Mae gan y storfa docynnau fewnol %n docyn difrodedig heb gopi diogelwch (lladdwyd proses tra oedd SoftHSM2 yn eu hailysgrifennu): %1. Adferwch y storfa o&apos;ch copi wrth gefn.</numerusform>
            <numerusform>Mae gan y storfa docynnau fewnol %n thocyn difrodedig heb gopi diogelwch (lladdwyd proses tra oedd SoftHSM2 yn eu hailysgrifennu): %1. Adferwch y storfa o&apos;ch copi wrth gefn.</numerusform>
            <numerusform>Mae gan y storfa docynnau fewnol %n tocyn difrodedig heb gopi diogelwch (lladdwyd proses tra oedd SoftHSM2 yn eu hailysgrifennu): %1. Adferwch y storfa o&apos;ch copi wrth gefn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing a data object on the card</source>
        <translation>Ysgrifennu gwrthrych data ar y cerdyn</translation>
    </message>
    <message>
        <source>%1 cannot be examined</source>
        <translation>Ni ellir archwilio %1</translation>
    </message>
    <message>
        <source>%1 %2 is owned by user %3, not root</source>
        <translation>Mae %1 %2 yn eiddo i’r defnyddiwr %3, nid root</translation>
    </message>
    <message>
        <source>%1 %2 can be written by others than root</source>
        <translation>Gall eraill heblaw root ysgrifennu %1 %2</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be read: %2</source>
        <translation>Ni ellir darllen y modiwl PKCS#11 %1: %2</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be read to the end.</source>
        <translation>Ni ellir darllen y modiwl PKCS#11 %1 hyd y diwedd.</translation>
    </message>
    <message>
        <source>No PKCS#11 module is named.</source>
        <translation>Ni enwir modiwl PKCS#11.</translation>
    </message>
    <message>
        <source>No PKCS#11 module named &quot;%1&quot; is registered with p11-kit on this machine (folders: %2).</source>
        <translation>Nid oes modiwl PKCS#11 o’r enw &quot;%1&quot; wedi’i gofrestru gyda p11-kit ar y peiriant hwn (ffolderi: %2).</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist.</source>
        <translation>Nid yw’r modiwl PKCS#11 %1 yn bod.</translation>
    </message>
    <message>
        <source>The PKCS#11 module &quot;%1&quot; is refused: %2. Only root may be able to change the code a custodian&apos;s PIN is typed into.</source>
        <translation>Gwrthodir y modiwl PKCS#11 &quot;%1&quot;: %2. Dim ond root a gaiff allu newid y cod y teipir PIN ceidwad iddo.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is refused: it is not registered with p11-kit on this machine (%2). Name a registered module (for example &quot;softhsm2&quot;), or, on a development machine only, allow modules by path in Settings.</source>
        <translation>Gwrthodir y modiwl PKCS#11 %1: nid yw wedi’i gofrestru gyda p11-kit ar y peiriant hwn (%2). Enwch fodiwl cofrestredig (er enghraifft &quot;softhsm2&quot;), neu, ar beiriant datblygu yn unig, caniatewch fodiwlau drwy lwybr yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Deriving the sealing key failed (HKDF).</source>
        <translation>Methodd deillio’r allwedd selio (HKDF).</translation>
    </message>
    <message>
        <source>The card&apos;s public key is not a usable EC P-256 key.</source>
        <translation>Nid yw allwedd gyhoeddus y cerdyn yn allwedd EC P-256 y gellir ei defnyddio.</translation>
    </message>
    <message>
        <source>Generating the ephemeral sealing key failed.</source>
        <translation>Methodd cynhyrchu’r allwedd selio dros dro.</translation>
    </message>
    <message>
        <source>Encoding the ephemeral sealing key failed.</source>
        <translation>Methodd amgodio’r allwedd selio dros dro.</translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation>Methodd y cynhyrchydd hap.</translation>
    </message>
    <message>
        <source>Sealing to the card&apos;s key failed (AES-GCM).</source>
        <translation>Methodd selio i allwedd y cerdyn (AES-GCM).</translation>
    </message>
    <message>
        <source>The sealed value is malformed: expected a 65-byte point, a 12-byte nonce and a ciphertext with its 16-byte tag.</source>
        <translation>Mae’r gwerth wedi’i selio wedi’i gamffurfio: disgwylid pwynt 65 beit, nonce 12 beit a seiffrdestun gyda’i dag 16 beit.</translation>
    </message>
    <message>
        <source>The sealed value does not open with this card: it was altered, or sealed to another card.</source>
        <translation>Nid yw’r gwerth wedi’i selio yn agor gyda’r cerdyn hwn: fe’i newidiwyd, neu fe’i seliwyd i gerdyn arall.</translation>
    </message>
    <message>
        <source>Changing the token&apos;s PIN</source>
        <translation>Newid PIN y tocyn</translation>
    </message>
    <message>
        <source>The sealed value&apos;s ephemeral key is not a point on P-256.</source>
        <translation>Nid yw allwedd dros dro’r gwerth wedi’i selio yn bwynt ar P-256.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is already initialised in this process with other initialisation parameters (&quot;%2&quot;, now &quot;%3&quot;): a library is initialised once. Give every role that uses it the same parameters, or restart Symbolon.</source>
        <translation>Mae’r modiwl PKCS#11 %1 eisoes wedi’i gychwyn yn y broses hon gyda pharamedrau cychwyn eraill (&quot;%2&quot;, nawr &quot;%3&quot;): cychwynnir llyfrgell unwaith. Rhowch yr un paramedrau i bob rôl sy’n ei defnyddio, neu ailgychwynnwch Symbolon.</translation>
    </message>
    <message>
        <source>The initialisation parameters of the PKCS#11 module %1 contain a NUL character.</source>
        <translation>Mae paramedrau cychwyn y modiwl PKCS#11 %1 yn cynnwys nod NUL.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 was initialised in this process by another component, without the parameters &quot;%2&quot;: restart Symbolon.</source>
        <translation>Cychwynnwyd y modiwl PKCS#11 %1 yn y broses hon gan gydran arall, heb y paramedrau &quot;%2&quot;: ailgychwynnwch Symbolon.</translation>
    </message>
    <message>
        <source>Initialising the PKCS#11 module %1 with the parameters &quot;%2&quot;</source>
        <translation>Cychwyn y modiwl PKCS#11 %1 gyda’r paramedrau &quot;%2&quot;</translation>
    </message>
    <message>
        <source>C_Encrypt under a one-time session key, then C_UnwrapKey with CKM_AES_ECB: the typed component enters the module without C_CreateObject</source>
        <translation>C_Encrypt o dan allwedd sesiwn untro, yna C_UnwrapKey gyda CKM_AES_ECB: mae&apos;r gydran a deipiwyd yn mynd i mewn i&apos;r modiwl heb C_CreateObject</translation>
    </message>
    <message>
        <source>C_CreateObject of the typed component as a derive-only session object (a FIPS-mode module refuses this)</source>
        <translation>C_CreateObject o&apos;r gydran a deipiwyd fel gwrthrych sesiwn ar gyfer deillio yn unig (mae modiwl yn y modd FIPS yn gwrthod hyn)</translation>
    </message>
    <message>
        <source>Transport Key component entry</source>
        <translation>Mewnbynnu cydran yr Allwedd Gludo</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 gyda %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>%1 needs %2 inside the module; this token does not offer it, and the only other way (%3) is refused. %4</source>
        <translation>Mae angen %2 y tu mewn i&apos;r modiwl ar %1; nid yw&apos;r tocyn hwn yn ei gynnig, a gwrthodir yr unig ffordd arall (%3). %4</translation>
    </message>
    <message>
        <source>Entering the first component into the token (%1)</source>
        <translation>Mewnbynnu&apos;r gydran gyntaf i&apos;r tocyn (%1)</translation>
    </message>
    <message>
        <source>%1 (entry point %2)</source>
        <translation>%1 (pwynt mynediad %2)</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is already initialised in this process through %2: a library is used through one entry point (%3 was asked for). Give every role that uses it the same entry point, or restart Symbolon.</source>
        <translation>Mae&apos;r modiwl PKCS#11 %1 eisoes wedi&apos;i gychwyn yn y broses hon drwy %2: defnyddir llyfrgell drwy un pwynt mynediad (gofynnwyd am %3). Rhowch yr un pwynt mynediad i bob rôl sy&apos;n ei defnyddio, neu ailgychwynnwch Symbolon.</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>heb ei redeg: %1</translation>
    </message>
    <message>
        <source>AES key generation, %1 template</source>
        <translation>Cynhyrchu allwedd AES, templed %1</translation>
    </message>
    <message>
        <source>the token holds the key otherwise than asked: %1</source>
        <translation>mae&apos;r tocyn yn dal yr allwedd yn wahanol i&apos;r hyn y gofynnwyd amdano: %1</translation>
    </message>
    <message>
        <source>ok; every attribute reads back as set</source>
        <translation>iawn; mae pob priodoledd yn darllen yn ôl fel y&apos;i gosodwyd</translation>
    </message>
    <message>
        <source>no key of known value (%1)</source>
        <translation>dim allwedd o werth hysbys (%1)</translation>
    </message>
    <message>
        <source>%1, where RFC 3394&apos;s KEK has %2</source>
        <translation>%1, lle mae gan KEK RFC 3394 %2</translation>
    </message>
    <message>
        <source>ok: %1, RFC 3394&apos;s KEK</source>
        <translation>iawn: %1, KEK RFC 3394</translation>
    </message>
    <message>
        <source>ok: the entered key has the published key&apos;s KCV</source>
        <translation>iawn: mae gan yr allwedd a fewnbynnwyd KCV yr allwedd gyhoeddedig</translation>
    </message>
    <message>
        <source>entered, but its value could not be confirmed by a KCV</source>
        <translation>wedi&apos;i mewnbynnu, ond ni ellid cadarnhau ei gwerth gan KCV</translation>
    </message>
    <message>
        <source>ok: the combined key has the published key&apos;s KCV</source>
        <translation>iawn: mae gan yr allwedd gyfunol KCV yr allwedd gyhoeddedig</translation>
    </message>
    <message>
        <source>the combined key is not the XOR of its components</source>
        <translation>nid yr allwedd gyfunol yw XOR ei chydrannau</translation>
    </message>
    <message>
        <source>combined, but its KCV could not be computed: %1</source>
        <translation>wedi&apos;i chyfuno, ond ni ellid cyfrifo ei KCV: %1</translation>
    </message>
    <message>
        <source>no key of known value to package (%1)</source>
        <translation>dim allwedd o werth hysbys i&apos;w phecynnu (%1)</translation>
    </message>
    <message>
        <source>the package is not AES-ECB of RFC 3394&apos;s key data under its KEK</source>
        <translation>nid AES-ECB data allwedd RFC 3394 o dan ei KEK yw&apos;r pecyn</translation>
    </message>
    <message>
        <source>ok: AES-ECB of RFC 3394&apos;s key data under its KEK</source>
        <translation>iawn: AES-ECB data allwedd RFC 3394 o dan ei KEK</translation>
    </message>
    <message>
        <source>ok: RFC 3394 §4.1&apos;s key data (its ECB package is the published one)</source>
        <translation>iawn: data allwedd RFC 3394 §4.1 (ei becyn ECB yw&apos;r un cyhoeddedig)</translation>
    </message>
    <message>
        <source>unwrapped; its value could not be confirmed (no ECB packaging)</source>
        <translation>wedi&apos;i dadlapio; ni ellid cadarnhau ei gwerth (dim pecynnu ECB)</translation>
    </message>
    <message>
        <source>no package (ECB packaging)</source>
        <translation>dim pecyn (pecynnu ECB)</translation>
    </message>
    <message>
        <source>ok: packaged again, the same 16 bytes</source>
        <translation>iawn: wedi&apos;i phecynnu eto, yr un 16 beit</translation>
    </message>
    <message>
        <source>no key of known value to wrap (%1)</source>
        <translation>dim allwedd o werth hysbys i&apos;w lapio (%1)</translation>
    </message>
    <message>
        <source>%1, where RFC 3394 §4.1 has %2</source>
        <translation>%1, lle mae gan RFC 3394 §4.1 %2</translation>
    </message>
    <message>
        <source>ok: RFC 3394 §4.1&apos;s ciphertext</source>
        <translation>iawn: testun seiffr RFC 3394 §4.1</translation>
    </message>
    <message>
        <source>done; its value could not be confirmed (no ECB packaging)</source>
        <translation>wedi&apos;i wneud; ni ellid cadarnhau ei gwerth (dim pecynnu ECB)</translation>
    </message>
    <message>
        <source>the key that came back is not the key that went in</source>
        <translation>nid yr allwedd a ddaeth yn ôl yw&apos;r allwedd a aeth i mewn</translation>
    </message>
    <message>
        <source>CKA_EXTRACTABLE=false enforced by C_WrapKey</source>
        <translation>CKA_EXTRACTABLE=false yn cael ei orfodi gan C_WrapKey</translation>
    </message>
    <message>
        <source>no ECB packaging, or no key to wrap under</source>
        <translation>dim pecynnu ECB, neu dim allwedd i lapio oddi tani</translation>
    </message>
    <message>
        <source>refused (%1): a key made not extractable stays in the module</source>
        <translation>gwrthodwyd (%1): mae allwedd a wnaed yn anechdynadwy yn aros yn y modiwl</translation>
    </message>
    <message>
        <source>wrapped: the token lets a key marked CKA_EXTRACTABLE=false leave it, so anyone logged in could take the DCO Key out</source>
        <translation>wedi&apos;i lapio: mae&apos;r tocyn yn gadael i allwedd a nodwyd CKA_EXTRACTABLE=false ei adael, felly gallai unrhyw un sydd wedi mewngofnodi dynnu&apos;r Allwedd DCO allan</translation>
    </message>
    <message>
        <source>CKA_TRUSTED set by a user</source>
        <translation>CKA_TRUSTED wedi&apos;i osod gan ddefnyddiwr</translation>
    </message>
    <message>
        <source>refused (%1): only the security officer marks keys trusted</source>
        <translation>gwrthodwyd (%1): dim ond y swyddog diogelwch sy&apos;n nodi allweddi&apos;n ddibynadwy</translation>
    </message>
    <message>
        <source>accepted: a user can mark a key trusted, so CKA_WRAP_WITH_TRUSTED does not limit where the Shared Key can go</source>
        <translation>derbyniwyd: gall defnyddiwr nodi allwedd yn ddibynadwy, felly nid yw CKA_WRAP_WITH_TRUSTED yn cyfyngu ar ble y gall yr Allwedd a Rennir fynd</translation>
    </message>
    <message>
        <source>CKA_WRAP_WITH_TRUSTED enforced</source>
        <translation>CKA_WRAP_WITH_TRUSTED yn cael ei orfodi</translation>
    </message>
    <message>
        <source>no RFC 3394 wrap, or no key to wrap under</source>
        <translation>dim lapio RFC 3394, neu dim allwedd i lapio oddi tani</translation>
    </message>
    <message>
        <source>refused (%1) under a key that is not trusted</source>
        <translation>gwrthodwyd (%1) o dan allwedd nad yw&apos;n ddibynadwy</translation>
    </message>
    <message>
        <source>wrapped under a key that is not trusted: the token does not enforce CKA_WRAP_WITH_TRUSTED</source>
        <translation>wedi&apos;i lapio o dan allwedd nad yw&apos;n ddibynadwy: nid yw&apos;r tocyn yn gorfodi CKA_WRAP_WITH_TRUSTED</translation>
    </message>
    <message>
        <source>native</source>
        <translation>brodorol</translation>
    </message>
    <message>
        <source>fallback (development only)</source>
        <translation>wrth gefn (datblygu yn unig)</translation>
    </message>
    <message>
        <source>fallback: refused (production)</source>
        <translation>wrth gefn: gwrthodwyd (cynhyrchu)</translation>
    </message>
    <message>
        <source>impossible</source>
        <translation>amhosibl</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>llwyddodd</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>RHYBUDD</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>METHODD</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Gweithrediad</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanwaith</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Time per call</source>
        <translation>Amser fesul galwad</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ready: every operation this site needs works on this token.</source>
        <translation>Yn barod: mae pob gweithrediad sydd ei angen ar y safle hwn yn gweithio ar y tocyn hwn.</translation>
    </message>
    <message>
        <source>NOT READY: see the FAILED rows.</source>
        <translation>DDIM YN BAROD: gweler y rhesi A FETHODD.</translation>
    </message>
    <message>
        <source>%1 needs %2, which this token does not offer. Use a token that supports it.</source>
        <translation>Mae angen %2 ar %1, nad yw&apos;r tocyn hwn yn ei gynnig. Defnyddiwch docyn sy&apos;n ei gefnogi.</translation>
    </message>
    <message>
        <source>entry point &quot;%1&quot; is not one of %2 (leave it out for C_GetFunctionList).</source>
        <translation>nid yw&apos;r pwynt mynediad &quot;%1&quot; yn un o %2 (gadewch ef allan ar gyfer C_GetFunctionList).</translation>
    </message>
    <message>
        <source>%1 has no entry point %2 (NSS softoken&apos;s FIPS mode): leave out the entry point (--key-token-function-list), or name NSS softoken&apos;s library.</source>
        <translation>Nid oes gan %1 bwynt mynediad %2 (modd FIPS NSS softoken): gadewch y pwynt mynediad allan (--key-token-function-list), neu enwch lyfrgell NSS softoken.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#11 module (no C_GetFunctionList).</source>
        <translation>Nid yw %1 yn fodiwl PKCS#11 (dim C_GetFunctionList).</translation>
    </message>
    <message>
        <source>could not tell: %1</source>
        <translation>ni ellid dweud: %1</translation>
    </message>
    <message>
        <source>RFC 3394 test KEK</source>
        <translation>KEK prawf RFC 3394</translation>
    </message>
    <message>
        <source>accepted, but the key reads back not trusted</source>
        <translation>derbyniwyd, ond mae&apos;r allwedd yn darllen yn ôl yn annibynadwy</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>wrth gefn</translation>
    </message>
    <message>
        <source>The token allows %1 session(s) for this work; %2 were asked for.</source>
        <translation>Mae&apos;r tocyn yn caniatáu %1 sesiwn ar gyfer y gwaith hwn; gofynnwyd am %2.</translation>
    </message>
    <message>
        <source>The token refused session %1 (%2): the work runs on %3 session(s).</source>
        <translation>Gwrthododd y tocyn sesiwn %1 (%2): mae&apos;r gwaith yn rhedeg ar %3 sesiwn.</translation>
    </message>
</context>
<context>
    <name>symbolon::inventory</name>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation>mae maes yn hwy na %1 beit</translation>
    </message>
    <message>
        <source>a record is longer than %1 bytes</source>
        <translation>mae cofnod yn hwy na %1 beit</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>nid yw&apos;r testun yn UTF-8 dilys (beit 0x%1); cadwch y ffeil fel UTF-8</translation>
    </message>
    <message>
        <source>the file has more than %1 lines</source>
        <translation>mae gan y ffeil fwy na %1 llinell</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>ni ellid darllen y ffeil: %1</translation>
    </message>
    <message>
        <source>a quoted field that starts on this line is not closed before the end of the file</source>
        <translation>nid yw maes mewn dyfynodau sy&apos;n dechrau ar y llinell hon wedi&apos;i gau cyn diwedd y ffeil</translation>
    </message>
    <message>
        <source>a carriage return is not followed by a line feed</source>
        <translation>nid yw llinell newydd yn dilyn dychweliad cerbyd</translation>
    </message>
    <message>
        <source>a double quote inside an unquoted field: put the whole field in double quotes and write the quote as two</source>
        <translation>dyfynnod dwbl y tu mewn i faes heb ddyfynodau: rhowch y maes cyfan mewn dyfynodau dwbl ac ysgrifennwch y dyfynnod fel dau</translation>
    </message>
    <message>
        <source>after a closing double quote, expected a comma or the end of the line</source>
        <translation>ar ôl dyfynnod dwbl cau, disgwylid coma neu ddiwedd y llinell</translation>
    </message>
    <message>
        <source>the inventory file could not be written: %1</source>
        <translation>ni ellid ysgrifennu ffeil y rhestr eiddo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1: nothing was imported.</source>
        <translation>
            <numerusform>%n problem yn %1: ni fewnforiwyd dim.</numerusform>
            <numerusform>%n broblem yn %1: ni fewnforiwyd dim.</numerusform>
            <numerusform>%n problem yn %1: ni fewnforiwyd dim.</numerusform>
            <numerusform>%n problem yn %1: ni fewnforiwyd dim.</numerusform>
            <numerusform>%n problem yn %1: ni fewnforiwyd dim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file was already imported on %1 by %2 (%n device(s)); nothing changed.</source>
        <translation>
            <numerusform>Mewnforiwyd y ffeil hon eisoes ar %1 gan %2 (%n dyfais); ni newidiwyd dim.</numerusform>
            <numerusform>Mewnforiwyd y ffeil hon eisoes ar %1 gan %2 (%n ddyfais); ni newidiwyd dim.</numerusform>
            <numerusform>Mewnforiwyd y ffeil hon eisoes ar %1 gan %2 (%n dyfais); ni newidiwyd dim.</numerusform>
            <numerusform>Mewnforiwyd y ffeil hon eisoes ar %1 gan %2 (%n dyfais); ni newidiwyd dim.</numerusform>
            <numerusform>Mewnforiwyd y ffeil hon eisoes ar %1 gan %2 (%n dyfais); ni newidiwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier import</source>
        <translation>mewnforiad cynharach</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>a device not already in the workspace (it came with %1)</source>
        <translation>dyfais nad yw eisoes yn y gweithle (daeth gyda %1)</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Canslwyd y mewnforio: ni fewnforiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in %1 are already in the workspace: nothing was imported.</source>
        <translation>
            <numerusform>Mae %n dyfais yn %1 eisoes yn y gweithle: ni fewnforiwyd dim.</numerusform>
            <numerusform>Mae %n ddyfais yn %1 eisoes yn y gweithle: ni fewnforiwyd dim.</numerusform>
            <numerusform>Mae %n dyfais yn %1 eisoes yn y gweithle: ni fewnforiwyd dim.</numerusform>
            <numerusform>Mae %n dyfais yn %1 eisoes yn y gweithle: ni fewnforiwyd dim.</numerusform>
            <numerusform>Mae %n dyfais yn %1 eisoes yn y gweithle: ni fewnforiwyd dim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s) from %1.</source>
        <translation>
            <numerusform>Mewnforiwyd %n dyfais o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ddyfais o %1.</numerusform>
            <numerusform>Mewnforiwyd %n dyfais o %1.</numerusform>
            <numerusform>Mewnforiwyd %n dyfais o %1.</numerusform>
            <numerusform>Mewnforiwyd %n dyfais o %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(key material not shown)</source>
        <translation>(ni ddangosir deunydd allweddi)</translation>
    </message>
    <message>
        <source>an inventory file opened for reading</source>
        <translation>ffeil rhestr eiddo wedi&apos;i hagor i&apos;w darllen</translation>
    </message>
    <message>
        <source>well-formed CSV: %1</source>
        <translation>CSV wedi&apos;i ffurfio&apos;n dda: %1</translation>
    </message>
    <message>
        <source>a header row naming the columns (%1); the file is empty</source>
        <translation>rhes bennawd yn enwi&apos;r colofnau (%1); mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <source>at least one device row after the header</source>
        <translation>o leiaf un rhes dyfais ar ôl y pennawd</translation>
    </message>
    <message>
        <source>a file fingerprint (SHA-256), but OpenSSL could not compute it</source>
        <translation>ôl bys ffeil (SHA-256), ond ni allai OpenSSL ei gyfrifo</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colofn %1)</translation>
    </message>
    <message>
        <source>one of the inventory columns: %1, and optionally mk, ak_&lt;client&gt; and guek_&lt;client&gt; for the clients data_collection, extended_data_collection, management, firmware</source>
        <translation>un o golofnau&apos;r rhestr eiddo: %1, ac yn ddewisol mk, ak_&lt;client&gt; a guek_&lt;client&gt; ar gyfer y cleientiaid data_collection, extended_data_collection, management, firmware</translation>
    </message>
    <message>
        <source>each column once; it is also column %1</source>
        <translation>pob colofn unwaith; mae hefyd yn golofn %1</translation>
    </message>
    <message>
        <source>this required column in the header</source>
        <translation>y golofn ofynnol hon yn y pennawd</translation>
    </message>
    <message>
        <source>all nine key columns (mk, and ak_ and guek_ for each of the four keyed clients) or none; this one is missing</source>
        <translation>pob un o&apos;r naw colofn allweddi (mk, ac ak_ a guek_ ar gyfer pob un o&apos;r pedwar cleient ag allweddi) neu ddim un; mae&apos;r un hon ar goll</translation>
    </message>
    <message>
        <source>text of 1 to %1 printable characters</source>
        <translation>testun o 1 i %1 nod argraffadwy</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n maes</numerusform>
            <numerusform>%n maes</numerusform>
            <numerusform>%n maes</numerusform>
            <numerusform>%n maes</numerusform>
            <numerusform>%n maes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), as in the header</source>
        <translation>
            <numerusform>%n maes, fel yn y pennawd</numerusform>
            <numerusform>%n maes, fel yn y pennawd</numerusform>
            <numerusform>%n maes, fel yn y pennawd</numerusform>
            <numerusform>%n maes, fel yn y pennawd</numerusform>
            <numerusform>%n maes, fel yn y pennawd</numerusform>
        </translation>
    </message>
    <message>
        <source>a device id not already in this file; it is also on line %1</source>
        <translation>ID dyfais nad yw eisoes yn y ffeil hon; mae hefyd ar linell %1</translation>
    </message>
    <message>
        <source>a device type: CHF, ESME, GSME, GPF or PPMID</source>
        <translation>math o ddyfais: CHF, ESME, GSME, GPF neu PPMID</translation>
    </message>
    <message>
        <source>IOC or FOC; %1</source>
        <translation>IOC neu FOC; %1</translation>
    </message>
    <message>
        <source>a cohort: IOC or FOC</source>
        <translation>carfan: IOC neu FOC</translation>
    </message>
    <message>
        <source>a date and time with a time zone, e.g. 2024-03-01T09:30:00Z (a date alone is not enough: the 7-day rotation clock starts at commissioning)</source>
        <translation>dyddiad ac amser gyda chylchfa amser, e.e. 2024-03-01T09:30:00Z (nid yw dyddiad yn unig yn ddigon: mae&apos;r cloc cylchdroi 7 diwrnod yn dechrau wrth gomisiynu)</translation>
    </message>
    <message>
        <source>a commissioning time on or after 2009-01-01T00:00:00Z</source>
        <translation>amser comisiynu ar 2009-01-01T00:00:00Z neu wedi hynny</translation>
    </message>
    <message>
        <source>a commissioning time not in the future (now is %1)</source>
        <translation>amser comisiynu nad yw yn y dyfodol (yr amser nawr yw %1)</translation>
    </message>
    <message>
        <source>empty, 1 or 2 (the SEC G2.44A device category)</source>
        <translation>gwag, 1 neu 2 (categori dyfais SEC G2.44A)</translation>
    </message>
    <message>
        <source>a DLMS system title: 16 hex digits (8 bytes)</source>
        <translation>teitl system DLMS: 16 digid hecs (8 beit)</translation>
    </message>
    <message>
        <source>an RFC 3394 wrapped key: 48 hex digits (24 bytes), or empty</source>
        <translation>allwedd wedi&apos;i lapio gydag RFC 3394: 48 digid hecs (24 beit), neu&apos;n wag</translation>
    </message>
    <message>
        <source>all nine key columns filled, or all nine empty (%1 of 9 are filled)</source>
        <translation>pob un o&apos;r naw colofn allweddi wedi&apos;u llenwi, neu bob un o&apos;r naw yn wag (mae %1 o 9 wedi&apos;u llenwi)</translation>
    </message>
    <message>
        <source>a readable inventory file (%1)</source>
        <translation>ffeil rhestr eiddo ddarllenadwy (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>llinell %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: disgwylid %2</translation>
    </message>
    <message numerus="yes">
        <source>the inventory file has %n problem(s); nothing was imported. First: %1</source>
        <translation>
            <numerusform>mae gan ffeil y rhestr eiddo %n problem; ni fewnforiwyd dim. Y gyntaf: %1</numerusform>
            <numerusform>mae gan ffeil y rhestr eiddo %n broblem; ni fewnforiwyd dim. Y gyntaf: %1</numerusform>
            <numerusform>mae gan ffeil y rhestr eiddo %n problem; ni fewnforiwyd dim. Y gyntaf: %1</numerusform>
            <numerusform>mae gan ffeil y rhestr eiddo %n problem; ni fewnforiwyd dim. Y gyntaf: %1</numerusform>
            <numerusform>mae gan ffeil y rhestr eiddo %n problem; ni fewnforiwyd dim. Y gyntaf: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No device %1 in this workspace.</source>
        <translation>Dim dyfais %1 yn y gweithle hwn.</translation>
    </message>
    <message>
        <source> (this name holds an invisible byte order mark, U+FEFF: the file has a second one, or one in the middle; save it again as UTF-8)</source>
        <translation> (mae&apos;r enw hwn yn cynnwys nod trefn beitiau anweledig, U+FEFF: mae gan y ffeil ail un, neu un yn y canol; cadwch hi eto fel UTF-8)</translation>
    </message>
    <message>
        <source> (the fields seem to be separated by semicolons: save the file with commas)</source>
        <translation> (mae&apos;n ymddangos bod y meysydd wedi&apos;u gwahanu â hanner colonau: cadwch y ffeil gyda chomâu)</translation>
    </message>
    <message>
        <source> (the heading is not shown: it does not look like a column name; is this an inventory file?)</source>
        <translation> (ni ddangosir y pennawd: nid yw’n edrych fel enw colofn; ai ffeil rhestr eiddo yw hon?)</translation>
    </message>
    <message>
        <source>a name unlike “%1” (line %2): the two look alike but are different characters</source>
        <translation>enw sy’n wahanol i “%1” (llinell %2): mae’r ddau’n edrych yr un fath ond maent yn nodau gwahanol</translation>
    </message>
    <message>
        <source>a name unlike “%1”, which the workspace already has: the two look alike but are different characters</source>
        <translation>enw sy’n wahanol i “%1”, sydd gan y gweithle eisoes: mae’r ddau’n edrych yr un fath ond maent yn nodau gwahanol</translation>
    </message>
    <message>
        <source>text with at most %1 different accents on one letter (stacked accents can hide what a name says)</source>
        <translation>testun gyda %1 acen wahanol ar un llythyren ar y mwyaf (gall acenion wedi’u pentyrru guddio’r hyn y mae enw’n ei ddweud)</translation>
    </message>
    <message>
        <source>text in one writing system (the Unicode checker is not available, so only ASCII is accepted)</source>
        <translation>testun mewn un system ysgrifennu (nid yw’r gwiriwr Unicode ar gael, felly dim ond ASCII a dderbynnir)</translation>
    </message>
    <message>
        <source>text the Unicode checker can read</source>
        <translation>testun y gall y gwiriwr Unicode ei ddarllen</translation>
    </message>
    <message>
        <source>digits of one writing system (this name mixes digits of several)</source>
        <translation>digidau un system ysgrifennu (mae’r enw hwn yn cymysgu digidau sawl un)</translation>
    </message>
    <message>
        <source>no invisible or repeated combining characters</source>
        <translation>dim nodau cyfuno anweledig neu ailadroddus</translation>
    </message>
    <message>
        <source>text in one writing system (this name mixes %1: letters of different scripts can look alike)</source>
        <translation>testun mewn un system ysgrifennu (mae’r enw hwn yn cymysgu %1: gall llythrennau o wahanol sgriptiau edrych yr un fath)</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported: nothing was imported. Import it again once it is complete.</source>
        <translation>Newidiodd y ffeil %1 tra oedd yn cael ei mewnforio: ni fewnforiwyd dim. Mewnforiwch hi eto pan fydd yn gyflawn.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n different names in this column (the file has more: are the columns in the right order?)</source>
        <translation>
            <numerusform>ar y mwyaf %n enw gwahanol yn y golofn hon (mae gan y ffeil fwy: a yw’r colofnau yn y drefn gywir?)</numerusform>
            <numerusform>ar y mwyaf %n enw gwahanol yn y golofn hon (mae gan y ffeil fwy: a yw’r colofnau yn y drefn gywir?)</numerusform>
            <numerusform>ar y mwyaf %n enw gwahanol yn y golofn hon (mae gan y ffeil fwy: a yw’r colofnau yn y drefn gywir?)</numerusform>
            <numerusform>ar y mwyaf %n enw gwahanol yn y golofn hon (mae gan y ffeil fwy: a yw’r colofnau yn y drefn gywir?)</numerusform>
            <numerusform>ar y mwyaf %n enw gwahanol yn y golofn hon (mae gan y ffeil fwy: a yw’r colofnau yn y drefn gywir?)</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1: its system title must be 8 bytes and its migration keys either absent or nine of 24 bytes; nothing was imported.</source>
        <translation>Dyfais %1: rhaid i&apos;w theitl system fod yn 8 beit a&apos;i hallweddau mudo naill ai&apos;n absennol neu&apos;n naw o 24 beit; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Device %1 was neither inserted nor found in the workspace; nothing was imported.</source>
        <translation>Ni chafodd dyfais %1 ei mewnosod na&apos;i chanfod yn y gweithle; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>a regular file (a pipe or terminal cannot be read twice: save the inventory to a file first)</source>
        <translation>ffeil reolaidd (ni ellir darllen pibell na therfynell ddwywaith: cadwch y rhestr eiddo mewn ffeil yn gyntaf)</translation>
    </message>
</context>
<context>
    <name>symbolon::journal</name>
    <message>
        <source>A checkpoint is malformed: expected seq (&gt;= 1), hash (32 bytes hex), time (ISO 8601), key_fingerprint (64 hex) and signature (base64).</source>
        <translation>Mae pwynt gwirio wedi&apos;i gamffurfio: disgwylid seq (&gt;= 1), hash (32 beit hecs), time (ISO 8601), key_fingerprint (64 hecs) a signature (base64).</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be opened: %2</source>
        <translation>Ni ellir agor y ffeil pwyntiau gwirio %1: %2</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be written: %2</source>
        <translation>Ni ellir ysgrifennu&apos;r ffeil pwyntiau gwirio %1: %2</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be read: %2</source>
        <translation>Ni ellir darllen y ffeil pwyntiau gwirio %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected one checkpoint as a JSON object (%3).</source>
        <translation>%1, llinell %2: roedd disgwyl un pwynt gwirio fel gwrthrych JSON (%3).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, llinell %2: %3</translation>
    </message>
    <message>
        <source>Counting journal entries returned no row.</source>
        <translation>Ni ddychwelodd cyfrif cofnodion y cyfnodolyn unrhyw res.</translation>
    </message>
    <message>
        <source>A journal page needs an offset of 0 or more and a limit of 1 or more.</source>
        <translation>Mae tudalen cyfnodolyn angen gwrthbwyso o 0 neu fwy a therfyn o 1 neu fwy.</translation>
    </message>
    <message>
        <source>The journal token is not present, so checkpoints cannot be signed: %1</source>
        <translation>Nid yw tocyn y cyfnodolyn yn bresennol, felly ni ellir llofnodi pwyntiau gwirio: %1</translation>
    </message>
    <message>
        <source>Verification FAILED at entry #%1: %2</source>
        <translation>METHODD y dilysu yng nghofnod #%1: %2</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>METHODD y dilysu: %1</translation>
    </message>
    <message>
        <source>Chain verified: %1 entries (#%2 to #%3), every hash and link intact</source>
        <translation>Dilyswyd y gadwyn: %1 cofnod (#%2 i #%3), pob hash a dolen yn gyfan</translation>
    </message>
    <message>
        <source>; %1 checkpoint signatures verified, the last covering #%2, signed at %3 by key %4</source>
        <translation>; dilyswyd %1 llofnod pwynt gwirio, yr olaf yn cwmpasu #%2, wedi&apos;i lofnodi am %3 gan allwedd %4</translation>
    </message>
    <message>
        <source>; no checkpoint anchors it</source>
        <translation>; nid oes pwynt gwirio yn ei angori</translation>
    </message>
    <message>
        <source>checkpoints are present but no public key was given to verify them</source>
        <translation>mae pwyntiau gwirio&apos;n bresennol ond ni roddwyd allwedd gyhoeddus i&apos;w dilysu</translation>
    </message>
    <message>
        <source>the checkpoint of #%1 signed at %2 does not verify: it was altered, or signed by another key (fingerprint %3)</source>
        <translation>nid yw pwynt gwirio #%1 a lofnodwyd am %2 yn dilysu: fe&apos;i newidiwyd, neu fe&apos;i llofnodwyd gan allwedd arall (ôl bys %3)</translation>
    </message>
    <message>
        <source>the checkpoint file lacks the checkpoint of #%1 signed at %2: it was truncated or replaced</source>
        <translation>nid oes gan y ffeil pwyntiau gwirio bwynt gwirio #%1 a lofnodwyd am %2: fe&apos;i cwtogwyd neu fe&apos;i disodlwyd</translation>
    </message>
    <message>
        <source>the journal does not start at entry #1 (it starts at #%1)</source>
        <translation>nid yw&apos;r cyfnodolyn yn dechrau wrth gofnod #1 (mae&apos;n dechrau wrth #%1)</translation>
    </message>
    <message>
        <source>the entry is missing (the next one found is #%1)</source>
        <translation>mae&apos;r cofnod ar goll (yr un nesaf a ganfuwyd yw #%1)</translation>
    </message>
    <message>
        <source>entries are out of order (found #%1 here)</source>
        <translation>mae&apos;r cofnodion allan o drefn (canfuwyd #%1 yma)</translation>
    </message>
    <message>
        <source>it does not link to the entry before it (prev_hash differs)</source>
        <translation>nid yw&apos;n cysylltu â&apos;r cofnod o&apos;i flaen (mae prev_hash yn wahanol)</translation>
    </message>
    <message>
        <source>its content was altered: the hash does not match</source>
        <translation>newidiwyd ei gynnwys: nid yw&apos;r hash yn cyfateb</translation>
    </message>
    <message>
        <source>it differs from the version signed in the checkpoint of %1</source>
        <translation>mae&apos;n wahanol i&apos;r fersiwn a lofnodwyd ym mhwynt gwirio %1</translation>
    </message>
    <message>
        <source>the journal ends at #%1, but a checkpoint signed at %2 covers #%3: entries were deleted from the end</source>
        <translation>mae&apos;r cyfnodolyn yn gorffen wrth #%1, ond mae pwynt gwirio a lofnodwyd am %2 yn cwmpasu #%3: dilëwyd cofnodion o&apos;r diwedd</translation>
    </message>
    <message>
        <source>no checkpoint was found: nothing anchors the chain against truncation</source>
        <translation>ni chanfuwyd pwynt gwirio: nid oes dim yn angori&apos;r gadwyn rhag cwtogi</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>dim cof ar ôl</translation>
    </message>
    <message>
        <source>the session broke (the collector closed it or stopped answering)</source>
        <translation>torrodd y sesiwn (caeodd y casglwr hi neu peidiodd ag ateb)</translation>
    </message>
    <message>
        <source>the collector closed the session</source>
        <translation>caeodd y casglwr y sesiwn</translation>
    </message>
    <message>
        <source>a network read or write failed</source>
        <translation>methodd darllen neu ysgrifennu ar y rhwydwaith</translation>
    </message>
    <message>
        <source>the collector did not answer in time</source>
        <translation>ni atebodd y casglwr mewn pryd</translation>
    </message>
    <message>
        <source>the collector refused a message (error response)</source>
        <translation>gwrthododd y casglwr neges (ymateb gwall)</translation>
    </message>
    <message>
        <source>the collector does not accept RELP syslog messages</source>
        <translation>nid yw&apos;r casglwr yn derbyn negeseuon syslog RELP</translation>
    </message>
    <message>
        <source>the session does not allow syslog messages</source>
        <translation>nid yw&apos;r sesiwn yn caniatáu negeseuon syslog</translation>
    </message>
    <message>
        <source>TLS failed (check the certificates and the collector&apos;s TLS settings)</source>
        <translation>Methodd TLS (gwiriwch y tystysgrifau a gosodiadau TLS y casglwr)</translation>
    </message>
    <message>
        <source>this librelp was built without TLS</source>
        <translation>adeiladwyd y librelp hwn heb TLS</translation>
    </message>
    <message>
        <source>the collector&apos;s certificate was not accepted</source>
        <translation>ni dderbyniwyd tystysgrif y casglwr</translation>
    </message>
    <message>
        <source>librelp error %1</source>
        <translation>gwall librelp %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 the SIEM collector %2 failed: %3. The entries stay queued and are sent again when the collector answers.</source>
        <translation>Methodd %1 casglwr SIEM %2: %3. Mae&apos;r cofnodion yn aros yn y ciw ac fe&apos;u hanfonir eto pan fydd y casglwr yn ateb.</translation>
    </message>
    <message>
        <source>The RELP library could not start (out of memory?).</source>
        <translation>Ni allai&apos;r llyfrgell RELP gychwyn (dim cof ar ôl?).</translation>
    </message>
    <message>
        <source>Connecting to</source>
        <translation>Yn cysylltu â</translation>
    </message>
    <message>
        <source>Setting up TLS for</source>
        <translation>Yn gosod TLS ar gyfer</translation>
    </message>
    <message>
        <source>Sending to the SIEM collector without a session.</source>
        <translation>Yn anfon at gasglwr y SIEM heb sesiwn.</translation>
    </message>
    <message>
        <source>Sending to</source>
        <translation>Yn anfon at</translation>
    </message>
    <message>
        <source>Closing a SIEM session that is not open.</source>
        <translation>Yn cau sesiwn SIEM nad yw ar agor.</translation>
    </message>
    <message>
        <source>Closing the session with</source>
        <translation>Yn cau&apos;r sesiwn gyda</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>wedi stopio</translation>
    </message>
    <message>
        <source>idle (all acknowledged)</source>
        <translation>segur (cadarnhawyd y cyfan)</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>yn cysylltu</translation>
    </message>
    <message>
        <source>connected, sending</source>
        <translation>wedi cysylltu, yn anfon</translation>
    </message>
    <message>
        <source>collector unreachable, retrying</source>
        <translation>casglwr yn anghyraeddadwy, yn ailgynnig</translation>
    </message>
    <message>
        <source>A checkpoint&apos;s card signature is malformed: expected card_fingerprint (64 hex) and card_signature (base64), both or neither.</source>
        <translation>Mae llofnod cerdyn pwynt gwirio wedi’i gamffurfio: disgwylid card_fingerprint (64 hecs) a card_signature (base64), y ddau neu ddim un.</translation>
    </message>
    <message>
        <source>Journal entry #%1, which the SIEM collector %2 acknowledged with hash %3, is no longer in the journal: entries were deleted after the collector received them. Forwarding stops; compare the journal with the collector&apos;s copy (journal verify --siem-log).</source>
        <translation>Nid yw cofnod cyfnodolyn #%1, a gydnabu’r casglwr SIEM %2 â hash %3, yn y cyfnodolyn mwyach: dilëwyd cofnodion ar ôl i’r casglwr eu derbyn. Mae’r anfon ymlaen yn stopio; cymharwch y cyfnodolyn â chopi’r casglwr (journal verify --siem-log).</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(heb ei gofnodi)</translation>
    </message>
    <message>
        <source>Journal entry #%1 was rewritten after the SIEM collector %2 acknowledged it: it had hash %3 then and has hash %4 now. Forwarding stops; compare the journal with the collector&apos;s copy (journal verify --siem-log) and treat the workspace as tampered with.</source>
        <translation>Ailysgrifennwyd cofnod cyfnodolyn #%1 ar ôl i’r casglwr SIEM %2 ei gydnabod: roedd ganddo hash %3 bryd hynny ac mae ganddo hash %4 nawr. Mae’r anfon ymlaen yn stopio; cymharwch y cyfnodolyn â chopi’r casglwr (journal verify --siem-log) a thrin y gweithle fel un yr ymyrrwyd ag ef.</translation>
    </message>
    <message>
        <source>; every person&apos;s entries are co-signed by their own card (%1 card signatures)</source>
        <translation>; mae cofnodion pob person wedi’u cyd-lofnodi gan eu cerdyn eu hunain (%1 llofnod cerdyn)</translation>
    </message>
    <message>
        <source>; %1 card co-signatures verified (not required for this journal)</source>
        <translation>; dilyswyd %1 cyd-lofnod cerdyn (nid oes eu hangen ar gyfer y cyfnodolyn hwn)</translation>
    </message>
    <message>
        <source>the checkpoint of #%1 signed at %2 is co-signed by a card the site register never enrolled (fingerprint %3)</source>
        <translation>mae pwynt gwirio #%1 a lofnodwyd am %2 wedi’i gyd-lofnodi gan gerdyn na chofrestrodd cofrestr y safle erioed (ôl bys %3)</translation>
    </message>
    <message>
        <source>the card signature of %1 on the checkpoint of #%2 signed at %3 does not verify: the checkpoint was altered or forged</source>
        <translation>nid yw llofnod cerdyn %1 ar bwynt gwirio #%2 a lofnodwyd am %3 yn dilysu: newidiwyd neu ffugiwyd y pwynt gwirio</translation>
    </message>
    <message>
        <source>it names %1, but no checkpoint is co-signed by that person&apos;s card: it was written or changed without their card</source>
        <translation>mae’n enwi %1, ond nid oes pwynt gwirio wedi’i gyd-lofnodi gan gerdyn y person hwnnw: fe’i hysgrifennwyd neu fe’i newidiwyd heb eu cerdyn</translation>
    </message>
    <message>
        <source>it names %1, but that person&apos;s card co-signed the journal only up to #%2: it was written or changed without their card</source>
        <translation>mae’n enwi %1, ond dim ond hyd at #%2 y cyd-lofnododd cerdyn y person hwnnw’r cyfnodolyn: fe’i hysgrifennwyd neu fe’i newidiwyd heb eu cerdyn</translation>
    </message>
    <message>
        <source>The SIEM log %1 cannot be read: %2.</source>
        <translation>Ni ellir darllen log SIEM %1: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: a Symbolon message without a valid seq and hash (expected seq=&quot;N&quot; hash=&quot;64 hex digits&quot; in its [%3] element).</source>
        <translation>%1, llinell %2: neges Symbolon heb seq a hash dilys (disgwylid seq=&quot;N&quot; hash=&quot;64 digid hecs&quot; yn ei elfen [%3]).</translation>
    </message>
    <message>
        <source>%1, line %2: entry #%3 has hash %4 here but hash %5 on line %6: the collector received two different entries under one number.</source>
        <translation>%1, llinell %2: mae gan gofnod #%3 hash %4 yma ond hash %5 ar linell %6: derbyniodd y casglwr ddau gofnod gwahanol dan un rhif.</translation>
    </message>
    <message>
        <source>%1 holds no Symbolon journal message (%2 lines read): is this the collector&apos;s file?</source>
        <translation>nid yw %1 yn dal unrhyw neges cyfnodolyn Symbolon (darllenwyd %2 llinell): ai ffeil y casglwr yw hon?</translation>
    </message>
    <message>
        <source>%1, line %2: entry #%3 (hash %4) is not in the journal, which ends at #%5: entries were deleted after they were forwarded.</source>
        <translation>%1, llinell %2: nid yw cofnod #%3 (hash %4) yn y cyfnodolyn, sy’n gorffen yn #%5: dilëwyd cofnodion ar ôl eu hanfon ymlaen.</translation>
    </message>
    <message>
        <source>%1, line %2: entry #%3 (hash %4) is not in the journal: it was deleted after it was forwarded.</source>
        <translation>%1, llinell %2: nid yw cofnod #%3 (hash %4) yn y cyfnodolyn: fe’i dilëwyd ar ôl ei anfon ymlaen.</translation>
    </message>
    <message>
        <source>%1, line %2: entry #%3 has hash %4 in the collector&apos;s copy but hash %5 in the journal: it was rewritten after it was forwarded.</source>
        <translation>%1, llinell %2: mae gan gofnod #%3 hash %4 yng nghopi’r casglwr ond hash %5 yn y cyfnodolyn: fe’i hailysgrifennwyd ar ôl ei anfon ymlaen.</translation>
    </message>
    <message>
        <source>%1 up to #%2</source>
        <translation>%1 hyd at #%2</translation>
    </message>
    <message>
        <source>; co-signed by: %1</source>
        <translation>; wedi’i gyd-lofnodi gan: %1</translation>
    </message>
    <message>
        <source>it names %1, but no checkpoint covers it yet: a process of theirs stopped before signing (their card co-signs it when they next open the workspace), or someone else wrote it in their name</source>
        <translation>mae’n enwi %1, ond nid oes pwynt gwirio yn ei gwmpasu eto: stopiodd un o’u prosesau cyn llofnodi (mae eu cerdyn yn ei gyd-lofnodi pan fyddant yn agor y gweithle nesaf), neu ysgrifennodd rhywun arall ef yn eu henw</translation>
    </message>
    <message>
        <source>The journal token &quot;%1&quot;: %2</source>
        <translation>Tocyn y cyfnodolyn &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The journal token &quot;%1&quot; already holds a journal signing key: it serves another workspace. Give this site a token of its own, or remove that key first.</source>
        <translation>Mae tocyn y cyfnodolyn &quot;%1&quot; eisoes yn dal allwedd llofnodi cyfnodolyn: mae’n gwasanaethu gweithle arall. Rhowch docyn ei hun i’r safle hwn, neu tynnwch yr allwedd honno yn gyntaf.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ni roddwyd rheswm</translation>
    </message>
    <message>
        <source>A timestamp is asked for over 32 bytes (SHA-256).</source>
        <translation>Gofynnir am stamp amser dros 32 beit (SHA-256).</translation>
    </message>
    <message>
        <source>The TSA address %1 is not an http:// URL (RFC 3161 over HTTP; the answers are signed).</source>
        <translation>Nid yw cyfeiriad y TSA %1 yn URL http:// (RFC 3161 dros HTTP; mae’r atebion wedi’u llofnodi).</translation>
    </message>
    <message>
        <source>A timestamp request could not be made</source>
        <translation>Ni ellid gwneud cais am stamp amser</translation>
    </message>
    <message>
        <source>A timestamp request could not be encoded</source>
        <translation>Ni ellid amgodio cais am stamp amser</translation>
    </message>
    <message>
        <source>The TSA address %1 is not a URL.</source>
        <translation>Nid yw cyfeiriad y TSA %1 yn URL.</translation>
    </message>
    <message>
        <source>The TSA at %1 did not answer: %2</source>
        <translation>Ni atebodd y TSA yn %1: %2</translation>
    </message>
    <message>
        <source>The TSA at %1 answered something that is not a timestamp response</source>
        <translation>Atebodd y TSA yn %1 â rhywbeth nad yw’n ymateb stamp amser</translation>
    </message>
    <message>
        <source>The TSA at %1 refused the timestamp (PKIStatus %2).</source>
        <translation>Gwrthododd y TSA yn %1 y stamp amser (PKIStatus %2).</translation>
    </message>
    <message>
        <source>The TSA at %1 answered for another request</source>
        <translation>Atebodd y TSA yn %1 ar gyfer cais arall</translation>
    </message>
    <message>
        <source>The TSA&apos;s token could not be encoded</source>
        <translation>Ni ellid amgodio tocyn y TSA</translation>
    </message>
    <message>
        <source>The timestamp token is not DER CMS</source>
        <translation>Nid yw’r tocyn stamp amser yn DER CMS</translation>
    </message>
    <message>
        <source>A timestamp could not be checked</source>
        <translation>Ni ellid gwirio stamp amser</translation>
    </message>
    <message>
        <source>The pinned TSA certificate file holds no PEM certificate.</source>
        <translation>Nid yw ffeil tystysgrif y TSA wedi’i phinio yn dal unrhyw dystysgrif PEM.</translation>
    </message>
    <message>
        <source>The timestamp does not verify against the pinned TSA certificate, or is over other data</source>
        <translation>Nid yw’r stamp amser yn dilysu yn erbyn tystysgrif y TSA wedi’i phinio, neu mae dros ddata arall</translation>
    </message>
    <message>
        <source>The timestamp token holds no TSTInfo</source>
        <translation>Nid yw’r tocyn stamp amser yn dal TSTInfo</translation>
    </message>
    <message>
        <source>The timestamp&apos;s time cannot be read.</source>
        <translation>Ni ellir darllen amser y stamp amser.</translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints carry a trusted timestamp that verifies against the pinned TSA certificate.</source>
        <translation>Mae gan %1 o %2 pwynt gwirio stamp amser dibynadwy sy’n dilysu yn erbyn tystysgrif y TSA wedi’i phinio.</translation>
    </message>
    <message>
        <source>Newest: %1, by %2.</source>
        <translation>Y diweddaraf: %1, gan %2.</translation>
    </message>
    <message>
        <source>Entries #%1 to #%2 were first timestamped long after their own time (#%1 is dated %3, its first timestamp %4): they were written, or rewritten, later than they say.</source>
        <translation>Cafodd cofnodion #%1 i #%2 eu stamp amser cyntaf ymhell ar ôl eu hamser eu hunain (mae #%1 wedi’i ddyddio %3, a’i stamp amser cyntaf %4): cawsant eu hysgrifennu, neu eu hailysgrifennu, yn hwyrach nag y maent yn ei ddweud.</translation>
    </message>
    <message>
        <source>Entries from #%1 on are not timestamped yet.</source>
        <translation>Nid oes stamp amser ar gofnodion o #%1 ymlaen eto.</translation>
    </message>
    <message>
        <source>The timestamp of checkpoint #%1 has no checkpoint: it was removed.</source>
        <translation>Nid oes pwynt gwirio ar gyfer stamp amser pwynt gwirio #%1: fe’i tynnwyd.</translation>
    </message>
    <message>
        <source>The timestamp of checkpoint #%1 does not verify over the checkpoint as it is now: the checkpoint was re-signed after it was timestamped, or the token is not the TSA&apos;s (%2).</source>
        <translation>Nid yw stamp amser pwynt gwirio #%1 yn dilysu dros y pwynt gwirio fel y mae nawr: ail-lofnodwyd y pwynt gwirio ar ôl iddo gael ei stamp amser, neu nid tocyn y TSA yw’r tocyn (%2).</translation>
    </message>
    <message>
        <source>Checkpoint #%1 says it was signed at %2 but was timestamped at %3.</source>
        <translation>Mae pwynt gwirio #%1 yn dweud iddo gael ei lofnodi am %2 ond cafodd ei stamp amser am %3.</translation>
    </message>
    <message>
        <source>Entry #%1 is dated after the timestamp that covers it: its time was changed.</source>
        <translation>Mae cofnod #%1 wedi’i ddyddio ar ôl y stamp amser sy’n ei gwmpasu: newidiwyd ei amser.</translation>
    </message>
    <message>
        <source>Entries from #%1 on carry no timestamp, and #%1 is older than the window: their timestamps were deleted, or the time-stamping authority was not reached then.</source>
        <translation>Nid oes stamp amser ar gofnodion o #%1 ymlaen, ac mae #%1 yn hŷn na’r ffenestr: dilëwyd eu stampiau amser, neu ni chyrhaeddwyd yr awdurdod stampio amser bryd hynny.</translation>
    </message>
    <message>
        <source>The journal carries no timestamp that verifies.</source>
        <translation>Nid oes gan y cyfnodolyn unrhyw stamp amser sy’n dilysu.</translation>
    </message>
    <message>
        <source>Entries before #%1 were not checked (timestamps begin there, as given).</source>
        <translation>Ni wiriwyd cofnodion cyn #%1 (mae’r stampiau amser yn dechrau yno, fel y’i rhoddwyd).</translation>
    </message>
</context>
<context>
    <name>symbolon::journal::SiemForwarder</name>
    <message>
        <source>The SIEM forwarder is already running.</source>
        <translation>Mae&apos;r anfonydd SIEM eisoes yn rhedeg.</translation>
    </message>
    <message>
        <source>The SIEM collector %1 did not acknowledge every journal entry in time: %2 remain queued and will be sent on the next run.%3</source>
        <translation>Ni chadarnhaodd casglwr SIEM %1 bob cofnod cyfnodolyn mewn pryd: mae %2 yn aros yn y ciw a chânt eu hanfon y tro nesaf.%3</translation>
    </message>
    <message>
        <source>The SIEM collector %1 reported an error: %2. Unproven entries stay queued and are sent again.</source>
        <translation>Adroddodd casglwr SIEM %1 wall: %2. Mae cofnodion heb eu profi yn aros yn y ciw ac fe&apos;u hanfonir eto.</translation>
    </message>
</context>
<context>
    <name>symbolon::json</name>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object; a document whose keys repeat can be read two ways, so it is refused</source>
        <translation>mae’r allwedd &quot;%1&quot; yn ymddangos ddwywaith mewn un gwrthrych; gellir darllen dogfen y mae ei hallweddi’n ailadrodd mewn dwy ffordd, felly fe’i gwrthodir</translation>
    </message>
</context>
<context>
    <name>symbolon::keys</name>
    <message>
        <source>A key record begins as Migrated or Generated, never as %1.</source>
        <translation>Mae cofnod allwedd yn dechrau fel Migrated neu Generated, byth fel %1.</translation>
    </message>
    <message>
        <source>active: new packages go under it</source>
        <translation>gweithredol: mae pecynnau newydd yn mynd oddi tano</translation>
    </message>
    <message>
        <source>retiring: a rollover is moving its packages</source>
        <translation>yn ymddeol: mae rholio ymlaen yn symud ei becynnau</translation>
    </message>
    <message>
        <source>retired: no package refers to it</source>
        <translation>wedi ymddeol: nid oes pecyn yn cyfeirio ato</translation>
    </message>
    <message>
        <source>destroyed in the HSM</source>
        <translation>wedi’i ddinistrio yn yr HSM</translation>
    </message>
    <message>
        <source>%1 is no longer %2: another session changed it. Nothing was changed.</source>
        <translation>Nid yw %1 yn %2 mwyach: newidiodd sesiwn arall ef. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Key record %1: a package is 16 bytes, not %2.</source>
        <translation>Cofnod allwedd %1: mae pecyn yn 16 beit, nid %2.</translation>
    </message>
    <message>
        <source>Rollover %1 is no longer running.</source>
        <translation>Nid yw rholio ymlaen %1 yn rhedeg mwyach.</translation>
    </message>
    <message>
        <source>%1 or v%2 has no record: this chunk was not committed.</source>
        <translation>Nid oes cofnod o %1 na v%2: ni ymrwymwyd y talp hwn.</translation>
    </message>
    <message>
        <source>%1 of the chunk&apos;s %2 key records are no longer under %3: another session moved them. This chunk was not committed.</source>
        <translation>Nid yw %1 o %2 cofnod allwedd y talp o dan %3 mwyach: symudodd sesiwn arall nhw. Ni ymrwymwyd y talp hwn.</translation>
    </message>
    <message>
        <source>Rollover %1 is no longer running: another session finished it. This chunk was not committed.</source>
        <translation>Nid yw rholio ymlaen %1 yn rhedeg mwyach: gorffennodd sesiwn arall ef. Ni ymrwymwyd y talp hwn.</translation>
    </message>
</context>
<context>
    <name>symbolon::policy</name>
    <message>
        <source>MOC devices are out of scope of the SMETS1 CKMP: the MOC cohort uses the S1SP PKI under the S1SPKI Certificate Policy</source>
        <translation>Mae dyfeisiau MOC y tu allan i gwmpas CKMP SMETS1: mae carfan MOC yn defnyddio PKI S1SP o dan Bolisi Tystysgrifau S1SPKI</translation>
    </message>
    <message>
        <source>expected a cohort IOC or FOC</source>
        <translation>disgwylid carfan IOC neu FOC</translation>
    </message>
    <message>
        <source>The compromise reference (CKMP (d)(vi))</source>
        <translation>Cyfeirnod y peryglu (CKMP (d)(vi))</translation>
    </message>
    <message>
        <source>The compromise marking needs a valid time.</source>
        <translation>Mae nodi peryglu angen amser dilys.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 awr</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 munud</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>The device category must be a positive number from the SMETS1 Supporting Requirements; check the device&apos;s inventory record.</source>
        <translation>Rhaid i gategori&apos;r ddyfais fod yn rhif positif o Ofynion Ategol SMETS1; gwiriwch gofnod rhestr eiddo&apos;r ddyfais.</translation>
    </message>
    <message>
        <source>Refused under the production profile: %1 is cryptographic processing under SEC %2, which must be carried out in a FIPS 140-2 Level 3 module, and this token is not declared as one. Declare the token (manufacturer, model, serial, certificate number) in the workspace or use a declared token.</source>
        <translation>Gwrthodwyd o dan y proffil cynhyrchu: mae %1 yn brosesu cryptograffig o dan SEC %2, y mae&apos;n rhaid ei wneud mewn modiwl FIPS 140-2 Lefel 3, ac nid yw&apos;r tocyn hwn wedi&apos;i ddatgan yn un. Datganwch y tocyn (gwneuthurwr, model, rhif cyfresol, rhif tystysgrif) yn y gweithle neu defnyddiwch docyn a ddatganwyd.</translation>
    </message>
    <message>
        <source>A quorum needs between 1 and 255 cards (Shamir sharing over GF(256)); %1 were given.</source>
        <translation>Mae cworwm angen rhwng 1 a 255 cerdyn (rhannu Shamir dros GF(256)); rhoddwyd %1.</translation>
    </message>
    <message>
        <source>The threshold must be between 1 and the number of cards (%1); %2 was given.</source>
        <translation>Rhaid i&apos;r trothwy fod rhwng 1 a nifer y cardiau (%1); rhoddwyd %2.</translation>
    </message>
    <message>
        <source>Refused under the production profile: a quorum of one card is not dual control. Require at least 2 cards to use the key token.</source>
        <translation>Gwrthodwyd o dan y proffil cynhyrchu: nid rheolaeth ddeuol yw cworwm o un cerdyn. Mynnwch o leiaf 2 gerdyn i ddefnyddio&apos;r tocyn allweddi.</translation>
    </message>
    <message>
        <source>a transition must change the state</source>
        <translation>rhaid i drawsnewidiad newid y cyflwr</translation>
    </message>
    <message>
        <source>a key received at enrolment can only be replaced by a rotation (it becomes Superseded)</source>
        <translation>dim ond cylchdroi all ddisodli allwedd a dderbyniwyd wrth gofrestru (daw&apos;n Wedi&apos;i Disodli)</translation>
    </message>
    <message>
        <source>a generated key that was never distributed is not replaced: resume the interrupted re-key so that it distributes the keys it committed</source>
        <translation>ni chaiff allwedd a gynhyrchwyd ac na ddosbarthwyd erioed ei disodli: ailddechreuwch yr ailallweddu a dorrwyd fel ei fod yn dosbarthu&apos;r allweddi a ymrwymodd</translation>
    </message>
    <message>
        <source>a generated key must first be distributed to the device</source>
        <translation>rhaid dosbarthu allwedd a gynhyrchwyd i&apos;r ddyfais yn gyntaf</translation>
    </message>
    <message>
        <source>the device may already hold a distributed key: confirm its activation or resume the re-key; it stays Distributed until then</source>
        <translation>efallai fod gan y ddyfais allwedd a ddosbarthwyd eisoes: cadarnhewch ei gweithredu neu ailddechreuwch yr ailallweddu; mae&apos;n aros yn Wedi&apos;i Dosbarthu tan hynny</translation>
    </message>
    <message>
        <source>a distributed key only becomes Active, when the device confirms it</source>
        <translation>dim ond pan fydd y ddyfais yn ei chadarnhau y daw allwedd a ddosbarthwyd yn Weithredol</translation>
    </message>
    <message>
        <source>an active key only leaves service by being replaced (Superseded); devices cannot revoke or destroy keys (CKMP (d)(vii), (d)(x))</source>
        <translation>dim ond drwy gael ei disodli (Wedi&apos;i Disodli) y mae allwedd weithredol yn gadael gwasanaeth; ni all dyfeisiau ddirymu na dinistrio allweddi (CKMP (d)(vii), (d)(x))</translation>
    </message>
    <message>
        <source>a superseded key is retained for audit and never returns to service</source>
        <translation>cedwir allwedd a ddisodlwyd ar gyfer archwilio ac nid yw byth yn dychwelyd i wasanaeth</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Wedi&apos;i mudo</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Wedi&apos;i chynhyrchu</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Wedi&apos;i ddosbarthu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Wedi&apos;i disodli</translation>
    </message>
    <message>
        <source>there is no Revoked key state: SMETS1 DLMS devices cannot revoke symmetric keys (CKMP (d)(vii)); re-key the device instead</source>
        <translation>nid oes cyflwr allwedd Wedi&apos;i Dirymu: ni all dyfeisiau DLMS SMETS1 ddirymu allweddi cymesur (CKMP (d)(vii)); ailallweddwch y ddyfais yn lle hynny</translation>
    </message>
    <message>
        <source>there is no Destroyed key state: SMETS1 DLMS devices cannot destroy symmetric keys (CKMP (d)(x)); re-key the device instead</source>
        <translation>nid oes cyflwr allwedd Wedi&apos;i Dinistrio: ni all dyfeisiau DLMS SMETS1 ddinistrio allweddi cymesur (CKMP (d)(x)); ailallweddwch y ddyfais yn lle hynny</translation>
    </message>
    <message>
        <source>Compromised is a flag set with a reference, not a key state</source>
        <translation>Baner a osodir gyda chyfeirnod yw Wedi&apos;i Beryglu, nid cyflwr allwedd</translation>
    </message>
    <message>
        <source>expected a key state: migrated, generated, distributed, active or superseded</source>
        <translation>disgwylid cyflwr allwedd: migrated, generated, distributed, active neu superseded</translation>
    </message>
    <message>
        <source>A key cannot go from %1 to %2: %3.</source>
        <translation>Ni all allwedd fynd o %1 i %2: %3.</translation>
    </message>
    <message>
        <source>recovery from a Major Incident where the DCO or an S1SP was compromised</source>
        <translation>adfer o Ddigwyddiad Mawr lle peryglwyd y DCO neu S1SP</translation>
    </message>
    <message>
        <source>a periodic review found Section G controls short of the minimum</source>
        <translation>canfu adolygiad cyfnodol fod rheolaethau Adran G yn brin o&apos;r isafswm</translation>
    </message>
    <message>
        <source>The PMA instruction reference</source>
        <translation>Cyfeirnod cyfarwyddyd y PMA</translation>
    </message>
    <message>
        <source>%1 is empty: enter the reference exactly as it appears on the document you are citing.</source>
        <translation>Mae %1 yn wag: rhowch y cyfeirnod yn union fel y mae&apos;n ymddangos ar y ddogfen rydych yn ei dyfynnu.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed. Cite the document&apos;s identifier, not its text.</source>
        <translation>Mae %1 yn %2 nod o hyd; caniateir %3 ar y mwyaf. Dyfynnwch ddynodwr y ddogfen, nid ei thestun.</translation>
    </message>
    <message>
        <source>%1 contains a non-printable character at position %2: retype it rather than pasting it.</source>
        <translation>Mae %1 yn cynnwys nod anargraffadwy yn safle %2: teipiwch ef eto yn hytrach na&apos;i ludo.</translation>
    </message>
    <message>
        <source>This device has completed its post-commissioning rotation, so its keys may only be replaced when the SMKI PMA instructs it (CKMP (b)(iii), (d)(v)): cite the PMA instruction reference and its ground (Major Incident or control shortfall).</source>
        <translation>Mae&apos;r ddyfais hon wedi cwblhau ei chylchdroi ar ôl comisiynu, felly dim ond pan fydd y SMKI PMA yn cyfarwyddo y gellir disodli ei hallweddi (CKMP (b)(iii), (d)(v)): dyfynnwch gyfeirnod cyfarwyddyd y PMA a&apos;i sail (Digwyddiad Mawr neu ddiffyg rheolaeth).</translation>
    </message>
    <message>
        <source>The workspace creation date is invalid; it is the baseline for the first 5-yearly risk review (CKMP (b)(iii)).</source>
        <translation>Mae dyddiad creu&apos;r gweithle yn annilys; dyma&apos;r sail ar gyfer yr adolygiad risg 5-mlynyddol cyntaf (CKMP (b)(iii)).</translation>
    </message>
    <message>
        <source>The date of the last risk review is invalid.</source>
        <translation>Mae dyddiad yr adolygiad risg diwethaf yn annilys.</translation>
    </message>
    <message>
        <source>risk review overdue by %1 (due by %2)</source>
        <translation>adolygiad risg yn hwyr o %1 (yn ddyledus erbyn %2)</translation>
    </message>
    <message>
        <source>risk review due today (%1)</source>
        <translation>adolygiad risg yn ddyledus heddiw (%1)</translation>
    </message>
    <message>
        <source>next risk review due by %1 (in %2)</source>
        <translation>adolygiad risg nesaf yn ddyledus erbyn %1 (ymhen %2)</translation>
    </message>
    <message>
        <source>never reviewed; counted from the workspace creation on %1; </source>
        <translation>heb ei adolygu erioed; cyfrifir o greu&apos;r gweithle ar %1; </translation>
    </message>
    <message>
        <source>custodian (ACS card holder)</source>
        <translation>ceidwad (deiliad cerdyn ACS)</translation>
    </message>
    <message>
        <source>SMKI PMA reviewer</source>
        <translation>Adolygydd SMKI PMA</translation>
    </message>
    <message>
        <source>incident responder</source>
        <translation>ymatebydd digwyddiadau</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>gweithredwr</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow %2. Ask a person holding a role that does, or have your card&apos;s role changed by the workspace owner.</source>
        <translation>Nid yw eich rôl (%1) yn caniatáu %2. Gofynnwch i rywun sydd â rôl sy&apos;n caniatáu hynny, neu gofynnwch i berchennog y gweithle newid rôl eich cerdyn.</translation>
    </message>
    <message>
        <source>The commissioning time is missing or invalid; the 7-day rotation deadline (CKMP (b)(iii)) cannot be computed without it.</source>
        <translation>Mae&apos;r amser comisiynu ar goll neu&apos;n annilys; ni ellir cyfrifo&apos;r terfyn cylchdroi 7 diwrnod (CKMP (b)(iii)) hebddo.</translation>
    </message>
    <message>
        <source>The rotation completion time is invalid.</source>
        <translation>Mae amser cwblhau&apos;r cylchdroi yn annilys.</translation>
    </message>
    <message>
        <source>The post-commissioning rotation is recorded as done before the device was commissioned: check both times in the inventory.</source>
        <translation>Cofnodir bod y cylchdroi ar ôl comisiynu wedi&apos;i wneud cyn i&apos;r ddyfais gael ei chomisiynu: gwiriwch y ddau amser yn y rhestr eiddo.</translation>
    </message>
    <message>
        <source>The last connectivity time is invalid.</source>
        <translation>Mae&apos;r amser cysylltu diwethaf yn annilys.</translation>
    </message>
    <message>
        <source>done on %1 (%2 late)</source>
        <translation>gwnaed ar %1 (%2 yn hwyr)</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>gwnaed ar %1</translation>
    </message>
    <message>
        <source>due in %1 (by %2)</source>
        <translation>yn ddyledus ymhen %1 (erbyn %2)</translation>
    </message>
    <message>
        <source>overdue by %1 (deadline %2)</source>
        <translation>yn hwyr o %1 (terfyn %2)</translation>
    </message>
    <message>
        <source>; no connectivity since %1</source>
        <translation>; dim cysylltiad ers %1</translation>
    </message>
    <message>
        <source>an EUI-64 device id: 16 hex digits, written 00DB1234567890A0 or 00-DB-12-34-56-78-90-A0</source>
        <translation>ID dyfais EUI-64: 16 digid hecs, wedi&apos;u hysgrifennu 00DB1234567890A0 neu 00-DB-12-34-56-78-90-A0</translation>
    </message>
    <message>
        <source>Refused under the production profile: this token lacks the mechanism to do the operation inside the module, and the fallback would put clear key material in host memory, outside a FIPS 140-2 Level 3 module (CKMP (b)(ii), SEC G2.44). Use a token that supports the mechanism.</source>
        <translation>Gwrthodwyd o dan y proffil cynhyrchu: nid oes gan y tocyn hwn y mecanwaith i wneud y gweithrediad y tu mewn i&apos;r modiwl, a byddai&apos;r dull wrth gefn yn rhoi deunydd allwedd clir yng nghof y gwesteiwr, y tu allan i fodiwl FIPS 140-2 Lefel 3 (CKMP (b)(ii), SEC G2.44). Defnyddiwch docyn sy&apos;n cefnogi&apos;r mecanwaith.</translation>
    </message>
</context>
<context>
    <name>symbolon::quorum</name>
    <message>
        <source>the entry records no quorum request</source>
        <translation>nid yw&apos;r cofnod yn cofnodi cais cworwm</translation>
    </message>
    <message>
        <source>the recorded request lacks its action, nonce, times or digest</source>
        <translation>nid oes gan y cais a gofnodwyd ei weithred, nonce, amserau neu grynodeb</translation>
    </message>
    <message>
        <source>the request rebuilt from the entry does not match its recorded digest</source>
        <translation>nid yw&apos;r cais a ailadeiladwyd o&apos;r cofnod yn cyfateb i&apos;w grynodeb a gofnodwyd</translation>
    </message>
    <message>
        <source>the entry names the approver but records no signature to check</source>
        <translation>mae&apos;r cofnod yn enwi&apos;r cymeradwywr ond nid yw&apos;n cofnodi llofnod i&apos;w wirio</translation>
    </message>
    <message>
        <source>the approval carries no signature</source>
        <translation>nid yw&apos;r gymeradwyaeth yn cario llofnod</translation>
    </message>
    <message>
        <source>the signature does not verify against the enrolled key of %1</source>
        <translation>nid yw&apos;r llofnod yn dilysu yn erbyn allwedd gofrestredig %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>ANNILYS</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>heb ei wirio</translation>
    </message>
    <message>
        <source>This card already holds a share for %1.</source>
        <translation>Mae&apos;r cerdyn hwn eisoes yn dal cyfran ar gyfer %1.</translation>
    </message>
    <message>
        <source>Storing the share on the card</source>
        <translation>Yn storio&apos;r gyfran ar y cerdyn</translation>
    </message>
    <message>
        <source>This card holds no share for %1: is it enrolled, and are you logged in?</source>
        <translation>Nid yw&apos;r cerdyn hwn yn dal cyfran ar gyfer %1: a yw wedi&apos;i gofrestru, ac a ydych wedi mewngofnodi?</translation>
    </message>
    <message>
        <source>The share on this card is malformed (expected version 1).</source>
        <translation>Mae&apos;r gyfran ar y cerdyn hwn wedi&apos;i chamffurfio (disgwylid fersiwn 1).</translation>
    </message>
    <message>
        <source>Enrolment needs at least k = %1 cards; %2 were presented.</source>
        <translation>Mae cofrestru angen o leiaf k = %1 cerdyn; cyflwynwyd %2.</translation>
    </message>
    <message>
        <source>The same card (serial %1) was presented twice.</source>
        <translation>Cyflwynwyd yr un cerdyn (rhif cyfresol %1) ddwywaith.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; already holds a key-token share: each card serves one key token.</source>
        <translation>Mae cerdyn &quot;%1&quot; eisoes yn dal cyfran o docyn allweddi: mae pob cerdyn yn gwasanaethu un tocyn allweddi.</translation>
    </message>
    <message>
        <source>%1 of the %2 cards needed were presented.</source>
        <translation>Cyflwynwyd %1 o&apos;r %2 cerdyn sydd eu hangen.</translation>
    </message>
    <message>
        <source>A quorum request needs an action, a 16-byte nonce and an expiry.</source>
        <translation>Mae cais cworwm angen gweithred, nonce 16 beit a dyddiad dod i ben.</translation>
    </message>
    <message>
        <source>This quorum session has already been used: start a new one.</source>
        <translation>Mae&apos;r sesiwn cworwm hon wedi&apos;i defnyddio eisoes: dechreuwch un newydd.</translation>
    </message>
    <message>
        <source>This quorum session was cancelled: start a new one.</source>
        <translation>Canslwyd y sesiwn cworwm hon: dechreuwch un newydd.</translation>
    </message>
    <message>
        <source>This quorum session expired at %1: start a new one.</source>
        <translation>Daeth y sesiwn cworwm hon i ben am %1: dechreuwch un newydd.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; (%2) has already approved: the same card never counts twice.</source>
        <translation>Mae cerdyn &quot;%1&quot; (%2) eisoes wedi cymeradwyo: nid yw&apos;r un cerdyn byth yn cyfrif ddwywaith.</translation>
    </message>
    <message>
        <source>%1 holds the role &quot;%2&quot;, which cannot approve a quorum: only ACS custodians can.</source>
        <translation>Mae gan %1 y rôl &quot;%2&quot;, na all gymeradwyo cworwm: dim ond ceidwaid ACS all wneud hynny.</translation>
    </message>
    <message>
        <source>The signature of card &quot;%1&quot; does not verify against the key enrolled for %2: the card is not the one enrolled.</source>
        <translation>Nid yw llofnod cerdyn &quot;%1&quot; yn dilysu yn erbyn yr allwedd a gofrestrwyd ar gyfer %2: nid hwn yw&apos;r cerdyn a gofrestrwyd.</translation>
    </message>
    <message>
        <source>%1 of the %2 approvals needed have been given.</source>
        <translation>Rhoddwyd %1 o&apos;r %2 cymeradwyaeth sydd eu hangen.</translation>
    </message>
    <message>
        <source>The key token did not accept the PIN rebuilt from the approvals: %1</source>
        <translation>Ni dderbyniodd y tocyn allweddi&apos;r PIN a ailadeiladwyd o&apos;r cymeradwyaethau: %1</translation>
    </message>
    <message>
        <source>A quorum needs 1 &lt;= k &lt;= n &lt;= 255 (k = %1, n = %2).</source>
        <translation>Mae cworwm angen 1 &lt;= k &lt;= n &lt;= 255 (k = %1, n = %2).</translation>
    </message>
    <message>
        <source>There is no secret to split.</source>
        <translation>Nid oes cyfrinach i&apos;w rhannu.</translation>
    </message>
    <message>
        <source>libgfshare could not start the split.</source>
        <translation>Ni allai libgfshare ddechrau rhannu.</translation>
    </message>
    <message>
        <source>No shares were given.</source>
        <translation>Ni roddwyd unrhyw gyfrannau.</translation>
    </message>
    <message>
        <source>A share has index 0, which is not a valid share.</source>
        <translation>Mae gan gyfran y mynegai 0, nad yw&apos;n gyfran ddilys.</translation>
    </message>
    <message>
        <source>The shares have different lengths: they come from different splits.</source>
        <translation>Mae gan y cyfrannau hydoedd gwahanol: maent yn dod o raniadau gwahanol.</translation>
    </message>
    <message>
        <source>The same share (index %1) was given twice.</source>
        <translation>Rhoddwyd yr un gyfran (mynegai %1) ddwywaith.</translation>
    </message>
    <message>
        <source>libgfshare could not start combining.</source>
        <translation>Ni allai libgfshare ddechrau cyfuno.</translation>
    </message>
    <message>
        <source>The ceremony ran on the key token, but the journal entry that records it could not be written: %1 The key token keeps the ceremony&apos;s result and the journal does not show it: tell the PMA before anything else is done with this workspace.</source>
        <translation>Rhedodd y seremoni ar y tocyn allweddi, ond ni ellid ysgrifennu&apos;r cofnod cyfnodolyn sy&apos;n ei chofnodi: %1 Mae&apos;r tocyn allweddi yn cadw canlyniad y seremoni ac nid yw&apos;r cyfnodolyn yn ei ddangos: rhowch wybod i&apos;r PMA cyn gwneud unrhyw beth arall gyda&apos;r gweithle hwn.</translation>
    </message>
    <message>
        <source>no key with this fingerprint is enrolled in the site register</source>
        <translation>nid oes allwedd â’r ôl bys hwn wedi’i chofrestru yng nghofrestr y safle</translation>
    </message>
    <message>
        <source>The card with serial %1 is not in this site&apos;s register.</source>
        <translation>Nid yw’r cerdyn â’r rhif cyfresol %1 yng nghofrestr y safle hwn.</translation>
    </message>
    <message>
        <source>%1 has already approved with another card: one person approves once, whatever cards they hold.</source>
        <translation>Mae %1 eisoes wedi cymeradwyo â cherdyn arall: mae un person yn cymeradwyo unwaith, pa gardiau bynnag sydd ganddynt.</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>nid yw’n cyfateb</translation>
    </message>
    <message>
        <source>%1: the approving cards hold %2 shares of the %3 sharing; %4 are needed.</source>
        <translation>%1: mae gan y cardiau sy’n cymeradwyo %2 cyfran o’r rhannu %3; mae angen %4.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>a dorrwyd ar ei draws</translation>
    </message>
    <message>
        <source>current</source>
        <translation>cyfredol</translation>
    </message>
    <message>
        <source>The share of card %1 (%2, generation %3) kept in the workspace does not open: %4</source>
        <translation>Nid yw cyfran y cerdyn %1 (%2, cenhedlaeth %3) a gedwir yn y gweithle yn agor: %4</translation>
    </message>
    <message>
        <source>A re-share of the key token&apos;s PINs (generation %1) was interrupted and must be undone first; that needs approving custodians who hold shares of both the current and the interrupted sharing.</source>
        <translation>Torrwyd ar draws ailrannu PINau’r tocyn allweddi (cenhedlaeth %1) a rhaid ei ddadwneud yn gyntaf; mae hynny’n gofyn am geidwaid sy’n cymeradwyo ac sydd â chyfrannau o’r rhannu cyfredol a’r rhannu a dorrwyd ar ei draws.</translation>
    </message>
    <message>
        <source>SO PIN</source>
        <translation>PIN SO</translation>
    </message>
    <message>
        <source>User PIN</source>
        <translation>PIN defnyddiwr</translation>
    </message>
    <message>
        <source>A re-share of the key token&apos;s PINs (generation %1) is still pending: undo it first.</source>
        <translation>Mae ailrannu PINau’r tocyn allweddi (cenhedlaeth %1) yn yr arfaeth o hyd: dadwneud ef yn gyntaf.</translation>
    </message>
    <message>
        <source>The new sharing needs k = %1 of the active custodians, and there are %2.</source>
        <translation>Mae’r rhannu newydd angen k = %1 o’r ceidwaid gweithredol, ac mae %2.</translation>
    </message>
    <message>
        <source>Changing the key token&apos;s PINs failed: %1 %2</source>
        <translation>Methodd newid PINau’r tocyn allweddi: %1 %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Putting the old PINs back failed too (%1): the re-share stays pending, and the next quorum undoes it.</source>
        <translation>Methodd rhoi’r hen PINau yn ôl hefyd (%1): mae’r ailrannu’n aros yn yr arfaeth, a bydd y cworwm nesaf yn ei ddadwneud.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; (%2) holds no share of the key token&apos;s PIN: it cannot approve.</source>
        <translation>Nid oes gan y cerdyn &quot;%1&quot; (%2) gyfran o PIN y tocyn allweddi: ni all gymeradwyo.</translation>
    </message>
    <message>
        <source>Card %1 (%2) holds no share of the key token&apos;s current PINs: it cannot approve a change that re-shares them.</source>
        <translation>Nid oes gan y cerdyn %1 (%2) gyfran o PINau cyfredol y tocyn allweddi: ni all gymeradwyo newid sy’n eu hailrannu.</translation>
    </message>
    <message>
        <source>The key token did not accept the %1 rebuilt from the approvals: %2 Nothing was changed.</source>
        <translation>Ni dderbyniodd y tocyn allweddi y %1 a ailadeiladwyd o’r cymeradwyaethau: %2 Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Enter the key token&apos;s current user PIN (its HSM administrator&apos;s).</source>
        <translation>Rhowch PIN defnyddiwr presennol y tocyn allweddi (un gweinyddwr yr HSM).</translation>
    </message>
    <message>
        <source>The user PIN of the key token &quot;%1&quot; is locked: its security officer must unblock it first.</source>
        <translation>Mae PIN defnyddiwr y tocyn allweddi &quot;%1&quot; wedi’i gloi: rhaid i’w swyddog diogelwch ei ddatgloi yn gyntaf.</translation>
    </message>
    <message>
        <source>The key token &quot;%1&quot;: %2</source>
        <translation>Y tocyn allweddi &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 The key token may have taken the new PIN: the custodians&apos; cards keep their shares, which rebuild it.</source>
        <translation>%1 Efallai fod y tocyn allweddi wedi derbyn y PIN newydd: mae cardiau’r ceidwaid yn cadw eu cyfrannau, sy’n ei ailadeiladu.</translation>
    </message>
    <message>
        <source>the token accepts neither the old nor the new PIN.</source>
        <translation>nid yw’r tocyn yn derbyn yr hen PIN na’r un newydd.</translation>
    </message>
    <message>
        <source>The card with serial %1 (%2) has left the site: it is %3 in the site register.</source>
        <translation>Mae’r cerdyn â rhif cyfresol %1 (%2) wedi gadael y safle: yng nghofrestr y safle, ei gyflwr yw %3.</translation>
    </message>
</context>
<context>
    <name>symbolon::rekey</name>
    <message>
        <source>Confirmation file, line %1: %2 Nothing was changed.</source>
        <translation>Ffeil gadarnhau, llinell %1: %2 Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Device %1: %2</source>
        <translation>Dyfais %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key export recipient: expected &quot;dco&quot; (AK and MK packages) or &quot;s1sp&quot; (GUEK packages).</source>
        <translation>Nid yw &quot;%1&quot; yn dderbynnydd allforio allweddi: disgwylid &quot;dco&quot; (pecynnau AK ac MK) neu &quot;s1sp&quot; (pecynnau GUEK).</translation>
    </message>
    <message>
        <source>it has no current master key record</source>
        <translation>nid oes ganddi gofnod prif allwedd cyfredol</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key kind a re-key replaces: expected MK, AK, GUEK (comma-separated) or &quot;all&quot;.</source>
        <translation>Nid yw &quot;%1&quot; yn fath o allwedd y mae ailallweddu yn ei disodli: disgwylid MK, AK, GUEK (wedi&apos;u gwahanu â choma) neu &quot;all&quot;.</translation>
    </message>
    <message>
        <source>Name at least one key kind to replace: MK, AK or GUEK.</source>
        <translation>Enwch o leiaf un math o allwedd i&apos;w disodli: MK, AK neu GUEK.</translation>
    </message>
    <message>
        <source>Device list, line %1: %2</source>
        <translation>Rhestr dyfeisiau, llinell %1: %2</translation>
    </message>
    <message>
        <source>Device list, line %1: device %2 is already on line %3; list each device once.</source>
        <translation>Rhestr dyfeisiau, llinell %1: mae dyfais %2 eisoes ar linell %3; rhestrwch bob dyfais unwaith.</translation>
    </message>
    <message>
        <source>The device list names no device: expected one device id per line (blank lines and # comments are ignored).</source>
        <translation>Nid yw&apos;r rhestr dyfeisiau yn enwi unrhyw ddyfais: disgwylid un ID dyfais fesul llinell (anwybyddir llinellau gwag a sylwadau #).</translation>
    </message>
    <message>
        <source>Devices: %1 (%2 post-commissioning rotation, %3 under a PMA instruction)
</source>
        <translation>Dyfeisiau: %1 (%2 cylchdroi ar ôl comisiynu, %3 o dan gyfarwyddyd y PMA)
</translation>
    </message>
    <message>
        <source>New keys: %1
</source>
        <translation>Allweddi newydd: %1
</translation>
    </message>
    <message>
        <source>By cohort: %1
</source>
        <translation>Fesul carfan: %1
</translation>
    </message>
    <message>
        <source>By S1SP: %1
</source>
        <translation>Fesul S1SP: %1
</translation>
    </message>
    <message>
        <source>By device type: %1
</source>
        <translation>Fesul math o ddyfais: %1
</translation>
    </message>
    <message>
        <source>Refused, %1 device(s): %2 (e.g. %3)
</source>
        <translation>Gwrthodwyd, %1 dyfais: %2 (e.e. %3)
</translation>
    </message>
    <message>
        <source>the line is %1 bytes long; a result line is at most 4096.</source>
        <translation>mae&apos;r llinell yn %1 beit o hyd; mae llinell ganlyniad yn 4096 ar y mwyaf.</translation>
    </message>
    <message>
        <source>expected one JSON object {&quot;run&quot;, &quot;device_id&quot;, &quot;result&quot;}.</source>
        <translation>disgwylid un gwrthrych JSON {&quot;run&quot;, &quot;device_id&quot;, &quot;result&quot;}.</translation>
    </message>
    <message>
        <source>&quot;run&quot; must be the re-key run number (a positive integer).</source>
        <translation>rhaid i &quot;run&quot; fod yn rhif y rhediad ailallweddu (cyfanrif positif).</translation>
    </message>
    <message>
        <source>&quot;device_id&quot;: %1</source>
        <translation>&quot;device_id&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;result&quot; must be &quot;success&quot; or &quot;failure&quot;; found &quot;%1&quot;.</source>
        <translation>rhaid i &quot;result&quot; fod yn &quot;success&quot; neu &quot;failure&quot;; canfuwyd &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a failure needs a &quot;reason&quot; (what the device or the DCO reported).</source>
        <translation>mae methiant angen &quot;reason&quot; (yr hyn a adroddodd y ddyfais neu&apos;r DCO).</translation>
    </message>
    <message>
        <source>device %1 of run %2 is already on line %3.</source>
        <translation>mae dyfais %1 rhediad %2 eisoes ar linell %3.</translation>
    </message>
    <message>
        <source>The confirmation file has no result line. Nothing was changed.</source>
        <translation>Nid oes llinell ganlyniad yn y ffeil gadarnhau. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>device %1 is not in re-key run %2.</source>
        <translation>nid yw dyfais %1 yn rhediad ailallweddu %2.</translation>
    </message>
    <message>
        <source>device %1 was already confirmed active in run %2; a later failure cannot undo that — mark its keys compromised instead if they are.</source>
        <translation>cadarnhawyd dyfais %1 yn weithredol eisoes yn rhediad %2; ni all methiant diweddarach ddadwneud hynny — nodwch ei hallweddi wedi&apos;u peryglu yn lle hynny os ydynt.</translation>
    </message>
    <message>
        <source>device %1 of run %2 is &quot;%3&quot;: only devices whose instructions were sent can be confirmed.</source>
        <translation>mae dyfais %1 rhediad %2 yn &quot;%3&quot;: dim ond dyfeisiau yr anfonwyd eu cyfarwyddiadau y gellir eu cadarnhau.</translation>
    </message>
    <message>
        <source>its master key package could not be opened: %1</source>
        <translation>ni ellid agor pecyn ei phrif allwedd: %1</translation>
    </message>
    <message>
        <source>its master key package opens to KCV %1, but the record says %2: the package is not under this DCO Key or was altered</source>
        <translation>mae pecyn ei phrif allwedd yn agor i KCV %1, ond mae&apos;r cofnod yn dweud %2: nid yw&apos;r pecyn o dan yr Allwedd DCO hon neu fe&apos;i newidiwyd</translation>
    </message>
    <message>
        <source>Run %1 has no committed or distributed device awaiting confirmation: nothing to send.</source>
        <translation>Nid oes gan rediad %1 ddyfais wedi&apos;i hymrwymo neu wedi&apos;i dosbarthu sy&apos;n aros am gadarnhad: dim i&apos;w anfon.</translation>
    </message>
    <message>
        <source>Run %1 has no committed device that has not been sent yet: nothing to send (use --resend to send again the ones awaiting confirmation).</source>
        <translation>Nid oes gan rediad %1 ddyfais wedi&apos;i hymrwymo nad yw wedi&apos;i hanfon eto: dim i&apos;w anfon (defnyddiwch --resend i anfon eto&apos;r rhai sy&apos;n aros am gadarnhad).</translation>
    </message>
    <message>
        <source>Could not write the instruction batch %1: %2. Nothing was changed.</source>
        <translation>Methu ysgrifennu&apos;r swp cyfarwyddiadau %1: %2. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device key kind: expected MK, AK or GUEK (or none for all).</source>
        <translation>Nid yw &quot;%1&quot; yn fath o allwedd dyfais: disgwylid MK, AK neu GUEK (neu ddim ar gyfer pob un).</translation>
    </message>
    <message>
        <source>Device %1 has no current %2 key to mark: check the device id (is it in the inventory, and migrated?).</source>
        <translation>Nid oes gan ddyfais %1 allwedd %2 gyfredol i&apos;w nodi: gwiriwch ID y ddyfais (a yw yn y rhestr eiddo, ac wedi&apos;i mudo?).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dyfais</translation>
    </message>
    <message>
        <source>Run %1 has no new %2 keys to export.</source>
        <translation>Nid oes gan rediad %1 allweddi %2 newydd i&apos;w hallforio.</translation>
    </message>
    <message>
        <source>AK or MK</source>
        <translation>AK neu MK</translation>
    </message>
    <message>
        <source>GUEK</source>
        <translation>GUEK</translation>
    </message>
    <message>
        <source>Could not write the key export %1: %2.</source>
        <translation>Methu ysgrifennu&apos;r allforiad allweddi %1: %2.</translation>
    </message>
    <message>
        <source>The chunk size must be between 1 and 100000 devices.</source>
        <translation>Rhaid i faint y talp fod rhwng 1 a 100000 dyfais.</translation>
    </message>
    <message>
        <source>Re-key run %1 is %2: there is nothing left to execute.</source>
        <translation>Mae rhediad ailallweddu %1 yn %2: nid oes dim ar ôl i&apos;w weithredu.</translation>
    </message>
    <message>
        <source>Device %1 was not re-keyed: %2</source>
        <translation>Ni ailallweddwyd dyfais %1: %2</translation>
    </message>
    <message>
        <source>no current master key: run the migration unwrap for it first</source>
        <translation>dim prif allwedd gyfredol: rhedwch y dadlapio mudo ar ei chyfer yn gyntaf</translation>
    </message>
    <message>
        <source>an earlier re-key&apos;s keys are not yet confirmed active: confirm or retry that run first (one new key set per device)</source>
        <translation>nid yw allweddi ailallweddu cynharach wedi&apos;u cadarnhau&apos;n weithredol eto: cadarnhewch neu ailgynigiwch y rhediad hwnnw yn gyntaf (un set allweddi newydd fesul dyfais)</translation>
    </message>
    <message>
        <source>already in open re-key run %1</source>
        <translation>eisoes mewn rhediad ailallweddu agored %1</translation>
    </message>
    <message>
        <source>not in this workspace&apos;s inventory</source>
        <translation>nid yw yn rhestr eiddo&apos;r gweithle hwn</translation>
    </message>
    <message>
        <source>not in the inventory, or outside the filter</source>
        <translation>nid yw yn y rhestr eiddo, neu y tu allan i&apos;r hidlydd</translation>
    </message>
    <message>
        <source>The re-key was not planned: %1 device(s) refused. First reason (%2 device(s), e.g. %3): %4. Nothing was changed.</source>
        <translation>Ni chynlluniwyd yr ailallweddu: gwrthodwyd %1 dyfais. Y rheswm cyntaf (%2 dyfais, e.e. %3): %4. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>No device matches this selection: nothing to re-key. Nothing was changed.</source>
        <translation>Nid oes dyfais yn cyfateb i&apos;r dewis hwn: dim i&apos;w ailallweddu. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>There is no re-key run %1 in this workspace.</source>
        <translation>Nid oes rhediad ailallweddu %1 yn y gweithle hwn.</translation>
    </message>
    <message>
        <source>Re-key run %1: %2 on %3 device(s)</source>
        <translation>Rhediad ailallweddu %1: %2 ar %3 dyfais</translation>
    </message>
    <message>
        <source>The file does not end with a newline: it is truncated or not a %1 file.</source>
        <translation>Nid yw&apos;r ffeil yn gorffen gyda llinell newydd: mae wedi&apos;i chwtogi neu nid yw&apos;n ffeil %1.</translation>
    </message>
    <message>
        <source>The file has fewer than two lines: it is not a %1 file.</source>
        <translation>Mae gan y ffeil lai na dwy linell: nid yw&apos;n ffeil %1.</translation>
    </message>
    <message>
        <source>Line %1: expected one JSON object (%2).</source>
        <translation>Llinell %1: disgwylid un gwrthrych JSON (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>nid gwrthrych</translation>
    </message>
    <message>
        <source>Line 1: the header&apos;s &quot;format&quot; is &quot;%1&quot;; expected &quot;%2&quot;.</source>
        <translation>Llinell 1: &quot;format&quot; y pennawd yw &quot;%1&quot;; disgwylid &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1: expected the signature line {&quot;signature&quot;: …, &quot;signer&quot;: …}.</source>
        <translation>Llinell %1: disgwylid y llinell lofnod {&quot;signature&quot;: …, &quot;signer&quot;: …}.</translation>
    </message>
    <message>
        <source>The file is signed by key %1, not by the public key given (%2).</source>
        <translation>Mae&apos;r ffeil wedi&apos;i llofnodi gan allwedd %1, nid gan yr allwedd gyhoeddus a roddwyd (%2).</translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered after it was signed.</source>
        <translation>Nid yw&apos;r llofnod yn dilysu: newidiwyd y ffeil ar ôl ei llofnodi.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Device %1 has no key records: migrate its keys first.</source>
        <translation>Nid oes gan ddyfais %1 gofnodion allweddi: mudwch ei hallweddi yn gyntaf.</translation>
    </message>
    <message>
        <source>Run %1 planned %2 devices but lists %3.</source>
        <translation>Cynlluniodd rhediad %1 %2 dyfais ond mae&apos;n rhestru %3.</translation>
    </message>
    <message>
        <source>Run %1, device %2 is %3 but has new keys or an instruction.</source>
        <translation>Rhediad %1: mae dyfais %2 yn %3 ond mae ganddi allweddi newydd neu gyfarwyddyd.</translation>
    </message>
    <message>
        <source>Run %1, device %2 is %3 with %4 new keys (expected %5), or without its instruction or chunk journal entry.</source>
        <translation>Rhediad %1: mae dyfais %2 yn %3 gyda %4 allwedd newydd (disgwylid %5), neu heb ei chyfarwyddyd neu gofnod cyfnodolyn ei thalp.</translation>
    </message>
    <message>
        <source>Run %1, device %2 is %3 but its new %4 (client %5) is %6.</source>
        <translation>Rhediad %1: mae dyfais %2 yn %3 ond mae ei %4 newydd (cleient %5) yn %6.</translation>
    </message>
    <message>
        <source>Device %1 has %4 current %2 keys for client %3 (at most one may be current).</source>
        <translation>Mae gan ddyfais %1 %4 allwedd %2 gyfredol ar gyfer cleient %3 (caiff un ar y mwyaf fod yn gyfredol).</translation>
    </message>
    <message>
        <source>Line %1 is empty: a %2 file has its header on line 1 and one record on every following line.</source>
        <translation>Mae llinell %1 yn wag: mae gan ffeil %2 ei phennawd ar linell 1 ac un cofnod ar bob llinell ddilynol.</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Llinell %1: %2.</translation>
    </message>
    <message>
        <source>Re-key run %1 has the state &quot;%2&quot;, which this version does not know.</source>
        <translation>Mae gan rediad ailallweddu %1 y cyflwr &quot;%2&quot;, nad yw’r fersiwn hon yn ei adnabod.</translation>
    </message>
    <message>
        <source>Run %1: its stored kinds &quot;%2&quot; or justification cannot be read, so its plan digest %3 cannot be recomputed: the plan was changed after it was made.</source>
        <translation>Rhediad %1: ni ellir darllen ei fathau &quot;%2&quot; na’i gyfiawnhad fel y’u storiwyd, felly ni ellir ailgyfrifo crynodeb ei gynllun %3: newidiwyd y cynllun ar ôl ei wneud.</translation>
    </message>
    <message>
        <source>Run %1: its plan digest is %2 as stored (and approved), but its kinds, justification and devices as stored now give %3: the plan was changed after it was made.</source>
        <translation>Rhediad %1: crynodeb ei gynllun yw %2 fel y’i storiwyd (ac y’i cymeradwywyd), ond mae ei fathau, ei gyfiawnhad a’i ddyfeisiau fel y’u storiwyd nawr yn rhoi %3: newidiwyd y cynllun ar ôl ei wneud.</translation>
    </message>
    <message>
        <source>Run %1: its plan digest is %2 as stored, but its rekey.planned journal entry #%3 records %4: the plan was changed after it was made.</source>
        <translation>Rhediad %1: crynodeb ei gynllun yw %2 fel y’i storiwyd, ond mae ei gofnod cyfnodolyn rekey.planned #%3 yn cofnodi %4: newidiwyd y cynllun ar ôl ei wneud.</translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>dim crynodeb</translation>
    </message>
    <message>
        <source>Say why the devices are excluded (it is journaled). Nothing was changed.</source>
        <translation>Dywedwch pam y mae’r dyfeisiau’n cael eu heithrio (caiff ei gofnodi yn y cyfnodolyn). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most 200. Nothing was changed.</source>
        <translation>Mae’r rheswm yn %1 nod o hyd; 200 ar y mwyaf. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>No device to exclude from run %1. Nothing was changed.</source>
        <translation>Dim dyfais i’w heithrio o rediad %1. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Device %1 (&quot;%2&quot;): %3 Nothing was changed.</source>
        <translation>Dyfais %1 (&quot;%2&quot;): %3 Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Device %1 is not in re-key run %2. Nothing was changed.</source>
        <translation>Nid yw dyfais %1 yn rhediad ailallweddu %2. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Run %1 is running (or was interrupted while running): its engine may be re-keying device %2. Stop the run, or resume it, before excluding pending devices. Nothing was changed.</source>
        <translation>Mae rhediad %1 yn rhedeg (neu fe’i torrwyd ar draws wrth redeg): efallai fod ei beiriant yn ailallweddu dyfais %2. Stopiwch y rhediad, neu ailddechreuwch ef, cyn eithrio dyfeisiau sy’n aros. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Run %1 is %2: its pending devices are no longer re-keyed. Nothing was changed.</source>
        <translation>Mae rhediad %1 yn %2: nid yw ei ddyfeisiau sy’n aros yn cael eu hailallweddu mwyach. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>its new keys are made and its instruction not yet sent: send the batch first</source>
        <translation>mae ei allweddi newydd wedi’u gwneud a’i gyfarwyddyd heb ei anfon eto: anfonwch y swp yn gyntaf</translation>
    </message>
    <message>
        <source>its instruction was sent and the DCO has not reported a failure: import the DCO&apos;s confirmations first</source>
        <translation>anfonwyd ei gyfarwyddyd ac nid yw’r DCO wedi adrodd methiant: mewnforiwch gadarnhadau’r DCO yn gyntaf</translation>
    </message>
    <message>
        <source>it was confirmed active</source>
        <translation>cadarnhawyd ei fod yn weithredol</translation>
    </message>
    <message>
        <source>Device %1 of run %2 cannot be excluded: %3. Nothing was changed.</source>
        <translation>Ni ellir eithrio dyfais %1 o rediad %2: %3. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Every device named is already excluded from run %1. Nothing was changed.</source>
        <translation>Mae pob dyfais a enwyd wedi’i heithrio o rediad %1 eisoes. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>its master key is packaged under DCO Key v%1, which is neither active nor being rolled over</source>
        <translation>mae ei phrif allwedd wedi’i phecynnu o dan DCO Key v%1, nad yw’n weithredol nac yn cael ei rolio ymlaen</translation>
    </message>
    <message>
        <source>Run %1&apos;s packages name a %2 with KCV %3, which is no version the workspace recorded: nothing was written. Compare the key records with the journal.</source>
        <translation>Mae pecynnau rhediad %1 yn enwi %2 gyda KCV %3, nad yw’n unrhyw fersiwn a gofnododd y gweithle: ni ysgrifennwyd dim. Cymharwch y cofnodion allwedd â’r cyfnodolyn.</translation>
    </message>
    <message>
        <source>Run %1&apos;s packages are under two versions of the %2 (KCVs %3 and %4): a KEK rollover is moving them. Export them when it has completed (the KEK versions show it); nothing was written.</source>
        <translation>Mae pecynnau rhediad %1 o dan ddwy fersiwn o’r %2 (KCVs %3 a %4): mae rholio KEK ymlaen yn eu symud. Allforiwch nhw pan fydd wedi’i gwblhau (mae’r fersiynau KEK yn dangos hynny); ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The number of worker sessions must be between 1 and 64, or automatic.</source>
        <translation>Rhaid i nifer y sesiynau gwaith fod rhwng 1 a 64, neu&apos;n awtomatig.</translation>
    </message>
</context>
<context>
    <name>symbolon::site</name>
    <message>
        <source>The cards&apos; module</source>
        <translation>Modiwl y cardiau</translation>
    </message>
    <message>
        <source>The key token&apos;s module</source>
        <translation>Modiwl y tocyn allweddi</translation>
    </message>
    <message>
        <source>The journal token&apos;s module</source>
        <translation>Modiwl tocyn y cyfnodolyn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>name the folder of the new workspace.</source>
        <translation>enwch ffolder y gweithle newydd.</translation>
    </message>
    <message>
        <source>workspace: %1 is already a workspace; nothing was changed.</source>
        <translation>workspace: mae %1 eisoes yn weithle; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>workspace: %1 is not empty; name a new or empty folder.</source>
        <translation>workspace: nid yw %1 yn wag; enwch ffolder newydd neu wag.</translation>
    </message>
    <message>
        <source>give the site a name.</source>
        <translation>rhowch enw i’r safle.</translation>
    </message>
    <message>
        <source>expected &quot;production&quot; or &quot;development&quot;.</source>
        <translation>disgwylid &quot;production&quot; neu &quot;development&quot;.</translation>
    </message>
    <message>
        <source>the production profile needs the HSM&apos;s FIPS 140-2 Level 3 declaration: manufacturer, model, serial and certificate number.</source>
        <translation>mae’r proffil cynhyrchu angen datganiad FIPS 140-2 Lefel 3 yr HSM: gwneuthurwr, model, rhif cyfresol a rhif tystysgrif.</translation>
    </message>
    <message>
        <source>name the cards&apos; PKCS#11 module.</source>
        <translation>enwch fodiwl PKCS#11 y cardiau.</translation>
    </message>
    <message>
        <source>name the token by its PKCS#11 URI (pkcs11:token=...).</source>
        <translation>enwch y tocyn wrth ei URI PKCS#11 (pkcs11:token=...).</translation>
    </message>
    <message>
        <source>its parameters are given, but not the module: name the module too (the cards&apos; module&apos;s parameters are the card module&apos;s own).</source>
        <translation>rhoddir ei baramedrau, ond nid y modiwl: enwch y modiwl hefyd (paramedrau modiwl y cardiau yw rhai’r modiwl hwnnw ei hun).</translation>
    </message>
    <message>
        <source>enter the key token&apos;s current user PIN.</source>
        <translation>rhowch PIN defnyddiwr presennol y tocyn allweddi.</translation>
    </message>
    <message>
        <source>enter the journal token&apos;s user PIN.</source>
        <translation>rhowch PIN defnyddiwr tocyn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>cerdyn %1</translation>
    </message>
    <message>
        <source>name its holder.</source>
        <translation>enwch ei ddeiliad.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is not one of custodian, reviewer, responder, operator.</source>
        <translation>nid yw’r rôl &quot;%1&quot; yn un o custodian, reviewer, responder, operator.</translation>
    </message>
    <message>
        <source>enter %1&apos;s PIN.</source>
        <translation>rhowch PIN %1.</translation>
    </message>
    <message>
        <source>the same card (%1) is listed twice.</source>
        <translation>rhestrir yr un cerdyn (%1) ddwywaith.</translation>
    </message>
    <message>
        <source>k = %1 needs at least k custodian cards (n &gt;= k); %2 are listed.</source>
        <translation>mae k = %1 angen o leiaf k cerdyn ceidwad (n &gt;= k); rhestrir %2.</translation>
    </message>
    <message>
        <source>Loading the PKCS#11 modules</source>
        <translation>Llwytho’r modiwlau PKCS#11</translation>
    </message>
    <message>
        <source>Checking the tokens and every PIN</source>
        <translation>Gwirio’r tocynnau a phob PIN</translation>
    </message>
    <message>
        <source>The key token URI %1</source>
        <translation>URI y tocyn allweddi %1</translation>
    </message>
    <message>
        <source>The journal token URI %1</source>
        <translation>URI tocyn y cyfnodolyn %1</translation>
    </message>
    <message>
        <source>The key token and the journal token are the same token (%1): the journal token&apos;s PIN is kept in the workspace, so it must not open the key token.</source>
        <translation>Yr un tocyn yw’r tocyn allweddi a thocyn y cyfnodolyn (%1): cedwir PIN tocyn y cyfnodolyn yn y gweithle, felly rhaid iddo beidio ag agor y tocyn allweddi.</translation>
    </message>
    <message>
        <source>The card of %1 (%2)</source>
        <translation>Cerdyn %1 (%2)</translation>
    </message>
    <message>
        <source>The card of %1 (%2) is a card listed before it.</source>
        <translation>Mae cerdyn %1 (%2) yn gerdyn a restrwyd o’i flaen.</translation>
    </message>
    <message>
        <source>The card of %1 (%2) is the key token or the journal token.</source>
        <translation>Cerdyn %1 (%2) yw’r tocyn allweddi neu docyn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>The card of %1</source>
        <translation>Cerdyn %1</translation>
    </message>
    <message>
        <source>The card of %1 (&quot;%2&quot;)</source>
        <translation>Cerdyn %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The key token &quot;%1&quot;</source>
        <translation>Y tocyn allweddi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The key token &quot;%1&quot; (SO PIN)</source>
        <translation>Y tocyn allweddi &quot;%1&quot; (PIN SO)</translation>
    </message>
    <message>
        <source>Preparing the cards&apos; key pairs</source>
        <translation>Paratoi parau allweddi’r cardiau</translation>
    </message>
    <message>
        <source>The card of %1 cannot make its EC P-256 key pair</source>
        <translation>Ni all cerdyn %1 wneud ei bâr allweddi EC P-256</translation>
    </message>
    <message>
        <source>Generating the journal signing key on the journal token</source>
        <translation>Cynhyrchu allwedd llofnodi’r cyfnodolyn ar docyn y cyfnodolyn</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace (site register version 1)</source>
        <translation>Creu’r gweithle wedi’i amgryptio (fersiwn 1 cofrestr y safle)</translation>
    </message>
    <message>
        <source>Taking over the key token&apos;s PIN and splitting it %1-of-%2 onto the custodians&apos; cards</source>
        <translation>Cymryd PIN y tocyn allweddi drosodd a’i rannu %1-o-%2 ar gardiau’r ceidwaid</translation>
    </message>
    <message>
        <source>%1 The site folder %2 is kept with this in its journal: a quorum of the custodians&apos; cards can log the key token in if it took the new PIN.</source>
        <translation>%1 Cedwir ffolder y safle %2 gyda hyn yn ei gyfnodolyn: gall cworwm o gardiau’r ceidwaid fewngofnodi’r tocyn allweddi os derbyniodd y PIN newydd.</translation>
    </message>
    <message>
        <source>%1 Putting the key token&apos;s PINs back failed too (%2): its PIN is in the custodians&apos; cards&apos; shares.</source>
        <translation>%1 Methodd rhoi PINau’r tocyn allweddi yn ôl hefyd (%2): mae ei PIN yng nghyfrannau cardiau’r ceidwaid.</translation>
    </message>
    <message>
        <source>The site is made, but its newest journal entries are not signed yet: %1 They are signed at the next operation.</source>
        <translation>Gwnaed y safle, ond nid yw ei gofnodion cyfnodolyn diweddaraf wedi’u llofnodi eto: %1 Fe’u llofnodir yn y weithred nesaf.</translation>
    </message>
    <message>
        <source>its entry point is given, but not the module: name the module too.</source>
        <translation>rhoddir ei bwynt mynediad, ond nid y modiwl: enwch y modiwl hefyd.</translation>
    </message>
    <message>
        <source>The key token &quot;%1&quot; takes PINs of %2 to %3 characters, but the PINs Symbolon sets and splits among the custodians are %4 characters long (128 random bits). Raise the token&apos;s PIN length limit, or use a token that allows it.</source>
        <translation>Mae&apos;r tocyn allweddi &quot;%1&quot; yn derbyn PINau o %2 i %3 nod, ond mae&apos;r PINau y mae Symbolon yn eu gosod a&apos;u rhannu rhwng y ceidwaid yn %4 nod o hyd (128 did ar hap). Codwch derfyn hyd PIN y tocyn, neu defnyddiwch docyn sy&apos;n ei ganiatáu.</translation>
    </message>
</context>
<context>
    <name>symbolon::store</name>
    <message>
        <source>A batch insert got a row of %1 values for %2 columns.</source>
        <translation>Cafodd mewnosodiad swp res o %1 gwerth ar gyfer %2 colofn.</translation>
    </message>
    <message>
        <source>The workspace key must be 32 bytes.</source>
        <translation>Rhaid i allwedd y gweithle fod yn 32 beit.</translation>
    </message>
    <message>
        <source>A workspace database already exists at %1.</source>
        <translation>Mae cronfa ddata gweithle eisoes yn bodoli yn %1.</translation>
    </message>
    <message>
        <source>The workspace database %1 is missing.</source>
        <translation>Mae cronfa ddata&apos;r gweithle %1 ar goll.</translation>
    </message>
    <message>
        <source>The workspace database %1 is empty (0 bytes): it was truncated or replaced. Restore the workspace from its backup; nothing was changed.</source>
        <translation>Mae cronfa ddata’r gweithle %1 yn wag (0 beit): fe’i cwtogwyd neu fe’i disodlwyd. Adferwch y gweithle o’i gopi wrth gefn; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Opening the workspace database</source>
        <translation>Yn agor cronfa ddata&apos;r gweithle</translation>
    </message>
    <message>
        <source>Keying the workspace database</source>
        <translation>Yn rhoi allwedd i gronfa ddata&apos;r gweithle</translation>
    </message>
    <message>
        <source>Configuring the workspace database</source>
        <translation>Yn ffurfweddu cronfa ddata&apos;r gweithle</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher: refusing to open the workspace unencrypted.</source>
        <translation>Nid SQLCipher yw&apos;r llyfrgell SQLite sy&apos;n cael ei defnyddio: yn gwrthod agor y gweithle heb ei amgryptio.</translation>
    </message>
    <message>
        <source>The workspace database did not open with this card&apos;s key: the file is corrupted, or it belongs to another workspace.</source>
        <translation>Ni agorodd cronfa ddata&apos;r gweithle gydag allwedd y cerdyn hwn: mae&apos;r ffeil wedi&apos;i llygru, neu mae&apos;n perthyn i weithle arall.</translation>
    </message>
    <message>
        <source>The workspace database failed</source>
        <translation>Methodd cronfa ddata&apos;r gweithle</translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation>Yn paratoi datganiad cronfa ddata</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>Ni ddychwelodd yr ymholiad unrhyw res.</translation>
    </message>
    <message>
        <source> The disk is full: free space and try again; nothing was written.</source>
        <translation> Mae&apos;r ddisg yn llawn: rhyddhewch le a rhowch gynnig arall arni; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source> The workspace is read-only: check the folder&apos;s permissions.</source>
        <translation> Mae&apos;r gweithle&apos;n ddarllen-yn-unig: gwiriwch ganiatâd y ffolder.</translation>
    </message>
    <message>
        <source> A file grew past this process&apos;s file size limit (ulimit -f): raise the limit and try again; nothing was written.</source>
        <translation> Tyfodd ffeil y tu hwnt i derfyn maint ffeil y broses hon (ulimit -f): codwch y terfyn a rhowch gynnig arall arni; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source> The workspace is on a read-only file system.</source>
        <translation> Mae&apos;r gweithle ar system ffeiliau ddarllen-yn-unig.</translation>
    </message>
    <message>
        <source> The database file is damaged: restore the workspace from its backup.</source>
        <translation> Mae ffeil y gronfa ddata wedi&apos;i difrodi: adferwch y gweithle o&apos;i gopi wrth gefn.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer Symbolon (schema %1; this version reads up to %2): upgrade Symbolon to open it.</source>
        <translation>Ysgrifennwyd y gweithle hwn gan Symbolon mwy newydd (sgema %1; mae&apos;r fersiwn hon yn darllen hyd at %2): uwchraddiwch Symbolon i&apos;w agor.</translation>
    </message>
    <message>
        <source>The workspace database has no schema.</source>
        <translation>Nid oes sgema gan gronfa ddata&apos;r gweithle.</translation>
    </message>
    <message>
        <source>Running a database statement</source>
        <translation>Yn rhedeg datganiad cronfa ddata</translation>
    </message>
    <message>
        <source>%1 exists already: nothing was exported.</source>
        <translation>Mae %1 yn bodoli eisoes: ni allforiwyd dim.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Ni ellir creu %1: %2</translation>
    </message>
</context>
<context>
    <name>symbolon::ui</name>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 awr</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 munud</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 ddyfais</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 gwall</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>gwnaed ar %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>yn hwyr o %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>yn ddyledus ymhen %1</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Heb ei ddosbarthu</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categori %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices</source>
        <translation>
            <numerusform>%Ln dyfais</numerusform>
            <numerusform>%Ln dyfais</numerusform>
            <numerusform>%Ln dyfais</numerusform>
            <numerusform>%Ln dyfais</numerusform>
            <numerusform>%Ln dyfais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln gwall</numerusform>
            <numerusform>%Ln gwall</numerusform>
            <numerusform>%Ln gwall</numerusform>
            <numerusform>%Ln gwall</numerusform>
            <numerusform>%Ln gwall</numerusform>
        </translation>
    </message>
    <message>
        <source>custodian</source>
        <translation>ceidwad</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>adolygydd</translation>
    </message>
    <message>
        <source>responder</source>
        <translation>ymatebydd</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>gweithredwr</translation>
    </message>
    <message>
        <source>DCO Key</source>
        <translation>Allwedd DCO</translation>
    </message>
    <message>
        <source>Shared Key</source>
        <translation>Allwedd a Rennir</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <extracomment>A KEK and its version number: &quot;DCO Key v2&quot;</extracomment>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>gweithredol</translation>
    </message>
    <message>
        <source>retiring</source>
        <translation>yn ymddeol</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>wedi ymddeol</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>wedi’i dinistrio</translation>
    </message>
    <message>
        <source>%1 / %2 packages, %3/s, ETA %4</source>
        <extracomment>A KEK rollover&apos;s progress: packages moved of all, packages per second, time left</extracomment>
        <translation>%1 / %2 pecyn, %3/e, amser ar ôl %4</translation>
    </message>
    <message>
        <source>1 package</source>
        <translation>1 pecyn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages</source>
        <translation>
            <numerusform>%Ln pecyn</numerusform>
            <numerusform>%Ln pecyn</numerusform>
            <numerusform>%Ln pecyn</numerusform>
            <numerusform>%Ln pecyn</numerusform>
            <numerusform>%Ln pecyn</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>wedi’i ddisodli</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>wedi’i ddirymu</translation>
    </message>
    <message>
        <source>Give the reason for the change (field &quot;Reason&quot;): it is signed into the register and journaled.</source>
        <translation>Rhowch y rheswm dros y newid (maes &quot;Rheswm&quot;): caiff ei lofnodi i’r gofrestr a’i gofnodi yn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>Choose an active card of the site register (field &quot;Card&quot;).</source>
        <translation>Dewiswch gerdyn gweithredol o gofrestr y safle (maes &quot;Cerdyn&quot;).</translation>
    </message>
    <message>
        <source>Choose the new role (field &quot;New role&quot;).</source>
        <translation>Dewiswch y rôl newydd (maes &quot;Rôl newydd&quot;).</translation>
    </message>
    <message>
        <source>%1 is already in this role: choose another (field &quot;New role&quot;).</source>
        <translation>Mae %1 yn y rôl hon eisoes: dewiswch un arall (maes &quot;Rôl newydd&quot;).</translation>
    </message>
    <message>
        <source>k must be at least 1 (field &quot;k&quot;).</source>
        <translation>Rhaid i k fod yn 1 o leiaf (maes &quot;k&quot;).</translation>
    </message>
    <message>
        <source>The quorum is already %1: choose another k (field &quot;k&quot;).</source>
        <translation>Mae’r cworwm yn %1 eisoes: dewiswch k arall (maes &quot;k&quot;).</translation>
    </message>
    <message>
        <source>After this change %1 custodians would remain, fewer than the %2 a quorum needs: enrol a custodian first, or lower k.</source>
        <translation>Ar ôl y newid hwn byddai %1 ceidwad ar ôl, llai na’r %2 sydd eu hangen ar gworwm: cofrestrwch geidwad yn gyntaf, neu gostyngwch k.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>share %1, on the card</source>
        <translation>cyfran %1, ar y cerdyn</translation>
    </message>
    <message>
        <source>on the card (enrolment)</source>
        <translation>ar y cerdyn (cofrestru)</translation>
    </message>
    <message>
        <source>sealed to the card, in the workspace (sharing %1)</source>
        <translation>wedi’i selio i’r cerdyn, yn y gweithle (rhannu %1)</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ActionPermissions</name>
    <message>
        <source>Opens the ceremony wizard; a quorum of custodian cards approves it.</source>
        <translation>Yn agor dewin y seremoni; mae cworwm o gardiau ceidwaid yn ei chymeradwyo.</translation>
    </message>
    <message>
        <source>Only ACS custodians run ceremonies: your role is %1.</source>
        <translation>Dim ond ceidwaid ACS sy&apos;n rhedeg seremonïau: eich rôl chi yw %1.</translation>
    </message>
    <message>
        <source>Plan a targeted re-key of this device; a quorum of custodians approves it.</source>
        <translation>Cynllunio ailallweddu wedi&apos;i dargedu ar gyfer y ddyfais hon; mae cworwm o geidwaid yn ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Only the incident responder or an operator plans re-keys (custodians approve them): your role is %1.</source>
        <translation>Dim ond yr ymatebydd digwyddiadau neu weithredwr sy&apos;n cynllunio ailallweddu (mae ceidwaid yn ei gymeradwyo): eich rôl chi yw %1.</translation>
    </message>
    <message>
        <source>Flag this device&apos;s current keys compromised, with the incident or PMA reference.</source>
        <translation>Nodi bod allweddi cyfredol y ddyfais hon wedi&apos;u peryglu, gyda chyfeirnod y digwyddiad neu&apos;r PMA.</translation>
    </message>
    <message>
        <source>Only the incident responder marks keys compromised: your role is %1.</source>
        <translation>Dim ond yr ymatebydd digwyddiadau sy&apos;n nodi bod allweddi wedi&apos;u peryglu: eich rôl chi yw %1.</translation>
    </message>
    <message>
        <source>Import the DCO&apos;s results for an instruction batch: new keys become active.</source>
        <translation>Mewnforio canlyniadau’r DCO ar gyfer swp cyfarwyddiadau: daw allweddi newydd yn weithredol.</translation>
    </message>
    <message>
        <source>Only the incident responder or an operator imports the DCO&apos;s confirmations: your role is %1.</source>
        <translation>Dim ond yr ymatebwr i ddigwyddiadau neu weithredwr sy’n mewnforio cadarnhadau’r DCO: eich rôl yw %1.</translation>
    </message>
    <message>
        <source>A new version of the site register: k custodians&apos; cards approve it.</source>
        <translation>Fersiwn newydd o gofrestr y safle: cardiau k ceidwad sy’n ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Only custodians propose changes of the site register: your role is %1.</source>
        <translation>Dim ond ceidwaid sy’n cynnig newidiadau i gofrestr y safle: eich rôl chi yw %1.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyChoosePage</name>
    <message>
        <source>Choose the ceremony</source>
        <translation>Dewiswch y seremoni</translation>
    </message>
    <message>
        <source>Every ceremony is a quorum action: k custodians approve it with their own cards.</source>
        <translation>Mae pob seremoni&apos;n weithred cworwm: mae k ceidwad yn ei chymeradwyo gyda&apos;u cardiau eu hunain.</translation>
    </message>
    <message>
        <source>&amp;Transport Key label:</source>
        <translation>&amp;Label yr Allwedd Gludo:</translation>
    </message>
    <message>
        <source>Clear &amp;components:</source>
        <translation>&amp;Cydrannau clir:</translation>
    </message>
    <message>
        <source>/path/to/shared-key-package.json</source>
        <translation>/llwybr/i/pecyn-allwedd-a-rennir.json</translation>
    </message>
    <message>
        <source>Key &amp;package file:</source>
        <translation>Ffeil y &amp;pecyn allwedd:</translation>
    </message>
    <message>
        <source>the signer&apos;s public key (PEM), received by another channel</source>
        <translation>allwedd gyhoeddus y llofnodwr (PEM), a dderbyniwyd drwy sianel arall</translation>
    </message>
    <message>
        <source>Signer&apos;s public &amp;key:</source>
        <translation>&amp;Allwedd gyhoeddus y llofnodwr:</translation>
    </message>
    <message>
        <source>Devices per &amp;chunk:</source>
        <translation>Dyfeisiau fesul &amp;talp:</translation>
    </message>
    <message>
        <source>Name the Transport Key.</source>
        <translation>Enwch yr Allwedd Gludo.</translation>
    </message>
    <message>
        <source>Name the file the key package will be written to.</source>
        <translation>Enwch y ffeil y caiff y pecyn allwedd ei hysgrifennu iddi.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Ni ellir darllen %1.</translation>
    </message>
    <message>
        <source>Choose this ceremony; the next pages show exactly what it will do before anyone approves</source>
        <translation>Dewiswch y seremoni hon; mae&apos;r tudalennau nesaf yn dangos yn union beth fydd yn ei wneud cyn i neb gymeradwyo</translation>
    </message>
    <message>
        <source>The label the Transport Key will have on the key token</source>
        <translation>Y label a fydd gan yr Allwedd Gludo ar y tocyn allweddi</translation>
    </message>
    <message>
        <source>How many custodians each type one clear component (2 or 3)</source>
        <translation>Sawl ceidwad sy&apos;n teipio un gydran glir yr un (2 neu 3)</translation>
    </message>
    <message>
        <source>Devices unwrapped and committed together; an interrupted migration resumes after the last committed chunk</source>
        <translation>Dyfeisiau a ddadlapir ac a ymrwymir gyda&apos;i gilydd; mae mudo a dorrwyd yn ailddechrau ar ôl y talp olaf a ymrwymwyd</translation>
    </message>
    <message>
        <source>Roll a KEK over to a new version</source>
        <translation>Rholio KEK ymlaen i fersiwn newydd</translation>
    </message>
    <message>
        <source>Destroy a retired KEK version</source>
        <translation>Dinistrio fersiwn KEK sydd wedi ymddeol</translation>
    </message>
    <message>
        <source>%1
No quorum was convened.</source>
        <translation>%1
Ni alwyd cworwm.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyComponentsPage</name>
    <message>
        <source>Transport Key components</source>
        <translation>Cydrannau&apos;r Allwedd Gludo</translation>
    </message>
    <message>
        <source>Each custodian types their own component (32 hex digits, hidden) and checks its KCV against their sealed envelope. The others look away.</source>
        <translation>Mae pob ceidwad yn teipio ei gydran ei hun (32 digid hecs, wedi&apos;u cuddio) ac yn gwirio ei KCV yn erbyn ei amlen wedi&apos;i selio. Mae&apos;r lleill yn edrych i ffwrdd.</translation>
    </message>
    <message>
        <source>&amp;Build the Transport Key</source>
        <translation>&amp;Adeiladu&apos;r Allwedd Gludo</translation>
    </message>
    <message>
        <source>Component %1 (hidden)</source>
        <translation>Cydran %1 (wedi&apos;i chuddio)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Rhoi</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <source>Component %1:</source>
        <translation>Cydran %1:</translation>
    </message>
    <message>
        <source>KCV %1</source>
        <translation>KCV %1</translation>
    </message>
    <message>
        <source>32 hexadecimal digits from your sealed envelope; hidden, never copied</source>
        <translation>32 digid hecsadegol o&apos;ch amlen wedi&apos;i selio; wedi&apos;u cuddio, byth yn cael eu copïo</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyQuorumPage</name>
    <message>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <source>Each custodian in turn: choose your card, type its PIN (not shown), approve.</source>
        <translation>Pob ceidwad yn ei dro: dewiswch eich cerdyn, teipiwch ei PIN (ni chaiff ei ddangos), cymeradwywch.</translation>
    </message>
    <message>
        <source>The session was cancelled. Close the wizard and start again.</source>
        <translation>Canslwyd y sesiwn. Caewch y dewin a dechrau eto.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyResultPage</name>
    <message>
        <source>Ceremony record</source>
        <translation>Cofnod y seremoni</translation>
    </message>
    <message>
        <source>Read it together; each KCV is labelled with its method. It is in the journal already.</source>
        <translation>Darllenwch ef gyda&apos;ch gilydd; mae pob KCV wedi&apos;i labelu gyda&apos;i ddull. Mae eisoes yn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>&amp;Save record as text…</source>
        <translation>&amp;Cadw&apos;r cofnod fel testun…</translation>
    </message>
    <message>
        <source>FAILED: %1
</source>
        <translation>METHWYD: %1
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run by %1 (%2), %3 profile.&lt;br&gt;Started %4, finished %5 (UTC).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rhedwyd gan %1 (%2), proffil %3.&lt;br&gt;Dechreuwyd %4, gorffennwyd %5 (UTC).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approved by&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cymeradwywyd gan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;Key&lt;/th&gt;&lt;th&gt;KCV (method, value)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;Allwedd&lt;/th&gt;&lt;th&gt;KCV (dull, gwerth)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Path: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Llwybr: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Note: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nodyn: %1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stopped before completion; every chunk reported was committed.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Stopiwyd cyn cwblhau; ymrwymwyd pob talp a adroddwyd.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the ceremony record</source>
        <translation>Cadw cofnod y seremoni</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Testun (*.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Ni ellir ysgrifennu %1.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:%2&apos;&gt;The ceremony failed&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The quorum session is used up and the failure is journaled. Nothing else was changed.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;color:%2&apos;&gt;Methodd y seremoni&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Mae&apos;r sesiwn cworwm wedi&apos;i defnyddio a chofnodwyd y methiant yn y cyfnodolyn. Ni newidiwyd dim arall.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;FALLBACK — not for live keys:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;WRTH GEFN — nid ar gyfer allweddi byw:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;Operation&lt;/th&gt;&lt;th&gt;Path&lt;/th&gt;&lt;th&gt;Mechanism&lt;/th&gt;&lt;th&gt;Outcome&lt;/th&gt;&lt;th&gt;Time per call&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;Gweithrediad&lt;/th&gt;&lt;th&gt;Llwybr&lt;/th&gt;&lt;th&gt;Mecanwaith&lt;/th&gt;&lt;th&gt;Canlyniad&lt;/th&gt;&lt;th&gt;Amser fesul galwad&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Packages moved: %1; left under the old version: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pecynnau a symudwyd: %1; ar ôl o dan yr hen fersiwn: %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyReviewPage</name>
    <message>
        <source>Review exactly what will happen</source>
        <translation>Adolygwch yn union beth fydd yn digwydd</translation>
    </message>
    <message>
        <source>These parameters are what each custodian&apos;s card signs. Nothing has been done yet.</source>
        <translation>Y paramedrau hyn yw&apos;r hyn y mae cerdyn pob ceidwad yn ei lofnodi. Nid oes dim wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <source>&amp;Ask for the quorum</source>
        <translation>&amp;Gofyn am y cworwm</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; on %2 exactly as stated above, once the quorum approves. This cannot be undone.</source>
        <translation>Rhedeg &quot;%1&quot; ar %2 yn union fel y nodir uchod, unwaith y bydd y cworwm yn cymeradwyo. Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Confirm the ceremony</source>
        <translation>Cadarnhau&apos;r seremoni</translation>
    </message>
    <message>
        <source>Tick once the custodians have read the parameters; nothing runs until the quorum approves</source>
        <translation>Ticiwch unwaith y bydd y ceidwaid wedi darllen y paramedrau; nid oes dim yn rhedeg nes i&apos;r cworwm gymeradwyo</translation>
    </message>
    <message>
        <source>I have &amp;read the parameters above with the custodians</source>
        <translation>&amp;Rwyf wedi darllen y paramedrau uchod gyda’r ceidwaid</translation>
    </message>
    <message>
        <source>Key material will pass through this computer&apos;s memory (locked, wiped after use), because the key token cannot do it inside:
%1</source>
        <translation>Bydd deunydd allweddi’n mynd trwy gof y cyfrifiadur hwn (wedi’i gloi, wedi’i sychu ar ôl ei ddefnyddio), oherwydd na all y tocyn allweddi wneud hyn y tu mewn:
%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Quorum action &lt;b&gt;%2&lt;/b&gt;, %3 of %4 custodian cards.&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%5&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Gweithred cworwm &lt;b&gt;%2&lt;/b&gt;, %3 o %4 cerdyn ceidwad.&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%5&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyRunPage</name>
    <message>
        <source>Running</source>
        <translation>Yn rhedeg</translation>
    </message>
    <message>
        <source>The key token is logged in with the PIN rebuilt from the approvals; it is logged out and the PIN wiped when the ceremony ends.</source>
        <translation>Mae&apos;r tocyn allweddi wedi mewngofnodi gyda&apos;r PIN a ailadeiladwyd o&apos;r cymeradwyaethau; caiff ei allgofnodi a&apos;r PIN ei ddileu pan ddaw&apos;r seremoni i ben.</translation>
    </message>
    <message>
        <source>&amp;Stop after this chunk</source>
        <translation>&amp;Stopio ar ôl y talp hwn</translation>
    </message>
    <message>
        <source>Every committed chunk stays committed; running the migration again resumes.</source>
        <translation>Mae pob talp a ymrwymwyd yn aros wedi&apos;i ymrwymo; mae rhedeg y mudo eto yn ailddechrau.</translation>
    </message>
    <message>
        <source>Stopping after the chunk in progress…</source>
        <translation>Yn stopio ar ôl y talp sydd ar waith…</translation>
    </message>
    <message>
        <source>Done, and journaled.</source>
        <translation>Wedi&apos;i wneud, a&apos;i gofnodi yn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>The ceremony failed; see the record.</source>
        <translation>Methodd y seremoni; gweler y cofnod.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>Yn rhedeg &quot;%1&quot;…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 o %n dyfais</numerusform>
            <numerusform>%1 o %n dyfais</numerusform>
            <numerusform>%1 o %n dyfais</numerusform>
            <numerusform>%1 o %n dyfais</numerusform>
            <numerusform>%1 o %n dyfais</numerusform>
        </translation>
    </message>
    <message>
        <source>Every committed chunk stays committed, and every package stays readable; running the rollover again resumes it under a new approval.</source>
        <translation>Mae pob talp a ymrwymwyd yn aros wedi’i ymrwymo, a phob pecyn yn aros yn ddarllenadwy; mae rhedeg y rholio ymlaen eto yn ei ailddechrau o dan gymeradwyaeth newydd.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyWizard</name>
    <message>
        <source>Ceremony — Symbolon</source>
        <translation>Seremoni — Symbolon</translation>
    </message>
    <message>
        <source>the ceremony wizard was closed</source>
        <translation>caewyd dewin y seremoni</translation>
    </message>
    <message>
        <source>Close the ceremony</source>
        <translation>Cau’r seremoni</translation>
    </message>
    <message>
        <source>The quorum session is still open with %1 of %2 approvals. Closing cancels it (journaled), and the approvers would have to approve again. Close?</source>
        <translation>Mae sesiwn y cworwm yn dal ar agor gyda %1 o %2 cymeradwyaeth. Mae cau yn ei chanslo (wedi’i gofnodi yn y cyfnodolyn), a byddai’n rhaid i’r cymeradwywyr gymeradwyo eto. Cau?</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CopyCellAction</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CustodianReportDialog</name>
    <message>
        <source>Custodian report</source>
        <translation>Adroddiad y ceidwad</translation>
    </message>
    <message>
        <source>A PDF for the period: ceremonies, quorum sessions (cancelled ones too), re-keys with their PMA references, inventory imports and the result of verifying the whole journal. Dates are UTC days, both included.</source>
        <translation>PDF ar gyfer y cyfnod: seremonïau, sesiynau cworwm (y rhai a ganslwyd hefyd), ailallweddu gyda&apos;u cyfeirnodau PMA, mewnforion rhestr eiddo a chanlyniad dilysu&apos;r cyfnodolyn cyfan. Diwrnodau UTC yw&apos;r dyddiadau, y ddau wedi&apos;u cynnwys.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>The first day of the period (UTC), included</source>
        <translation>Diwrnod cyntaf y cyfnod (UTC), wedi&apos;i gynnwys</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Cyfnod hyd at</translation>
    </message>
    <message>
        <source>The last day of the period (UTC), included</source>
        <translation>Diwrnod olaf y cyfnod (UTC), wedi&apos;i gynnwys</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Ffeil yr adroddiad</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced</source>
        <translation>Y ffeil PDF i&apos;w hysgrifennu; caiff ffeil sy&apos;n bodoli ei disodli</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the report file</source>
        <translation>Dewis ffeil yr adroddiad</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Dewis ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Ysgrifennu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Read and verify the journal and write the PDF</source>
        <translation>Darllen a dilysu&apos;r cyfnodolyn ac ysgrifennu&apos;r PDF</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Cau&apos;r ffenestr hon</translation>
    </message>
    <message>
        <source>Save the custodian report</source>
        <translation>Cadw adroddiad y ceidwad</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad &quot;hyd at&quot; ar neu ar ôl y dyddiad &quot;o&quot;.</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Dewiswch y ffeil PDF i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>Reading and verifying the journal, then writing %1…</source>
        <translation>Yn darllen ac yn dilysu&apos;r cyfnodolyn, yna&apos;n ysgrifennu %1…</translation>
    </message>
    <message>
        <source>The custodian report could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu adroddiad y ceidwad i %1: %2</translation>
    </message>
    <message>
        <source>Written to %1: %2 ceremonies, %3 quorum sessions, %4 re-key entries, %5 imports. %6</source>
        <translation>Ysgrifennwyd i %1: seremonïau %2, sesiynau cworwm %3, cofnodion ailallweddu %4, mewnforion %5. %6</translation>
    </message>
    <message>
        <source>The journal verified.</source>
        <translation>Dilyswyd y cyfnodolyn.</translation>
    </message>
    <message>
        <source>The journal did NOT verify.</source>
        <translation>NI ddilyswyd y cyfnodolyn.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CustodianReportPdf</name>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad &quot;hyd at&quot; ar neu ar ôl y dyddiad &quot;o&quot;.</translation>
    </message>
    <message>
        <source>Symbolon custodian report</source>
        <translation>Adroddiad ceidwad Symbolon</translation>
    </message>
    <message>
        <source>Custodian report</source>
        <translation>Adroddiad y ceidwad</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1, period %2 to %3 (UTC, end excluded). %Ln journal entries in the period.</source>
        <translation>
            <numerusform>Gweithle %1, cyfnod %2 i %3 (UTC, heb gynnwys y diwedd). %Ln cofnod yn y cyfnodolyn yn y cyfnod.</numerusform>
            <numerusform>Gweithle %1, cyfnod %2 i %3 (UTC, heb gynnwys y diwedd). %Ln cofnod yn y cyfnodolyn yn y cyfnod.</numerusform>
            <numerusform>Gweithle %1, cyfnod %2 i %3 (UTC, heb gynnwys y diwedd). %Ln cofnod yn y cyfnodolyn yn y cyfnod.</numerusform>
            <numerusform>Gweithle %1, cyfnod %2 i %3 (UTC, heb gynnwys y diwedd). %Ln cofnod yn y cyfnodolyn yn y cyfnod.</numerusform>
            <numerusform>Gweithle %1, cyfnod %2 i %3 (UTC, heb gynnwys y diwedd). %Ln cofnod yn y cyfnodolyn yn y cyfnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal verification</source>
        <translation>Dilysu&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>Verified: every hash, link and checkpoint signature of the whole journal.</source>
        <translation>Dilyswyd: pob stwnsh, cyswllt a llofnod pwynt gwirio yn y cyfnodolyn cyfan.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>METHODD y dilysu.</translation>
    </message>
    <message>
        <source>The journal was not verified.</source>
        <translation>Ni ddilyswyd y cyfnodolyn.</translation>
    </message>
    <message>
        <source>Ceremonies</source>
        <translation>Seremonïau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ceremonies in the period.</source>
        <translation>
            <numerusform>%Ln seremoni yn y cyfnod.</numerusform>
            <numerusform>%Ln seremoni yn y cyfnod.</numerusform>
            <numerusform>%Ln seremoni yn y cyfnod.</numerusform>
            <numerusform>%Ln seremoni yn y cyfnod.</numerusform>
            <numerusform>%Ln seremoni yn y cyfnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Seremoni</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Cymeradwywyr</translation>
    </message>
    <message>
        <source>Quorum sessions</source>
        <translation>Sesiynau cworwm</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quorum sessions: %1 completed, %2 failed, %3 cancelled.</source>
        <translation>
            <numerusform>%Ln sesiwn cworwm: %1 wedi&apos;u cwblhau, %2 wedi methu, %3 wedi&apos;u canslo.</numerusform>
            <numerusform>%Ln sesiwn cworwm: %1 wedi&apos;u cwblhau, %2 wedi methu, %3 wedi&apos;u canslo.</numerusform>
            <numerusform>%Ln sesiwn cworwm: %1 wedi&apos;u cwblhau, %2 wedi methu, %3 wedi&apos;u canslo.</numerusform>
            <numerusform>%Ln sesiwn cworwm: %1 wedi&apos;u cwblhau, %2 wedi methu, %3 wedi&apos;u canslo.</numerusform>
            <numerusform>%Ln sesiwn cworwm: %1 wedi&apos;u cwblhau, %2 wedi methu, %3 wedi&apos;u canslo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Re-keys</source>
        <translation>Ailallweddu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-key journal entries.</source>
        <translation>
            <numerusform>%Ln cofnod ailallweddu yn y cyfnodolyn.</numerusform>
            <numerusform>%Ln cofnod ailallweddu yn y cyfnodolyn.</numerusform>
            <numerusform>%Ln cofnod ailallweddu yn y cyfnodolyn.</numerusform>
            <numerusform>%Ln cofnod ailallweddu yn y cyfnodolyn.</numerusform>
            <numerusform>%Ln cofnod ailallweddu yn y cyfnodolyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>PMA references:</source>
        <translation>Cyfeirnodau PMA:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Inventory imports</source>
        <translation>Mewnforion rhestr eiddo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln inventory imports.</source>
        <translation>
            <numerusform>%Ln mewnforiad rhestr eiddo.</numerusform>
            <numerusform>%Ln mewnforiad rhestr eiddo.</numerusform>
            <numerusform>%Ln mewnforiad rhestr eiddo.</numerusform>
            <numerusform>%Ln mewnforiad rhestr eiddo.</numerusform>
            <numerusform>%Ln mewnforiad rhestr eiddo.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::DeviceDetailPane</name>
    <message>
        <source>Selected device</source>
        <translation>Y ddyfais a ddewiswyd</translation>
    </message>
    <message>
        <source>Select a device in the table to see all its fields.</source>
        <translation>Dewiswch ddyfais yn y tabl i weld ei holl feysydd.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID y ddyfais</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Gwneuthurwr</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>System title</source>
        <translation>Teitl system</translation>
    </message>
    <message>
        <source>G2.44A category</source>
        <translation>Categori G2.44A</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Comisiynwyd</translation>
    </message>
    <message>
        <source>Rotation deadline</source>
        <translation>Terfyn cylchdroi</translation>
    </message>
    <message>
        <source>Rotation (CKMP (b)(iii))</source>
        <translation>Cylchdroi (CKMP (b)(iii))</translation>
    </message>
    <message>
        <source>Migration keys</source>
        <translation>Allweddi mudo</translation>
    </message>
    <message>
        <source>Held (imported at migration)</source>
        <translation>Wedi&apos;i dal (mewnforiwyd wrth fudo)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::DeviceFilterBar</name>
    <message>
        <source>Search devices</source>
        <translation>Chwilio dyfeisiau</translation>
    </message>
    <message>
        <source>Search: device ID, manufacturer, model or S1SP</source>
        <translation>Chwilio: ID dyfais, gwneuthurwr, model neu S1SP</translation>
    </message>
    <message>
        <source>Device ID prefix</source>
        <translation>Rhagddodiad ID dyfais</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Math o ddyfais</translation>
    </message>
    <message>
        <source>Show only the devices of this type</source>
        <translation>Dangos dyfeisiau o&apos;r math hwn yn unig</translation>
    </message>
    <message>
        <source>Show only the keys of devices of this type</source>
        <translation>Dangos allweddi dyfeisiau o&apos;r math hwn yn unig</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>Show only the devices of this cohort (IOC or FOC)</source>
        <translation>Dangos dyfeisiau o&apos;r garfan hon yn unig (IOC neu FOC)</translation>
    </message>
    <message>
        <source>Show only the keys of devices of this cohort (IOC or FOC)</source>
        <translation>Dangos allweddi dyfeisiau o&apos;r garfan hon yn unig (IOC neu FOC)</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Pob carfan</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>Show only the devices of this S1SP</source>
        <translation>Dangos dyfeisiau&apos;r S1SP hwn yn unig</translation>
    </message>
    <message>
        <source>Show only the keys of this S1SP&apos;s devices</source>
        <translation>Dangos allweddi dyfeisiau&apos;r S1SP hwn yn unig</translation>
    </message>
    <message>
        <source>All S1SPs</source>
        <translation>Pob S1SP</translation>
    </message>
    <message>
        <source>Rotation state</source>
        <translation>Cyflwr cylchdroi</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Cylchdroi yn ddyledus</translation>
    </message>
    <message>
        <source>Show only the devices in this post-commissioning rotation state</source>
        <translation>Dangos dyfeisiau yn y cyflwr cylchdroi ar ôl comisiynu hwn yn unig</translation>
    </message>
    <message>
        <source>Show only the keys of devices in this post-commissioning rotation state</source>
        <translation>Dangos allweddi dyfeisiau yn y cyflwr cylchdroi ar ôl comisiynu hwn yn unig</translation>
    </message>
    <message>
        <source>Any rotation state</source>
        <translation>Unrhyw gyflwr cylchdroi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>Yn ddyledus neu&apos;n hwyr</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::DeviceTableModel</name>
    <message>
        <source>Device ID</source>
        <translation>ID y ddyfais</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Gwneuthurwr</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Commissioned (UTC)</source>
        <translation>Comisiynwyd (UTC)</translation>
    </message>
    <message>
        <source>Deadline (UTC)</source>
        <translation>Terfyn amser (UTC)</translation>
    </message>
    <message>
        <source>Rotation state</source>
        <translation>Cyflwr cylchdroi</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::DevicesView</name>
    <message>
        <source>Find devices</source>
        <translation>Chwilio am ddyfeisiau</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Yn cyfrif…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Could not read the inventory: %1</source>
        <translation>Methu darllen y rhestr eiddo: %1</translation>
    </message>
    <message>
        <source>&amp;Mark compromised…</source>
        <translation>&amp;Nodi allweddi wedi&apos;u peryglu…</translation>
    </message>
    <message>
        <source>&amp;Re-key this device…</source>
        <translation>&amp;Ailallweddu&apos;r ddyfais hon…</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::EvidenceExportedDialog</name>
    <message>
        <source>Evidence pack written</source>
        <translation>Ysgrifennwyd y pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence pack folder</source>
        <translation>Ffolder y pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>Where the evidence pack was written, read-only</source>
        <translation>Lle ysgrifennwyd y pecyn tystiolaeth, darllen yn unig</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copïo’r llwybr</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Agor y ffolder</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Cofnodion:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, #%1 to #%2</source>
        <translation>
            <numerusform>%n cofnod, #%1 i #%2</numerusform>
            <numerusform>%n cofnod, #%1 i #%2</numerusform>
            <numerusform>%n cofnod, #%1 i #%2</numerusform>
            <numerusform>%n cofnod, #%1 i #%2</numerusform>
            <numerusform>%n cofnod, #%1 i #%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoints:</source>
        <translation>Pwyntiau gwirio:</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoints</source>
        <translation>
            <numerusform>%n pwynt gwirio wedi’u llofnodi</numerusform>
            <numerusform>%n pwynt gwirio wedi’u llofnodi</numerusform>
            <numerusform>%n pwynt gwirio wedi’u llofnodi</numerusform>
            <numerusform>%n pwynt gwirio wedi’u llofnodi</numerusform>
            <numerusform>%n pwynt gwirio wedi’u llofnodi</numerusform>
        </translation>
    </message>
    <message>
        <source>At export:</source>
        <translation>Wrth allforio:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Ffeiliau:</translation>
    </message>
    <message>
        <source>report.html and report.pdf for people; journal.jsonl, checkpoints.jsonl, journal-signing-key.pem, cards.json and manifest.json (the SHA-256 of every file) for checking</source>
        <translation>report.html a report.pdf i bobl; journal.jsonl, checkpoints.jsonl, journal-signing-key.pem, cards.json a manifest.json (SHA-256 pob ffeil) ar gyfer gwirio</translation>
    </message>
    <message>
        <source>A reviewer checks it against the journal key they hold, without the workspace:
symbolon-cli journal verify --evidence-pack &quot;%1&quot; --public-key JOURNAL-KEY.pem</source>
        <translation>Mae adolygydd yn ei wirio yn erbyn allwedd y cyfnodolyn sydd ganddo, heb y gweithle:
symbolon-cli journal verify --evidence-pack &quot;%1&quot; --public-key JOURNAL-KEY.pem</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::HsmObjectModel</name>
    <message>
        <source>token</source>
        <translation>tocyn</translation>
    </message>
    <message>
        <source>private</source>
        <translation>preifat</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensitif</translation>
    </message>
    <message>
        <source>extractable</source>
        <translation>gellir ei hechdynnu</translation>
    </message>
    <message>
        <source>never-extractable</source>
        <translation>na ellir byth ei hechdynnu</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lleol</translation>
    </message>
    <message>
        <source>encrypt</source>
        <translation>amgryptio</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>dadgryptio</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>lapio</translation>
    </message>
    <message>
        <source>unwrap</source>
        <translation>dadlapio</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>llofnodi</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>dilysu</translation>
    </message>
    <message>
        <source>derive</source>
        <translation>deillio</translation>
    </message>
    <message>
        <source>wrap-with-trusted only</source>
        <translation>lapio-gyda-dibynadwy yn unig</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>dibynadwy</translation>
    </message>
    <message>
        <source>no usage</source>
        <translation>dim defnydd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Math o allwedd</translation>
    </message>
    <message>
        <source>KCV</source>
        <translation>KCV</translation>
    </message>
    <message>
        <source>Security attributes</source>
        <translation>Priodweddau diogelwch</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Canfyddiadau polisi</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::HsmSlotsView</name>
    <message>
        <source>Modules, slots, tokens, objects</source>
        <translation>Modiwlau, slotiau, tocynnau, gwrthrychau</translation>
    </message>
    <message>
        <source>HSM slots</source>
        <translation>Slotiau HSM</translation>
    </message>
    <message>
        <source>Reading the HSM…</source>
        <translation>Yn darllen yr HSM…</translation>
    </message>
    <message>
        <source>Copy token &amp;URI</source>
        <translation>Copïo &amp;URI y tocyn</translation>
    </message>
    <message>
        <source>&amp;Objects</source>
        <translation>&amp;Gwrthrychau</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanwaith</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Maint yr allwedd</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Amgryptio</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Dadgryptio</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Lapio</translation>
    </message>
    <message>
        <source>Unwrap</source>
        <translation>Dadlapio</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Llofnodi</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Dilysu</translation>
    </message>
    <message>
        <source>Derive</source>
        <translation>Deillio</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Cynhyrchu</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Caledwedd</translation>
    </message>
    <message>
        <source>&amp;Mechanisms</source>
        <translation>&amp;Mecanweithiau</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Gweithrediad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Operation &amp;paths</source>
        <translation>&amp;Llwybrau gweithredu</translation>
    </message>
    <message>
        <source>All objects, as listed inside the quorum session at %1 (the key token was logged in by the quorum&apos;s rebuilt PIN). Refresh shows public objects only.</source>
        <translation>Pob gwrthrych, fel y&apos;u rhestrwyd y tu mewn i&apos;r sesiwn cworwm am %1 (mewngofnodwyd i&apos;r tocyn allweddi gyda PIN wedi&apos;i ailadeiladu&apos;r cworwm). Mae Adnewyddu yn dangos gwrthrychau cyhoeddus yn unig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The HSM cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ni ellir darllen yr HSM:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Modiwl %1</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (rhif cyfresol %2)</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(dim label)</translation>
    </message>
    <message>
        <source> ⚠</source>
        <translation> ⚠</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>heb ei ddatgan</translation>
    </message>
    <message>
        <source>login required</source>
        <translation>angen mewngofnodi</translation>
    </message>
    <message>
        <source>user PIN set</source>
        <translation>PIN defnyddiwr wedi&apos;i osod</translation>
    </message>
    <message>
        <source>write-protected</source>
        <translation>wedi&apos;i ddiogelu rhag ysgrifennu</translation>
    </message>
    <message>
        <source> — the workspace&apos;s key token</source>
        <translation> — tocyn allweddi&apos;r gweithle</translation>
    </message>
    <message>
        <source> — the journal token</source>
        <translation> — tocyn y cyfnodolyn</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>arferol</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Slot %1&lt;/h3&gt;&lt;p&gt;No initialised token.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Slot %1&lt;/h3&gt;&lt;p&gt;Dim tocyn wedi&apos;i gychwyn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>in module</source>
        <translation>yn y modiwl</translation>
    </message>
    <message>
        <source>FALLBACK — not for live keys</source>
        <translation>WRTH GEFN — nid ar gyfer allweddi byw</translation>
    </message>
    <message>
        <source>fallback: refused (production)</source>
        <translation>dull wrth gefn: gwrthodwyd (cynhyrchu)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ddim ar gael</translation>
    </message>
    <message>
        <source>PIN count low</source>
        <translation>Cyfrif PIN yn isel</translation>
    </message>
    <message>
        <source>final PIN try</source>
        <translation>cynnig PIN olaf</translation>
    </message>
    <message>
        <source>PIN LOCKED</source>
        <translation>PIN WEDI&apos;I GLOI</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Error&lt;/td&gt;&lt;td style=&apos;color:%2&apos;&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Gwall&lt;/td&gt;&lt;td style=&apos;color:%2&apos;&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Token objects</source>
        <translation>Gwrthrychau&apos;r tocyn</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>UR&amp;I:</translation>
    </message>
    <message>
        <source>Token URI</source>
        <translation>URI y tocyn</translation>
    </message>
    <message>
        <source>The PKCS#11 URI of the token, read-only</source>
        <translation>URI PKCS#11 y tocyn, darllen yn unig</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1%2&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Manufacturer&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Model&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Serial&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Slot&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Flags&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PIN state&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;FIPS declaration&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;%10&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1%2&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Gwneuthurwr&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Model&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rhif cyfresol&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Slot&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Baneri&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cyflwr y PIN&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Datganiad FIPS&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;%10&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Its slots cannot be listed: %1</source>
        <translation>Ni ellir rhestru ei slotiau: %1</translation>
    </message>
    <message>
        <source>&amp;Readiness check…</source>
        <translation>Gwiriad &amp;parodrwydd…</translation>
    </message>
    <message>
        <source>Try every operation the site needs on the key token, on scratch objects, under the quorum; the table goes into the journal</source>
        <translation>Rhoi cynnig ar bob gweithrediad sydd ei angen ar y safle ar y tocyn allweddi, ar wrthrychau dros dro, o dan y cworwm; mae&apos;r tabl yn mynd i&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>Module %1 (entry point %2)</source>
        <translation>Modiwl %1 (pwynt mynediad %2)</translation>
    </message>
    <message>
        <source>&amp;KEK versions</source>
        <translation>&amp;Fersiynau KEK</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::HsmSnapshot</name>
    <message>
        <source>No PKCS#11 module is loaded.</source>
        <translation>Nid oes modiwl PKCS#11 wedi&apos;i lwytho.</translation>
    </message>
    <message>
        <source>No initialised token in this slot.</source>
        <translation>Dim tocyn wedi&apos;i gychwyn yn y slot hwn.</translation>
    </message>
    <message>
        <source>All objects (the token is logged in by this application right now).</source>
        <translation>Pob gwrthrych (mae&apos;r rhaglen hon wedi mewngofnodi i&apos;r tocyn ar hyn o bryd).</translation>
    </message>
    <message>
        <source>Public objects only: private objects (secret keys, card keys, shares) need the token&apos;s PIN. The key token&apos;s PIN exists only inside a quorum session — its private objects appear here as listed at the end of the last ceremony run in this console.</source>
        <translation>Gwrthrychau cyhoeddus yn unig: mae gwrthrychau preifat (allweddi cyfrinachol, allweddi cardiau, cyfrannau) angen PIN y tocyn. Dim ond y tu mewn i sesiwn cworwm y mae PIN y tocyn allweddi&apos;n bodoli — mae ei wrthrychau preifat yn ymddangos yma fel y&apos;u rhestrwyd ar ddiwedd y seremoni olaf a redwyd yn y consol hwn.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ImportDialog</name>
    <message>
        <source>Import inventory — Symbolon</source>
        <translation>Mewnforio rhestr eiddo — Symbolon</translation>
    </message>
    <message>
        <source>Import a device inventory (CSV). A file with any error is rejected as a whole and changes nothing; importing the same file twice is refused.</source>
        <translation>Mewnforio rhestr eiddo o ddyfeisiau (CSV). Gwrthodir ffeil ag unrhyw wall yn ei chyfanrwydd ac nid yw&apos;n newid dim; gwrthodir mewnforio&apos;r un ffeil ddwywaith.</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>Ffeil rhestr eiddo</translation>
    </message>
    <message>
        <source>Path to the inventory CSV file</source>
        <translation>Llwybr i ffeil CSV y rhestr eiddo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Errors in the inventory file</source>
        <translation>Gwallau yn ffeil y rhestr eiddo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Disgwylid</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Choose an inventory file</source>
        <translation>Dewiswch ffeil rhestr eiddo</translation>
    </message>
    <message>
        <source>Inventory CSV (*.csv);;All files (*)</source>
        <translation>CSV rhestr eiddo (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Yn mewnforio %1…</translation>
    </message>
    <message>
        <source>The import ended without an outcome.</source>
        <translation>Daeth y mewnforio i ben heb ganlyniad.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Canslwyd y mewnforio: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Mewnforiwyd %1 o %2.</translation>
    </message>
    <message>
        <source>This file has already been imported.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i mewnforio eisoes.</translation>
    </message>
    <message>
        <source>The file was rejected: %1. Nothing was imported.</source>
        <translation>Gwrthodwyd y ffeil: %1. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>… and %1 more not shown.</source>
        <translation>… a %1 arall heb eu dangos.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::JournalDetailPane</name>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Dewiswch gofnod i&apos;w weld yn llawn.</translation>
    </message>
    <message>
        <source>Quorum approvals (signatures re-checked against enrolled keys)</source>
        <translation>Cymeradwyaethau cworwm (llofnodion wedi&apos;u hailwirio yn erbyn allweddi cofrestredig)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Ceidwad</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Entry #%1 is missing from the database: the chain is broken here.</source>
        <translation>Mae cofnod #%1 ar goll o&apos;r gronfa ddata: mae&apos;r gadwyn wedi&apos;i thorri yma.</translation>
    </message>
    <message>
        <source>Entry #%1 — %2</source>
        <translation>Cofnod #%1 — %2</translation>
    </message>
    <message>
        <source>Key fingerprint %1</source>
        <translation>Ôl bys yr allwedd %1</translation>
    </message>
    <message>
        <source>Entry details (JSON)</source>
        <translation>Manylion y cofnod (JSON)</translation>
    </message>
    <message>
        <source>Quorum approvals</source>
        <translation>Cymeradwyaethau&apos;r cworwm</translation>
    </message>
    <message>
        <source>Entry fields</source>
        <translation>Meysydd y cofnod</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copïo’r gwerth</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Meysydd</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Amser (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Gweithredwr</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Hash blaenorol</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::JournalFilterBar</name>
    <message>
        <source>From (UTC)</source>
        <translation>O (UTC)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Math o weithred</translation>
    </message>
    <message>
        <source>All actions</source>
        <extracomment>Journal action types: the item data is the action prefix matched.</extracomment>
        <translation>Pob gweithred</translation>
    </message>
    <message>
        <source>Quorum sessions</source>
        <translation>Sesiynau cworwm</translation>
    </message>
    <message>
        <source>Ceremonies</source>
        <translation>Seremonïau</translation>
    </message>
    <message>
        <source>Key token</source>
        <translation>Tocyn allweddi</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Rhestr eiddo</translation>
    </message>
    <message>
        <source>Re-keys</source>
        <translation>Ailallweddu</translation>
    </message>
    <message>
        <source>Risk reviews</source>
        <translation>Adolygiadau risg</translation>
    </message>
    <message>
        <source>Journal and evidence</source>
        <translation>Cyfnodolyn a thystiolaeth</translation>
    </message>
    <message>
        <source>Workspace (open, create)</source>
        <translation>Gweithle (agor, creu)</translation>
    </message>
    <message>
        <source>SIEM forwarding</source>
        <translation>Anfon ymlaen i&apos;r SIEM</translation>
    </message>
    <message>
        <source>Actor contains…</source>
        <translation>Gweithredwr yn cynnwys…</translation>
    </message>
    <message>
        <source>Device ID (00-DB-… or 00DB…)</source>
        <translation>ID dyfais (00-DB-… neu 00DB…)</translation>
    </message>
    <message>
        <source>PMA instruction reference</source>
        <translation>Cyfeirnod y PMA</translation>
    </message>
    <message>
        <source>Search actor, action, target, details…</source>
        <translation>Chwilio gweithredwr, gweithred, targed, manylion…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>I (UTC)</translation>
    </message>
    <message>
        <source>Show only the entries made at or after this time (UTC)</source>
        <translation>Dangos cofnodion a wnaed ar yr amser hwn neu wedi hynny yn unig (UTC)</translation>
    </message>
    <message>
        <source>Show only the entries made before this time (UTC)</source>
        <translation>Dangos cofnodion a wnaed cyn yr amser hwn yn unig (UTC)</translation>
    </message>
    <message>
        <source>Show only the entries of this kind of action</source>
        <translation>Dangos cofnodion o&apos;r math hwn o weithred yn unig</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::JournalTableModel</name>
    <message>
        <source>success</source>
        <translation>llwyddiant</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>methodd</translation>
    </message>
    <message>
        <source>MISSING — entry not in the database</source>
        <translation>AR GOLL — nid yw&apos;r cofnod yn y gronfa ddata</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Amser (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Gweithredwr</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Quorum approvers</source>
        <translation>Cymeradwywyr y cworwm</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::JournalView</name>
    <message>
        <source>Could not read the journal: %1</source>
        <translation>Methu darllen y cyfnodolyn: %1</translation>
    </message>
    <message>
        <source>&amp;Export evidence pack…</source>
        <translation>Allforio &amp;pecyn tystiolaeth…</translation>
    </message>
    <message>
        <source>Journal extract, checkpoints, public key and report (HTML and PDF) in a folder that can be verified with no workspace</source>
        <translation>Detholiad o&apos;r cyfnodolyn, pwyntiau gwirio, allwedd gyhoeddus ac adroddiad (HTML a PDF) mewn ffolder y gellir ei dilysu heb weithle</translation>
    </message>
    <message>
        <source>Record &amp;risk review…</source>
        <translation>Cofnodi &amp;adolygiad risg…</translation>
    </message>
    <message>
        <source>Record the 5-yearly risk review (CKMP (b)(iii))</source>
        <translation>Cofnodi&apos;r adolygiad risg 5-mlynyddol (CKMP (b)(iii))</translation>
    </message>
    <message>
        <source>Choose a folder for the evidence pack</source>
        <translation>Dewiswch ffolder ar gyfer y pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>Writing the evidence pack to %1…</source>
        <translation>Yn ysgrifennu&apos;r pecyn tystiolaeth i %1…</translation>
    </message>
    <message>
        <source>Evidence pack not written</source>
        <translation>Ni ysgrifennwyd y pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>The evidence pack could not be written to %1: %2</source>
        <translation>Ni ellid ysgrifennu&apos;r pecyn tystiolaeth i %1: %2</translation>
    </message>
    <message>
        <source>Evidence pack written to %1: %2 entries (#%3 to #%4), %5 checkpoints, report.html and report.pdf.</source>
        <translation>Ysgrifennwyd y pecyn tystiolaeth i %1: %2 cofnod (#%3 i #%4), %5 pwynt gwirio, report.html a report.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, newest first</source>
        <translation>
            <numerusform>%Ln cofnod, y mwyaf newydd yn gyntaf</numerusform>
            <numerusform>%Ln cofnod, y mwyaf newydd yn gyntaf</numerusform>
            <numerusform>%Ln cofnod, y mwyaf newydd yn gyntaf</numerusform>
            <numerusform>%Ln cofnod, y mwyaf newydd yn gyntaf</numerusform>
            <numerusform>%Ln cofnod, y mwyaf newydd yn gyntaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match, newest first</source>
        <translation>
            <numerusform>Mae %Ln cofnod yn cyfateb, y mwyaf newydd yn gyntaf</numerusform>
            <numerusform>Mae %Ln cofnod yn cyfateb, y mwyaf newydd yn gyntaf</numerusform>
            <numerusform>Mae %Ln cofnod yn cyfateb, y mwyaf newydd yn gyntaf</numerusform>
            <numerusform>Mae %Ln cofnod yn cyfateb, y mwyaf newydd yn gyntaf</numerusform>
            <numerusform>Mae %Ln cofnod yn cyfateb, y mwyaf newydd yn gyntaf</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Cofnodion y cyfnodolyn</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KekCeremonyFields</name>
    <message>
        <source>KEK</source>
        <translation>KEK</translation>
    </message>
    <message>
        <source>The key-encrypting key whose version the ceremony concerns</source>
        <translation>Yr allwedd amgryptio allweddi y mae’r seremoni’n ymwneud â’i fersiwn</translation>
    </message>
    <message>
        <source>K&amp;EK:</source>
        <translation>K&amp;EK:</translation>
    </message>
    <message>
        <source>PMA instruction ground</source>
        <translation>Sail cyfarwyddyd y PMA</translation>
    </message>
    <message>
        <source>The ground of the SMKI PMA&apos;s instruction to replace the KEK (CKMP (b)(iii))</source>
        <translation>Sail cyfarwyddyd y SMKI PMA i ddisodli’r KEK (CKMP (b)(iii))</translation>
    </message>
    <message>
        <source>Choose the ground of the PMA&apos;s instruction</source>
        <translation>Dewiswch sail cyfarwyddyd y PMA</translation>
    </message>
    <message>
        <source>PMA &amp;ground:</source>
        <translation>&amp;Sail y PMA:</translation>
    </message>
    <message>
        <source>PMA instruction reference</source>
        <translation>Cyfeirnod cyfarwyddyd y PMA</translation>
    </message>
    <message>
        <source>The SMKI PMA instruction reference</source>
        <translation>Cyfeirnod cyfarwyddyd y SMKI PMA</translation>
    </message>
    <message>
        <source>PMA &amp;reference:</source>
        <translation>&amp;Cyfeirnod y PMA:</translation>
    </message>
    <message>
        <source>KEK version to destroy</source>
        <translation>Fersiwn KEK i’w ddinistrio</translation>
    </message>
    <message>
        <source>Only retired versions are offered: no package refers to them</source>
        <translation>Dim ond fersiynau sydd wedi ymddeol a gynigir: nid oes pecyn yn cyfeirio atynt</translation>
    </message>
    <message>
        <source>&amp;Version to destroy:</source>
        <translation>&amp;Fersiwn i’w ddinistrio:</translation>
    </message>
    <message>
        <source>Packages moved and committed together; a stopped rollover resumes after the last committed chunk</source>
        <translation>Pecynnau a symudir ac a ymrwymir gyda’i gilydd; mae rholio ymlaen a stopiwyd yn ailddechrau ar ôl y talp olaf a ymrwymwyd</translation>
    </message>
    <message>
        <source>Packages per c&amp;hunk:</source>
        <translation>Pecynnau fesul t&amp;alp:</translation>
    </message>
    <message>
        <source>%1 (retired, KCV %2)</source>
        <translation>%1 (wedi ymddeol, KCV %2)</translation>
    </message>
    <message>
        <source>No retired version of the %1</source>
        <translation>Dim fersiwn o’r %1 sydd wedi ymddeol</translation>
    </message>
    <message>
        <source>The KEK versions cannot be read: %1</source>
        <translation>Ni ellir darllen y fersiynau KEK: %1</translation>
    </message>
    <message>
        <source>A destroyed version can never read again what was packaged under it, such as an S1SP&apos;s older exports. Only a retired version, with no package under it, can be destroyed.</source>
        <translation>Ni all fersiwn a ddinistriwyd fyth ddarllen eto yr hyn a becynnwyd oddi tano, megis allforion hŷn S1SP. Dim ond fersiwn sydd wedi ymddeol, heb becyn oddi tano, y gellir ei ddinistrio.</translation>
    </message>
    <message>
        <source>The rollover of %1 to v%2 is not finished: %3 of %4 moved. It resumes under its recorded PMA instruction %5; no new version is made.</source>
        <translation>Nid yw rholio %1 ymlaen i v%2 wedi gorffen: symudwyd %3 o %4. Mae’n ailddechrau o dan ei gyfarwyddyd PMA a gofnodwyd, %5; ni wneir fersiwn newydd.</translation>
    </message>
    <message>
        <source>%1 is active, with %2: a new version, v%3, is generated in the HSM and every package moves to it.</source>
        <translation>Mae %1 yn weithredol, gyda %2: cynhyrchir fersiwn newydd, v%3, yn yr HSM ac mae pob pecyn yn symud iddo.</translation>
    </message>
    <message>
        <source>No version of the %1 is recorded yet: version 1 is recorded under the quorum.</source>
        <translation>Nid oes fersiwn o’r %1 wedi’i gofnodi eto: cofnodir fersiwn 1 o dan y cworwm.</translation>
    </message>
    <message>
        <source>The %1 has no retired version to destroy.</source>
        <translation>Nid oes gan yr %1 fersiwn sydd wedi ymddeol i’w ddinistrio.</translation>
    </message>
    <message>
        <source>A KEK rollover needs the SMKI PMA&apos;s instruction: choose its ground (Major Incident or control shortfall) and give its reference (CKMP (b)(iii), (d)(vi)).</source>
        <translation>Mae rholio KEK ymlaen yn gofyn am gyfarwyddyd y SMKI PMA: dewiswch ei sail (Digwyddiad Mawr neu ddiffyg rheolaeth) a rhowch ei gyfeirnod (CKMP (b)(iii), (d)(vi)).</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KekVersionTable</name>
    <message>
        <source>KEK versions</source>
        <translation>Fersiynau KEK</translation>
    </message>
    <message>
        <source>KEK version</source>
        <translation>Fersiwn KEK</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>KCV</source>
        <translation>KCV</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pecynnau</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <source>PMA instruction</source>
        <translation>Cyfarwyddyd y PMA</translation>
    </message>
    <message>
        <source>The KEK versions cannot be read: %1</source>
        <translation>Ni ellir darllen y fersiynau KEK: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KeyDetailPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Key record details</source>
        <translation>Manylion y cofnod allwedd</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a key record to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch gofnod allwedd i weld ei fanylion.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dyfais</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>%1, client %2, generation %3</source>
        <translation>%1, cleient %2, cenhedlaeth %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>KCV</source>
        <translation>KCV</translation>
    </message>
    <message>
        <source>Packaged under</source>
        <translation>Wedi&apos;i phecynnu o dan</translation>
    </message>
    <message>
        <source>%1, KCV &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>%1, KCV &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Cynhyrchwyd</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Dosbarthwyd</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Daeth yn weithredol</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>Wedi&apos;i pheryglu</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>Rotation deadline</source>
        <translation>Terfyn cylchdroi</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Cynhyrchwyd gan</translation>
    </message>
    <message>
        <source>re-key run %1</source>
        <translation>rhediad ailallweddu %1</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>mudo</translation>
    </message>
    <message>
        <source>%1, reference %2, flagged %3</source>
        <translation>%1, cyfeirnod %2, nodwyd %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;yes&lt;/b&gt;</source>
        <translation>&lt;b&gt;ie&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KeyStateChart</name>
    <message>
        <source>Key records per state</source>
        <translation>Cofnodion allweddi fesul cyflwr</translation>
    </message>
    <message>
        <source>Key records per state (current filter, superseded included)</source>
        <translation>Cofnodion allweddi fesul cyflwr (yr hidlydd cyfredol, gan gynnwys rhai a ddisodlwyd)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Allweddi</translation>
    </message>
    <message>
        <source>Key records per state, superseded included: %1 in all, %2 flagged compromised</source>
        <translation>Cofnodion allweddi fesul cyflwr, gan gynnwys rhai a ddisodlwyd: %1 i gyd, %2 wedi&apos;u nodi fel rhai wedi&apos;u peryglu</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KeyStateTableModel</name>
    <message>
        <source>device (MK)</source>
        <translation>dyfais (MK)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ie: %1</translation>
    </message>
    <message>
        <source>Flagged compromised %1, reference %2. Replace it with a targeted re-key.</source>
        <translation>Nodwyd ei bod wedi&apos;i pheryglu %1, cyfeirnod %2. Disodlwch hi gydag ailallweddu wedi&apos;i dargedu.</translation>
    </message>
    <message>
        <source>Packaged for storage under the %1, whose KCV is %2.</source>
        <translation>Wedi&apos;i phecynnu i&apos;w storio o dan yr %1, sydd â&apos;r KCV %2.</translation>
    </message>
    <message>
        <source>Click to sort by this column.</source>
        <translation>Cliciwch i drefnu yn ôl y golofn hon.</translation>
    </message>
    <message>
        <source>Sort by device ID, state or rotation deadline.</source>
        <translation>Trefnu yn ôl ID dyfais, cyflwr neu derfyn cylchdroi.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID y ddyfais</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cleient</translation>
    </message>
    <message>
        <source>Gen.</source>
        <translation>Cenh.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>KCV</source>
        <translation>KCV</translation>
    </message>
    <message>
        <source>Packaging KEK (KCV)</source>
        <translation>KEK pecynnu (KCV)</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Cynhyrchwyd (UTC)</translation>
    </message>
    <message>
        <source>Distributed (UTC)</source>
        <translation>Dosbarthwyd (UTC)</translation>
    </message>
    <message>
        <source>Activated (UTC)</source>
        <translation>Daeth yn weithredol (UTC)</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>Wedi&apos;i pheryglu</translation>
    </message>
    <message>
        <source>Rotation deadline (UTC)</source>
        <translation>Terfyn cylchdroi (UTC)</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KeyStatesView</name>
    <message>
        <source>Key state</source>
        <translation>Cyflwr allwedd</translation>
    </message>
    <message>
        <source>Current keys (not superseded)</source>
        <translation>Allweddi cyfredol (heb eu disodli)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Pob cyflwr</translation>
    </message>
    <message>
        <source>Key kind</source>
        <translation>Math o allwedd</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Pob allwedd</translation>
    </message>
    <message>
        <source>Compromised only</source>
        <translation>Rhai wedi&apos;u peryglu yn unig</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Yn cyfrif…</translation>
    </message>
    <message>
        <source>Key records</source>
        <translation>Cofnodion allweddi</translation>
    </message>
    <message>
        <source>&amp;Mark compromised…</source>
        <translation>&amp;Nodi allweddi wedi&apos;u peryglu…</translation>
    </message>
    <message>
        <source>&amp;Re-key this device…</source>
        <translation>&amp;Ailallweddu&apos;r ddyfais hon…</translation>
    </message>
    <message>
        <source>Could not read the key records: %1</source>
        <translation>Methu darllen y cofnodion allweddi: %1</translation>
    </message>
    <message>
        <source>Mark keys compromised</source>
        <translation>Nodi allweddi wedi&apos;u peryglu</translation>
    </message>
    <message>
        <source>Mark %1 key(s) of device %2 compromised with reference &quot;%3&quot;?

%4

This is journaled and cannot be undone.</source>
        <translation>Nodi bod %1 allwedd dyfais %2 wedi&apos;u peryglu gyda&apos;r cyfeirnod &quot;%3&quot;?

%4

Cofnodir hyn yn y cyfnodolyn ac ni ellir ei ddadwneud.</translation>
    </message>
    <message>
        <source>The keys were not marked: %1</source>
        <translation>Ni nodwyd yr allweddi: %1</translation>
    </message>
    <message>
        <source>%1 key record(s)</source>
        <translation>%1 cofnod allwedd</translation>
    </message>
    <message>
        <source>Show only the keys in this state</source>
        <translation>Dangos allweddi yn y cyflwr hwn yn unig</translation>
    </message>
    <message>
        <source>Show only the keys of this kind (MK, AK or GUEK)</source>
        <translation>Dangos allweddi o&apos;r math hwn yn unig (MK, AK neu GUEK)</translation>
    </message>
    <message>
        <source>Show only the keys flagged compromised</source>
        <translation>Dangos allweddi y nodwyd eu bod wedi&apos;u peryglu yn unig</translation>
    </message>
    <message>
        <source>KEK version</source>
        <translation>Fersiwn KEK</translation>
    </message>
    <message>
        <source>Show only the keys packaged under this KEK version</source>
        <translation>Dangos dim ond yr allweddi a becynnwyd o dan y fersiwn KEK hwn</translation>
    </message>
    <message>
        <source>Any KEK version</source>
        <translation>Unrhyw fersiwn KEK</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::MainWindow</name>
    <message>
        <source>%1 — Symbolon</source>
        <translation>%1 — Symbolon</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Golygon</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Cyfnodolyn</translation>
    </message>
    <message>
        <source>HSM Slots</source>
        <translation>Slotiau HSM</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Import inventory…</source>
        <translation>&amp;Mewnforio rhestr eiddo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Trosolwg</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dyfeisiau</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Cyfnodolyn</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About Symbolon</source>
        <translation>&amp;Ynghylch Symbolon</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Gweithle: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Proffil: %1</translation>
    </message>
    <message>
        <source>development</source>
        <translation>datblygu</translation>
    </message>
    <message>
        <source>production</source>
        <translation>cynhyrchu</translation>
    </message>
    <message>
        <source>&amp;Ceremonies</source>
        <translation>&amp;Seremonïau</translation>
    </message>
    <message>
        <source>&amp;HSM Slots</source>
        <translation>Slotiau &amp;HSM</translation>
    </message>
    <message>
        <source>&amp;Quorum</source>
        <translation>C&amp;worwm</translation>
    </message>
    <message>
        <source>&amp;Generate KEKs…</source>
        <translation>&amp;Cynhyrchu KEKs…</translation>
    </message>
    <message>
        <source>&amp;Transport Key from components…</source>
        <translation>Allwedd &amp;Gludo o gydrannau…</translation>
    </message>
    <message>
        <source>&amp;Export Shared Key…</source>
        <translation>&amp;Allforio&apos;r Allwedd a Rennir…</translation>
    </message>
    <message>
        <source>I&amp;mport Shared Key…</source>
        <translation>&amp;Mewnforio&apos;r Allwedd a Rennir…</translation>
    </message>
    <message>
        <source>Migration &amp;unwrap…</source>
        <translation>&amp;Dadlapio mudo…</translation>
    </message>
    <message>
        <source>About Symbolon</source>
        <translation>Ynghylch Symbolon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Symbolon %1&lt;/h3&gt;&lt;p&gt;Custodian console for SMETS1 DLMS symmetric keys: the SMETS1 Cryptographic Key Management Policy and SEC G2.44/G2.45 as a tool.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Symbolon %1&lt;/h3&gt;&lt;p&gt;Consol ceidwaid ar gyfer allweddi cymesur DLMS SMETS1: Polisi Rheoli Allweddi Cryptograffig SMETS1 a SEC G2.44/G2.45 fel offeryn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 yn %2</translation>
    </message>
    <message>
        <source>Development profile: not for live keys.</source>
        <translation>Proffil datblygu: nid ar gyfer allweddi byw.</translation>
    </message>
    <message>
        <source>Production profile.</source>
        <translation>Proffil cynhyrchu.</translation>
    </message>
    <message>
        <source>The key token (serial %1) is logged in only while a ceremony runs under a quorum.</source>
        <translation>Dim ond tra bo seremoni&apos;n rhedeg o dan gworwm y mae&apos;r tocyn allweddi (rhif cyfresol %1) wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>Wedi mewngofnodi: %1 (%2)</translation>
    </message>
    <message>
        <source>Opened with card &quot;%1&quot; (serial %2).</source>
        <translation>Agorwyd gyda&apos;r cerdyn &quot;%1&quot; (rhif cyfresol %2).</translation>
    </message>
    <message>
        <source>Key token: none enrolled</source>
        <translation>Tocyn allweddi: dim wedi&apos;i gofrestru</translation>
    </message>
    <message>
        <source>Key token: %1 — %2</source>
        <translation>Tocyn allweddi: %1 — %2</translation>
    </message>
    <message>
        <source>in session</source>
        <translation>mewn sesiwn</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>wedi allgofnodi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Go&amp;sodiadau…</translation>
    </message>
    <message>
        <source>Key States</source>
        <translation>Cyflyrau Allweddi</translation>
    </message>
    <message>
        <source>&amp;Key States</source>
        <translation>&amp;Cyflyrau Allweddi</translation>
    </message>
    <message>
        <source>&amp;Re-key</source>
        <translation>&amp;Ailallweddu</translation>
    </message>
    <message>
        <source>&amp;Re-key…</source>
        <translation>&amp;Ailallweddu…</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>y consol</translation>
    </message>
    <message>
        <source>Custodian re&amp;port…</source>
        <translation>Adroddiad y &amp;ceidwad…</translation>
    </message>
    <message>
        <source>PDF of a period&apos;s ceremonies, quorum sessions, re-keys and imports, with the journal verification</source>
        <translation>PDF o seremonïau, sesiynau cworwm, ailallweddu a mewnforion cyfnod, gyda dilysu&apos;r cyfnodolyn</translation>
    </message>
    <message>
        <source>Site Register</source>
        <translation>Cofrestr y Safle</translation>
    </message>
    <message>
        <source>&amp;Site Register</source>
        <translation>Cofrestr y &amp;Safle</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>&amp;Canllaw defnyddiwr…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Llwybrau byr bysellfwrdd…</translation>
    </message>
    <message>
        <source>Re-key r&amp;uns…</source>
        <translation>Rhe&amp;diadau ailallweddu…</translation>
    </message>
    <message>
        <source>Every re-key run: resume it, export its instruction batch, import the DCO&apos;s confirmations, exclude failed or refused devices, list its devices.</source>
        <translation>Pob rhediad ailallweddu: ei ailddechrau, allforio ei swp cyfarwyddiadau, mewnforio cadarnhadau’r DCO, eithrio dyfeisiau a fethodd neu a wrthodwyd, rhestru ei ddyfeisiau.</translation>
    </message>
    <message>
        <source>&amp;Import DCO confirmations…</source>
        <translation>&amp;Mewnforio cadarnhadau’r DCO…</translation>
    </message>
    <message>
        <source>HSM rea&amp;diness check…</source>
        <translation>&amp;Gwiriad parodrwydd yr HSM…</translation>
    </message>
    <message>
        <source>&amp;Roll a KEK over to a new version…</source>
        <translation>&amp;Rholio KEK ymlaen i fersiwn newydd…</translation>
    </message>
    <message>
        <source>De&amp;stroy a retired KEK version…</source>
        <translation>Di&amp;nistrio fersiwn KEK sydd wedi ymddeol…</translation>
    </message>
    <message>
        <source>Site register change</source>
        <translation>Newid i gofrestr y safle</translation>
    </message>
    <message>
        <source>Close &quot;%1&quot; first: a change of the site register does not run beside another operation on the workspace.</source>
        <translation>Caewch &quot;%1&quot; yn gyntaf: nid yw newid i gofrestr y safle yn rhedeg ochr yn ochr â gweithrediad arall ar y gweithle.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::MarkCompromisedDialog</name>
    <message>
        <source>Mark keys compromised — Symbolon</source>
        <translation>Nodi allweddi wedi&apos;u peryglu — Symbolon</translation>
    </message>
    <message>
        <source>Flag the current keys of device &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt; as compromised (CKMP (d)(vi)). Their state does not change: a targeted re-key replaces them.</source>
        <translation>Nodi bod allweddi cyfredol dyfais &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt; wedi&apos;u peryglu (CKMP (d)(vi)). Nid yw eu cyflwr yn newid: mae ailallweddu wedi&apos;i dargedu yn eu disodli.</translation>
    </message>
    <message>
        <source>Incident or PMA reference</source>
        <translation>Cyfeirnod y digwyddiad neu&apos;r PMA</translation>
    </message>
    <message>
        <source>e.g. INC-2026-0142 or the PMA instruction reference</source>
        <translation>e.e. INC-2026-0142 neu gyfeirnod cyfarwyddyd y PMA</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Cyfeirnod:</translation>
    </message>
    <message>
        <source>Which keys</source>
        <translation>Pa allweddi</translation>
    </message>
    <message>
        <source>All current keys</source>
        <translation>Pob allwedd gyfredol</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Allweddi:</translation>
    </message>
    <message>
        <source>Keys that will be marked</source>
        <translation>Yr allweddi a gaiff eu nodi</translation>
    </message>
    <message>
        <source>&amp;Mark compromised…</source>
        <translation>&amp;Nodi allweddi wedi&apos;u peryglu…</translation>
    </message>
    <message>
        <source>%1, %2, generation %3 (%4)</source>
        <translation>%1, %2, cenhedlaeth %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n key(s) will be flagged:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Caiff %n allwedd eu nodi:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Caiff %n allwedd ei nodi:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Caiff %n allwedd eu nodi:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Caiff %n allwedd eu nodi:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Caiff %n allwedd eu nodi:&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>symbolon::ui::OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace — Symbolon</source>
        <translation>Agor gweithle — Symbolon</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspace:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gweithle:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Choose your card:</source>
        <translation>Dewiswch eich cerdyn:</translation>
    </message>
    <message>
        <source>Cards that can open this workspace</source>
        <translation>Cardiau a all agor y gweithle hwn</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN y cerdyn</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>&amp;PIN y cerdyn:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Refresh cards</source>
        <translation>&amp;Adnewyddu&apos;r cardiau</translation>
    </message>
    <message>
        <source>Looking for cards…</source>
        <translation>Yn chwilio am gardiau…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Absent — insert the card</source>
        <translation>Absennol — rhowch y cerdyn i mewn</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>Rhif cyfresol %1</translation>
    </message>
    <message>
        <source>Present your card… (checking the PIN and opening the workspace)</source>
        <translation>Cyflwynwch eich cerdyn… (yn gwirio&apos;r PIN ac yn agor y gweithle)</translation>
    </message>
    <message>
        <source>PIN — not shown as you type</source>
        <translation>PIN — ni chaiff ei ddangos wrth i chi deipio</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::OverviewView</name>
    <message>
        <source>Post-commissioning rotation — CKMP (b)(iii)</source>
        <translation>Cylchdroi ar ôl comisiynu — CKMP (b)(iii)</translation>
    </message>
    <message>
        <source>Every device&apos;s keys must be rotated within 7 days of commissioning.</source>
        <translation>Rhaid cylchdroi allweddi pob dyfais o fewn 7 diwrnod i&apos;w chomisiynu.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>in the inventory</source>
        <translation>yn y rhestr eiddo</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Yn ddyledus o fewn 7 diwrnod</translation>
    </message>
    <message>
        <source>not rotated yet, deadline ahead</source>
        <translation>heb ei chylchdroi eto, y terfyn o&apos;n blaenau</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>7-day deadline passed without rotation</source>
        <translation>Aeth y terfyn 7 diwrnod heibio heb gylchdroi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>rotation recorded</source>
        <translation>cofnodwyd y cylchdroi</translation>
    </message>
    <message>
        <source>By S1SP and cohort</source>
        <translation>Fesul S1SP a charfan</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Cards and tokens</source>
        <translation>Cardiau a thocynnau</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Rhif cyfresol</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Next risk review (5-yearly)</source>
        <translation>Adolygiad risg nesaf (bob 5 mlynedd)</translation>
    </message>
    <message>
        <source>Reading the last risk review…</source>
        <translation>Yn darllen yr adolygiad risg diwethaf…</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Proffil polisi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Development&lt;/b&gt;: SoftHSM2 allowed, clear-key fallbacks allowed and labelled</source>
        <translation>&lt;b&gt;Datblygu&lt;/b&gt;: caniateir SoftHSM2, caniateir dulliau wrth gefn allwedd glir a&apos;u labelu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production&lt;/b&gt;: FIPS 140-2 Level 3 key token required; no fallbacks</source>
        <translation>&lt;b&gt;Cynhyrchu&lt;/b&gt;: mae angen tocyn allweddi FIPS 140-2 Lefel 3; dim dulliau wrth gefn</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Quorum: %2 of %3 custodian cards&lt;br&gt;Key token: %4</source>
        <translation>%1&lt;br&gt;Cworwm: %2 o %3 cerdyn ceidwad&lt;br&gt;Tocyn allweddi: %4</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>heb ei ffurfweddu</translation>
    </message>
    <message>
        <source>Last review %1 (%2), recorded by %3.</source>
        <translation>Adolygiad diwethaf %1 (%2), cofnodwyd gan %3.</translation>
    </message>
    <message>
        <source>The risk review record cannot be read: %1</source>
        <translation>Ni ellir darllen cofnod yr adolygiad risg: %1</translation>
    </message>
    <message>
        <source>No review recorded — %1</source>
        <translation>Dim adolygiad wedi&apos;i gofnodi — %1</translation>
    </message>
    <message>
        <source>No review recorded — first due by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dim adolygiad wedi&apos;i gofnodi — yn ddyledus gyntaf erbyn &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next due by &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Yn ddyledus nesaf erbyn &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source> — &lt;b&gt;overdue&lt;/b&gt;</source>
        <translation> — &lt;b&gt;yn hwyr&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not list the cards: %1</source>
        <translation>Methu rhestru&apos;r cardiau: %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absennol</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>WEDI&apos;I GLOI</translation>
    </message>
    <message>
        <source>Final try left</source>
        <translation>Un cynnig olaf ar ôl</translation>
    </message>
    <message>
        <source>Count low (wrong PIN entered)</source>
        <translation>Cyfrif yn isel (rhoddwyd PIN anghywir)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Could not read the inventory: %1</source>
        <translation>Methu darllen y rhestr eiddo: %1</translation>
    </message>
    <message numerus="yes">
        <source> — due within %n day(s)</source>
        <translation>
            <numerusform> — yn ddyledus o fewn %n diwrnod</numerusform>
            <numerusform> — yn ddyledus o fewn %n diwrnod</numerusform>
            <numerusform> — yn ddyledus o fewn %n diwrnod</numerusform>
            <numerusform> — yn ddyledus o fewn %n diwrnod</numerusform>
            <numerusform> — yn ddyledus o fewn %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Site progress</source>
        <translation>Cynnydd y safle</translation>
    </message>
    <message>
        <source>Reading the journal and the inventory…</source>
        <translation>Yn darllen y cyfnodolyn a’r rhestr eiddo…</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ProfileBanner</name>
    <message>
        <source>Policy profile warning</source>
        <translation>Rhybudd proffil polisi</translation>
    </message>
    <message>
        <source>DEVELOPMENT PROFILE — not for live keys</source>
        <translation>PROFFIL DATBLYGU — nid ar gyfer allweddi byw</translation>
    </message>
    <message>
        <source>Demo cards: ACS card 1/2/3 PINs 111111/222222/333333, PMA reviewer 444444, Responder card 555555</source>
        <translation>Cardiau demo: ACS card 1/2/3 PINau 111111/222222/333333, PMA reviewer 444444, Responder card 555555</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::QuorumSessionWidget</name>
    <message>
        <source>Cancel the session</source>
        <translation>Canslo&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Ends this quorum session (journaled); the approvals given so far are discarded.</source>
        <translation>Yn dod â&apos;r sesiwn cworwm hon i ben (cofnodir yn y cyfnodolyn); caiff y cymeradwyaethau a roddwyd hyd yma eu taflu.</translation>
    </message>
    <message>
        <source>Approvals given</source>
        <translation>Cymeradwyaethau a roddwyd</translation>
    </message>
    <message>
        <source>Custodian card</source>
        <translation>Cerdyn ceidwad</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Yn darllen y cardiau…</translation>
    </message>
    <message>
        <source>Card PIN (not shown)</source>
        <translation>PIN y cerdyn (ni chaiff ei ddangos)</translation>
    </message>
    <message>
        <source>PIN — not shown as you type</source>
        <translation>PIN — ni chaiff ei ddangos wrth i chi deipio</translation>
    </message>
    <message>
        <source>&amp;Approve with this card</source>
        <translation>&amp;Cymeradwyo gyda&apos;r cerdyn hwn</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>&amp;PIN y cerdyn:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)%4</source>
        <translation>%1 — %2 (%3)%4</translation>
    </message>
    <message>
        <source> — not present</source>
        <translation> — ddim yn bresennol</translation>
    </message>
    <message>
        <source>No quorum session.</source>
        <translation>Dim sesiwn cworwm.</translation>
    </message>
    <message>
        <source>✔ %1 (%2) — card &quot;%3&quot;, signature verified, %4</source>
        <translation>✔ %1 (%2) — cerdyn &quot;%3&quot;, llofnod wedi&apos;i ddilysu, %4</translation>
    </message>
    <message>
        <source>%1 of %2 approvals (quorum %2 of %3)</source>
        <translation>%1 o %2 cymeradwyaeth (cworwm %2 o %3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Amser ar ôl: %1:%2</translation>
    </message>
    <message>
        <source>Expired: start a new session</source>
        <translation>Wedi dod i ben: dechreuwch sesiwn newydd</translation>
    </message>
    <message>
        <source>Choose your card first.</source>
        <translation>Dewiswch eich cerdyn yn gyntaf.</translation>
    </message>
    <message>
        <source>Type the card&apos;s PIN.</source>
        <translation>Teipiwch PIN y cerdyn.</translation>
    </message>
    <message>
        <source>Present your card… (checking the PIN and signing the approval)</source>
        <translation>Cyflwynwch eich cerdyn… (yn gwirio&apos;r PIN ac yn llofnodi&apos;r gymeradwyaeth)</translation>
    </message>
    <message>
        <source>The card of the custodian approving now: present it, then type its PIN</source>
        <translation>Cerdyn y ceidwad sy&apos;n cymeradwyo nawr: cyflwynwch ef, yna teipiwch ei PIN</translation>
    </message>
    <message>
        <source>&lt;b&gt;Asked:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Requested by:&lt;/b&gt; %2&lt;br&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%3&lt;/pre&gt;</source>
        <translation>&lt;b&gt;Gofynnwyd:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Gofynnwyd gan:&lt;/b&gt; %2&lt;br&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%3&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Car&amp;d:</source>
        <translation>Cer&amp;dyn:</translation>
    </message>
    <message>
        <source>Choose the approving card</source>
        <translation>Dewiswch y cerdyn sy’n cymeradwyo</translation>
    </message>
    <message>
        <source>No card is enrolled in this workspace</source>
        <translation>Does dim cerdyn wedi’i gofrestru yn y gweithle hwn</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::QuorumView</name>
    <message>
        <source>&lt;b&gt;Card register&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cofrestr y cardiau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Rhif cyfresol</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>Cyflwr y PIN</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past quorum sessions&lt;/b&gt; (from the journal)</source>
        <translation>&lt;b&gt;Sesiynau cworwm blaenorol&lt;/b&gt; (o&apos;r cyfnodolyn)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Amser (UTC)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gofynnwyd</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Reading the cards and the journal…</source>
        <translation>Yn darllen y cardiau a&apos;r cyfnodolyn…</translation>
    </message>
    <message>
        <source>(no enrolment entry)</source>
        <translation>(dim cofnod cofrestru)</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>WEDI&apos;I GLOI</translation>
    </message>
    <message>
        <source>final try</source>
        <translation>cynnig olaf</translation>
    </message>
    <message>
        <source>count low</source>
        <translation>cyfrif yn isel</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>present</source>
        <translation>yn bresennol</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absennol</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>arferol</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>wedi&apos;i ganslo: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>methodd: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>neb</translation>
    </message>
    <message>
        <source>Card register</source>
        <translation>Cofrestr y cardiau</translation>
    </message>
    <message>
        <source>Past quorum sessions</source>
        <translation>Sesiynau cworwm blaenorol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>PIN share</source>
        <translation>Cyfran y PIN</translation>
    </message>
    <message>
        <source>&amp;Enrol a card…</source>
        <translation>&amp;Cofrestru cerdyn…</translation>
    </message>
    <message>
        <source>A new card for a new or an existing holder: its key pair is made on the card.</source>
        <translation>Cerdyn newydd ar gyfer deiliad newydd neu bresennol: gwneir ei bâr allweddi ar y cerdyn.</translation>
    </message>
    <message>
        <source>Re&amp;tire the card…</source>
        <translation>&amp;Ymddeol y cerdyn…</translation>
    </message>
    <message>
        <source>The selected card leaves the site: a leaver&apos;s, a lost or a damaged card.</source>
        <translation>Mae’r cerdyn a ddewiswyd yn gadael y safle: cerdyn rhywun sy’n gadael, cerdyn a gollwyd neu gerdyn wedi’i ddifrodi.</translation>
    </message>
    <message>
        <source>Re&amp;place the card…</source>
        <translation>&amp;Disodli’r cerdyn…</translation>
    </message>
    <message>
        <source>The selected card leaves the site and a new card takes its place, for the same holder and role.</source>
        <translation>Mae’r cerdyn a ddewiswyd yn gadael y safle ac mae cerdyn newydd yn cymryd ei le, ar gyfer yr un deiliad a’r un rôl.</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Newid &amp;rôl…</translation>
    </message>
    <message>
        <source>The selected card&apos;s holder takes another role.</source>
        <translation>Mae deiliad y cerdyn a ddewiswyd yn cymryd rôl arall.</translation>
    </message>
    <message>
        <source>Change &amp;k…</source>
        <translation>Newid &amp;k…</translation>
    </message>
    <message>
        <source>The number of custodians whose cards a quorum needs.</source>
        <translation>Nifer y ceidwaid y mae cworwm angen eu cardiau.</translation>
    </message>
    <message>
        <source>The site register cannot be changed from a read-only open.</source>
        <translation>Ni ellir newid cofrestr y safle o agoriad darllen yn unig.</translation>
    </message>
    <message>
        <source>Token URI</source>
        <translation>URI y tocyn</translation>
    </message>
    <message>
        <source>Key token &lt;b&gt;%1&lt;/b&gt; (serial %2): quorum &lt;b&gt;%3 of %4&lt;/b&gt; custodian cards; enrolled %5. Cards&apos; module: %7. Live sessions run in the Ceremony wizard (Ceremonies menu).%6</source>
        <translation>Tocyn allweddi &lt;b&gt;%1&lt;/b&gt; (rhif cyfresol %2): cworwm &lt;b&gt;%3 o %4&lt;/b&gt; cerdyn ceidwad; cofrestrwyd %5. Modiwl y cardiau: %7. Mae sesiynau byw yn rhedeg yn y dewin Seremoni (dewislen Seremonïau).%6</translation>
    </message>
    <message>
        <source>This console runs on your card: another custodian changes it, from their console.</source>
        <translation>Mae’r consol hwn yn rhedeg ar eich cerdyn chi: ceidwad arall sy’n ei newid, o’i gonsol ei hun.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ReaderThread</name>
    <message>
        <source>The workspace database is not open for reading.</source>
        <translation>Nid yw cronfa ddata&apos;r gweithle ar agor i&apos;w darllen.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RegisterChangeDialog</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Enrol a card</source>
        <translation>Cofrestru cerdyn</translation>
    </message>
    <message>
        <source>Retire a card</source>
        <translation>Ymddeol cerdyn</translation>
    </message>
    <message>
        <source>Replace a card</source>
        <translation>Disodli cerdyn</translation>
    </message>
    <message>
        <source>Change a person&apos;s role</source>
        <translation>Newid rôl person</translation>
    </message>
    <message>
        <source>Change the quorum</source>
        <translation>Newid y cworwm</translation>
    </message>
    <message>
        <source>A new card is enrolled: its EC P-256 key pair is made on the card, which must be present now with its PIN. As a custodian&apos;s card it receives a share of the key token&apos;s PINs, which are changed and re-dealt over the custodians.</source>
        <translation>Cofrestrir cerdyn newydd: gwneir ei bâr allweddi EC P-256 ar y cerdyn, y mae’n rhaid iddo fod yn bresennol nawr gyda’i PIN. Fel cerdyn ceidwad mae’n derbyn cyfran o PINau’r tocyn allweddi, sy’n cael eu newid a’u hailddosbarthu rhwng y ceidwaid.</translation>
    </message>
    <message>
        <source>The card leaves the site: it can no longer open the workspace nor approve. The key token&apos;s PINs are changed and re-dealt, so that its share, with others, logs nothing in; the journal token&apos;s PIN and the database key change too, so that nothing its holder kept opens or signs.</source>
        <translation>Mae’r cerdyn yn gadael y safle: ni all agor y gweithle na chymeradwyo mwyach. Caiff PINau’r tocyn allweddi eu newid a’u hailddosbarthu, fel nad yw ei gyfran, gydag eraill, yn mewngofnodi dim; mae PIN tocyn y cyfnodolyn ac allwedd y gronfa ddata yn newid hefyd, fel nad oes dim a gadwodd ei ddeiliad yn agor nac yn llofnodi.</translation>
    </message>
    <message>
        <source>The card leaves the site and a new card is enrolled for the same holder and role (its key pair is made on the card, present now with its PIN). The key token&apos;s PINs, the journal token&apos;s PIN and the database key change, as when a card is retired.</source>
        <translation>Mae’r cerdyn yn gadael y safle a chofrestrir cerdyn newydd ar gyfer yr un deiliad a’r un rôl (gwneir ei bâr allweddi ar y cerdyn, sy’n bresennol nawr gyda’i PIN). Mae PINau’r tocyn allweddi, PIN tocyn y cyfnodolyn ac allwedd y gronfa ddata yn newid, fel pan fydd cerdyn yn ymddeol.</translation>
    </message>
    <message>
        <source>The person moves to another role, with every card they hold. A custodian who gains or loses that role changes who holds the key token&apos;s PIN shares: they are re-dealt.</source>
        <translation>Mae’r person yn symud i rôl arall, gyda phob cerdyn sydd ganddo. Mae ceidwad sy’n ennill neu’n colli’r rôl honno yn newid pwy sy’n dal cyfrannau PIN y tocyn allweddi: cânt eu hailddosbarthu.</translation>
    </message>
    <message>
        <source>k is the number of custodians whose cards a quorum needs, and n the custodians who hold a share (one per person). A new k re-deals the key token&apos;s PINs k of n.</source>
        <translation>k yw nifer y ceidwaid y mae cworwm angen eu cardiau, ac n y ceidwaid sy’n dal cyfran (un i bob person). Mae k newydd yn ailddosbarthu PINau’r tocyn allweddi k o n.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Choose the card</source>
        <translation>Dewiswch y cerdyn</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>C&amp;erdyn:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>The holder has left</source>
        <translation>Mae’r deiliad wedi gadael</translation>
    </message>
    <message>
        <source>The card is lost</source>
        <translation>Mae’r cerdyn ar goll</translation>
    </message>
    <message>
        <source>The card is damaged</source>
        <translation>Mae’r cerdyn wedi’i ddifrodi</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>P&amp;am:</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Cerdyn newydd</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Yn darllen y cardiau…</translation>
    </message>
    <message>
        <source>Read the car&amp;ds again</source>
        <translation>&amp;Darllen y cardiau eto</translation>
    </message>
    <message>
        <source>&amp;New card:</source>
        <translation>Cerdyn &amp;newydd:</translation>
    </message>
    <message>
        <source>The new card&apos;s PIN (not shown)</source>
        <translation>PIN y cerdyn newydd (ni chaiff ei ddangos)</translation>
    </message>
    <message>
        <source>PIN — not shown as you type</source>
        <translation>PIN — ni chaiff ei ddangos wrth i chi deipio</translation>
    </message>
    <message>
        <source>New card&apos;s P&amp;IN:</source>
        <translation>P&amp;IN y cerdyn newydd:</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>Dei&amp;liad:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>&amp;Rôl newydd:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source> of %1 custodians</source>
        <translation> o %1 ceidwad</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Why, with the ticket or HR reference: signed into the register</source>
        <translation>Pam, gyda chyfeirnod y cais cymorth neu gyfeirnod AD: caiff ei lofnodi i’r gofrestr</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;heswm:</translation>
    </message>
    <message>
        <source>&amp;Propose the change</source>
        <translation>C&amp;ynnig y newid</translation>
    </message>
    <message>
        <source>Approvals given</source>
        <translation>Cymeradwyaethau a roddwyd</translation>
    </message>
    <message>
        <source>Approving custodian&apos;s card</source>
        <translation>Cerdyn y ceidwad sy’n cymeradwyo</translation>
    </message>
    <message>
        <source>Appro&amp;ving card:</source>
        <translation>Cerdyn sy’n cy&amp;meradwyo:</translation>
    </message>
    <message>
        <source>Card PIN (not shown)</source>
        <translation>PIN y cerdyn (ni chaiff ei ddangos)</translation>
    </message>
    <message>
        <source>&amp;Approve with this card</source>
        <translation>&amp;Cymeradwyo gyda&apos;r cerdyn hwn</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>&amp;PIN y cerdyn:</translation>
    </message>
    <message>
        <source>&amp;Make the change</source>
        <translation>&amp;Gwneud y newid</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (rhif cyfresol %2)</translation>
    </message>
    <message>
        <source>Choose the new card</source>
        <translation>Dewiswch y cerdyn newydd</translation>
    </message>
    <message>
        <source>No card outside the register is present: insert it, then read the cards again</source>
        <translation>Nid oes cerdyn y tu allan i’r gofrestr yn bresennol: rhowch ef i mewn, yna darllenwch y cardiau eto</translation>
    </message>
    <message>
        <source>%1 — not present</source>
        <translation>%1 — nid yw’n bresennol</translation>
    </message>
    <message>
        <source>Choose the approving custodian&apos;s card</source>
        <translation>Dewiswch gerdyn y ceidwad sy’n cymeradwyo</translation>
    </message>
    <message>
        <source>Choose the new card (field &quot;New card&quot;): present it, then read the cards again.</source>
        <translation>Dewiswch y cerdyn newydd (maes &quot;Cerdyn newydd&quot;): cyflwynwch ef, yna darllenwch y cardiau eto.</translation>
    </message>
    <message>
        <source>Give the new card&apos;s holder (field &quot;Holder&quot;).</source>
        <translation>Rhowch ddeiliad y cerdyn newydd (maes &quot;Deiliad&quot;).</translation>
    </message>
    <message>
        <source>Type the new card&apos;s PIN (field &quot;New card&apos;s PIN&quot;).</source>
        <translation>Teipiwch PIN y cerdyn newydd (maes &quot;PIN y cerdyn newydd&quot;).</translation>
    </message>
    <message>
        <source>Checking the proposed register…</source>
        <translation>Yn gwirio’r gofrestr a gynigir…</translation>
    </message>
    <message>
        <source>Present the new card… (its key pair is being made on it)</source>
        <translation>Cyflwynwch y cerdyn newydd… (mae ei bâr allweddi yn cael ei wneud arno)</translation>
    </message>
    <message>
        <source>Site register version %1, proposed by %2. It changes:</source>
        <translation>Fersiwn %1 o gofrestr y safle, a gynigiwyd gan %2. Mae’n newid:</translation>
    </message>
    <message>
        <source>  • %1</source>
        <translation>  • %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Rheswm: %1</translation>
    </message>
    <message>
        <source>The key token&apos;s user and SO PINs will be changed and re-dealt %1 of %2 over the new version&apos;s custodians: an old share no longer logs the key token in.</source>
        <translation>Bydd PIN defnyddiwr ac SO PIN y tocyn allweddi yn cael eu newid a’u hailddosbarthu %1 o %2 rhwng ceidwaid y fersiwn newydd: ni fydd hen gyfran yn mewngofnodi’r tocyn allweddi mwyach.</translation>
    </message>
    <message>
        <source>A card leaves: the journal token&apos;s PIN and the database key change with it.</source>
        <translation>Mae cerdyn yn gadael: mae PIN tocyn y cyfnodolyn ac allwedd y gronfa ddata yn newid gydag ef.</translation>
    </message>
    <message>
        <source>%1 of %2 custodians have approved</source>
        <translation>Mae %1 o %2 ceidwad wedi cymeradwyo</translation>
    </message>
    <message>
        <source>Choose your card first (field &quot;Approving card&quot;).</source>
        <translation>Dewiswch eich cerdyn yn gyntaf (maes &quot;Cerdyn sy’n cymeradwyo&quot;).</translation>
    </message>
    <message>
        <source>Type the card&apos;s PIN (field &quot;Card PIN&quot;).</source>
        <translation>Teipiwch PIN y cerdyn (maes &quot;PIN y cerdyn&quot;).</translation>
    </message>
    <message>
        <source>Present your card… (checking the PIN and signing the proposed version)</source>
        <translation>Cyflwynwch eich cerdyn… (yn gwirio’r PIN ac yn llofnodi’r fersiwn a gynigir)</translation>
    </message>
    <message>
        <source>✔ %1 — signature verified</source>
        <translation>✔ %1 — llofnod wedi’i ddilysu</translation>
    </message>
    <message>
        <source>Making the change: re-dealing the key token&apos;s PINs…</source>
        <translation>Yn gwneud y newid: yn ailddosbarthu PINau’r tocyn allweddi…</translation>
    </message>
    <message>
        <source>Making the change…</source>
        <translation>Yn gwneud y newid…</translation>
    </message>
    <message>
        <source>The change was not made: %1</source>
        <translation>Ni wnaed y newid: %1</translation>
    </message>
    <message>
        <source>Register version %1 is recorded (digest %2…), approved by %3 custodians.</source>
        <translation>Cofnodwyd fersiwn %1 o’r gofrestr (crynodeb %2…), a gymeradwywyd gan %3 ceidwad.</translation>
    </message>
    <message>
        <source>The key token&apos;s PINs were changed and re-dealt: the old shares no longer log it in.</source>
        <translation>Newidiwyd PINau’r tocyn allweddi a’u hailddosbarthu: nid yw’r hen gyfrannau yn ei fewngofnodi mwyach.</translation>
    </message>
    <message>
        <source>The journal token&apos;s PIN was changed and sealed to the cards that stay.</source>
        <translation>Newidiwyd PIN tocyn y cyfnodolyn a’i selio i’r cardiau sy’n aros.</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1</source>
        <translation>Ni ellid newid allwedd y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>The database key could not be changed yet (another connection to the database was open): it changes when you close the console, or at the next open.</source>
        <translation>Ni ellid newid allwedd y gronfa ddata eto (roedd cysylltiad arall â’r gronfa ddata ar agor): bydd yn newid pan fyddwch yn cau’r consol, neu yn yr agoriad nesaf.</translation>
    </message>
    <message>
        <source>The database key was changed: a copy of the old key opens nothing current.</source>
        <translation>Newidiwyd allwedd y gronfa ddata: nid yw copi o’r hen allwedd yn agor dim sy’n gyfredol.</translation>
    </message>
    <message>
        <source>Afterwards: %1</source>
        <translation>Wedyn: %1</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyConfirmPage</name>
    <message>
        <source>Confirm and create the plan</source>
        <translation>Cadarnhau a chreu&apos;r cynllun</translation>
    </message>
    <message>
        <source>Creating the plan records its devices and justification in the journal; nothing is generated until the quorum approves the run.</source>
        <translation>Mae creu&apos;r cynllun yn cofnodi ei ddyfeisiau a&apos;i gyfiawnhad yn y cyfnodolyn; ni chynhyrchir dim nes i&apos;r cworwm gymeradwyo&apos;r rhediad.</translation>
    </message>
    <message>
        <source>&amp;Ask for the quorum</source>
        <translation>&amp;Gofyn am y cworwm</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Crynodeb o&apos;r cynllun</translation>
    </message>
    <message>
        <source>Worker sessions</source>
        <translation>Sesiynau gweithio</translation>
    </message>
    <message>
        <source>&amp;Worker sessions:</source>
        <translation>&amp;Sesiynau gweithio:</translation>
    </message>
    <message>
        <source>Devices per committed chunk</source>
        <translation>Dyfeisiau fesul talp a ymrwymir</translation>
    </message>
    <message>
        <source>Each chunk commits with its journal entry; stopping or a crash loses at most one.</source>
        <translation>Mae pob talp yn ymrwymo gyda&apos;i gofnod yn y cyfnodolyn; mae stopio neu chwalfa yn colli un ar y mwyaf.</translation>
    </message>
    <message>
        <source>Devices per &amp;chunk:</source>
        <translation>Dyfeisiau fesul &amp;talp:</translation>
    </message>
    <message>
        <source>&amp;Create the plan…</source>
        <translation>&amp;Creu&apos;r cynllun…</translation>
    </message>
    <message>
        <source>Create the re-key plan</source>
        <translation>Creu&apos;r cynllun ailallweddu</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Statws y cynllun</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Re-key %1 device(s): %2 new key(s) (%3)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ailallweddu %1 dyfais: %2 allwedd newydd (%3)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Selection:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dewis:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Justification:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cyfiawnhad:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plan the re-key of %1 device(s): %2 new key(s) (%3)?

The plan and its justification are journaled now; the keys are generated only when the quorum approves the run.</source>
        <translation>Cynllunio ailallweddu %1 dyfais: %2 allwedd newydd (%3)?

Cofnodir y cynllun a&apos;i gyfiawnhad yn y cyfnodolyn nawr; dim ond pan fydd y cworwm yn cymeradwyo&apos;r rhediad y cynhyrchir yr allweddi.</translation>
    </message>
    <message>
        <source>Creating the plan…</source>
        <translation>Yn creu&apos;r cynllun…</translation>
    </message>
    <message>
        <source>Resume re-key run %1</source>
        <translation>Ailddechrau rhediad ailallweddu %1</translation>
    </message>
    <message>
        <source>The devices still pending are re-keyed under a new quorum approval; committed chunks stay.</source>
        <translation>Caiff y dyfeisiau sy&apos;n dal i aros eu hailallweddu o dan gymeradwyaeth cworwm newydd; mae&apos;r talpiau a ymrwymwyd yn aros.</translation>
    </message>
    <message>
        <source>Ask the quorum to &amp;resume</source>
        <translation>Gofyn i&apos;r cworwm &amp;ailddechrau</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading run %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Yn darllen rhediad %1…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;State: &lt;b&gt;%1&lt;/b&gt;; %2 device(s) still pending. Planned %3 by %4; plan digest &lt;tt&gt;%5&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cyflwr: &lt;b&gt;%1&lt;/b&gt;; %2 dyfais yn dal i aros. Cynlluniwyd %3 gan %4; crynodeb y cynllun &lt;tt&gt;%5&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run %1 is %2 with %3 device(s) pending: there is nothing to resume.</source>
        <translation>Mae rhediad %1 yn %2 gyda %3 dyfais yn aros: nid oes dim i&apos;w ailddechrau.</translation>
    </message>
    <message>
        <source>%1 (plan digest %2). Opening the quorum session…</source>
        <translation>%1 (crynodeb y cynllun %2). Yn agor y sesiwn cworwm…</translation>
    </message>
    <message>
        <source>%1 was planned, but the quorum session did not open: %2</source>
        <translation>Cynlluniwyd %1, ond ni agorodd y sesiwn cworwm: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, plan digest &lt;tt&gt;%2&lt;/tt&gt;, journal entry #%3. Next: the custodians approve the run with their cards.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, crynodeb y cynllun &lt;tt&gt;%2&lt;/tt&gt;, cofnod cyfnodolyn #%3. Nesaf: mae&apos;r ceidwaid yn cymeradwyo&apos;r rhediad gyda&apos;u cardiau.</translation>
    </message>
    <message>
        <source>Show the devices of the plan</source>
        <translation>Dangos dyfeisiau’r cynllun</translation>
    </message>
    <message>
        <source>Show &amp;devices (%1)…</source>
        <translation>Dangos &amp;dyfeisiau (%1)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Justification:&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cyfiawnhad:&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Awtomatig</translation>
    </message>
    <message>
        <source>PKCS#11 sessions working in parallel. Automatic chooses the number from the measured rate, within what the token allows.</source>
        <translation>Sesiynau PKCS#11 yn gweithio ochr yn ochr. Mae Awtomatig yn dewis y nifer o&apos;r gyfradd a fesurwyd, o fewn yr hyn y mae&apos;r tocyn yn ei ganiatáu.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyDeviceListModel</name>
    <message>
        <source>Device</source>
        <translation>Dyfais</translation>
    </message>
    <message>
        <source>Key kinds</source>
        <translation>Mathau o allwedd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyDevicesDialog</name>
    <message>
        <source>Devices of re-key run %1</source>
        <translation>Dyfeisiau rhediad ailallweddu %1</translation>
    </message>
    <message>
        <source>Reading the devices of run %1…</source>
        <translation>Yn darllen dyfeisiau rhediad %1…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>%1, in the order they are re-keyed.</source>
        <translation>%1, yn y drefn y cânt eu hailallweddu.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyJustificationPage</name>
    <message>
        <source>Justification</source>
        <translation>Cyfiawnhad</translation>
    </message>
    <message>
        <source>Recorded with the plan and signed by the quorum.</source>
        <translation>Wedi&apos;i gofnodi gyda&apos;r cynllun a&apos;i lofnodi gan y cworwm.</translation>
    </message>
    <message>
        <source>PMA instruction ground</source>
        <translation>Sail cyfarwyddyd y PMA</translation>
    </message>
    <message>
        <source>No PMA instruction</source>
        <translation>Dim cyfarwyddyd gan y PMA</translation>
    </message>
    <message>
        <source>PMA &amp;ground:</source>
        <translation>&amp;Sail y PMA:</translation>
    </message>
    <message>
        <source>PMA instruction reference</source>
        <translation>Cyfeirnod cyfarwyddyd y PMA</translation>
    </message>
    <message>
        <source>The SMKI PMA instruction reference</source>
        <translation>Cyfeirnod cyfarwyddyd y SMKI PMA</translation>
    </message>
    <message>
        <source>PMA &amp;reference:</source>
        <translation>&amp;Cyfeirnod y PMA:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Why this re-key (journaled)</source>
        <translation>Pam yr ailallweddu hwn (cofnodir yn y cyfnodolyn)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required:&lt;/b&gt; %1 device(s) in this re-key have had their post-commissioning rotation. Keys may be replaced after it only on the SMKI PMA&apos;s instruction (CKMP (b)(iii), (d)(v), (d)(vi)): give its ground and reference.</source>
        <translation>&lt;b&gt;Gofynnol:&lt;/b&gt; mae %1 dyfais yn yr ailallweddu hwn wedi cael eu cylchdroi ar ôl comisiynu. Ar ôl hynny, dim ond ar gyfarwyddyd y SMKI PMA y gellir disodli allweddi (CKMP (b)(iii), (d)(v), (d)(vi)): rhowch ei sail a&apos;i gyfeirnod.</translation>
    </message>
    <message>
        <source>Every device is within its post-commissioning rotation: a PMA instruction is optional (give it if there is one).</source>
        <translation>Mae pob dyfais o fewn ei chylchdroi ar ôl comisiynu: mae cyfarwyddyd gan y PMA yn ddewisol (rhowch ef os oes un).</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyRadiusPage</name>
    <message>
        <source>Blast radius</source>
        <translation>Cwmpas yr effaith</translation>
    </message>
    <message>
        <source>Exactly what the re-key would touch, and every device the policy refuses, with the reason.</source>
        <translation>Yn union beth fyddai&apos;r ailallweddu yn effeithio arno, a phob dyfais y mae&apos;r polisi&apos;n ei gwrthod, gyda&apos;r rheswm.</translation>
    </message>
    <message>
        <source>Blast radius status</source>
        <translation>Statws cwmpas yr effaith</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Yn paratoi rhagolwg…</translation>
    </message>
    <message>
        <source>The preview is still running.</source>
        <translation>Mae&apos;r rhagolwg yn dal i redeg.</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Dim rhagolwg.</translation>
    </message>
    <message>
        <source>%1 device(s) are refused (reasons below): narrow the selection, or resolve them first.</source>
        <translation>Gwrthodir %1 dyfais (rhesymau isod): culhewch y dewis, neu datryswch y rhain yn gyntaf.</translation>
    </message>
    <message>
        <source>No device is selected: widen the selection.</source>
        <translation>Nid oes dyfais wedi&apos;i dewis: ehangwch y dewis.</translation>
    </message>
    <message>
        <source>Nothing is refused. Next: the justification.</source>
        <translation>Ni wrthodir dim. Nesaf: y cyfiawnhad.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 device(s), %2 new key(s) (%3)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 dyfais, %2 allwedd newydd (%3)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 as their post-commissioning rotation; %2 after it (these need the PMA&apos;s instruction, CKMP (d)(vi)).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 fel eu cylchdroi ar ôl comisiynu; %2 ar ôl hynny (mae&apos;r rhain angen cyfarwyddyd y PMA, CKMP (d)(vi)).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By cohort</source>
        <translation>Fesul carfan</translation>
    </message>
    <message>
        <source>By S1SP</source>
        <translation>Fesul S1SP</translation>
    </message>
    <message>
        <source>By device type</source>
        <translation>Fesul math o ddyfais</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1 device(s)&lt;/b&gt;: %2&lt;br&gt;&lt;small&gt;e.g. %3&lt;/small&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1 dyfais&lt;/b&gt;: %2&lt;br&gt;&lt;small&gt;e.e. %3&lt;/small&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next is disabled:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mae Nesaf wedi&apos;i analluogi:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 device(s) have had their post-commissioning rotation:&lt;/b&gt; re-keying them needs a PMA instruction (ground and reference) on the next page.</source>
        <translation>&lt;b&gt;Mae %1 dyfais wedi cael eu cylchdroi ar ôl comisiynu:&lt;/b&gt; mae eu hailallweddu angen cyfarwyddyd gan y PMA (sail a chyfeirnod) ar y dudalen nesaf.</translation>
    </message>
    <message>
        <source>Refused: %1 device(s)</source>
        <translation>Gwrthodwyd: %1 dyfais</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>The run&apos;s record is in the journal. Hand the instruction batch to the DCO; import its confirmations to make the new keys active.</source>
        <translation>Mae cofnod y rhediad yn y cyfnodolyn. Rhowch y swp cyfarwyddiadau i&apos;r DCO; mewnforiwch ei gadarnhadau i wneud yr allweddi newydd yn weithredol.</translation>
    </message>
    <message>
        <source>Re-key results</source>
        <translation>Canlyniadau ailallweddu</translation>
    </message>
    <message>
        <source>Export &amp;instruction batch…</source>
        <translation>Allforio&apos;r &amp;swp cyfarwyddiadau…</translation>
    </message>
    <message>
        <source>Export the instruction batch for the DCO</source>
        <translation>Allforio&apos;r swp cyfarwyddiadau ar gyfer y DCO</translation>
    </message>
    <message>
        <source>Export &amp;keys for DCO / S1SP…</source>
        <translation>Allforio &amp;allweddi ar gyfer DCO / S1SP…</translation>
    </message>
    <message>
        <source>Export the packaged keys for the DCO or an S1SP</source>
        <translation>Allforio&apos;r allweddi wedi&apos;u pecynnu ar gyfer y DCO neu S1SP</translation>
    </message>
    <message>
        <source>&lt;p&gt;The run has not finished.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nid yw&apos;r rhediad wedi gorffen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Devices&lt;/h3&gt;&lt;p&gt;</source>
        <translation>&lt;h3&gt;Dyfeisiau&lt;/h3&gt;&lt;p&gt;</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No device failed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ni fethodd unrhyw ddyfais.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Exports&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Allforion&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Export the instruction batch</source>
        <translation>Allforio&apos;r swp cyfarwyddiadau</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>DCO: AK and MK packages (under the DCO Key)</source>
        <translation>DCO: pecynnau AK ac MK (o dan yr Allwedd DCO)</translation>
    </message>
    <message>
        <source>S1SP: GUEK packages (under the Shared Key)</source>
        <translation>S1SP: pecynnau GUEK (o dan yr Allwedd a Rennir)</translation>
    </message>
    <message>
        <source>Export keys</source>
        <translation>Allforio allweddi</translation>
    </message>
    <message>
        <source>Recipient (role separation, CKMP (b)(ii)):</source>
        <translation>Derbynnydd (gwahanu rolau, CKMP (b)(ii)):</translation>
    </message>
    <message>
        <source>Only this S1SP&apos;s devices (blank: all):</source>
        <translation>Dyfeisiau&apos;r S1SP hwn yn unig (gwag: pob un):</translation>
    </message>
    <message>
        <source>Instruction batch %1: %2 device(s) (%3 newly distributed), SHA-256 &lt;tt&gt;%4&lt;/tt&gt;, journal entry #%5.</source>
        <translation>Swp cyfarwyddiadau %1: %2 dyfais (%3 newydd eu dosbarthu), SHA-256 &lt;tt&gt;%4&lt;/tt&gt;, cofnod cyfnodolyn #%5.</translation>
    </message>
    <message>
        <source>Keys for %1 in %2: %3 packaged key(s), SHA-256 &lt;tt&gt;%4&lt;/tt&gt;.</source>
        <translation>Allweddi ar gyfer %1 yn %2: %3 allwedd wedi&apos;u pecynnu, SHA-256 &lt;tt&gt;%4&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>Methodd y rhediad</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Every chunk committed before the failure stays committed; running the plan again resumes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Mae pob talp a ymrwymwyd cyn y methiant yn aros wedi&apos;i ymrwymo; mae rhedeg y cynllun eto yn ei ailddechrau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 device(s) failed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Methodd %1 dyfais:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped before completion.&lt;/b&gt; Every chunk reported was committed. Resume it with &lt;i&gt;Re-key → Re-key runs…&lt;/i&gt; (run %1) or symbolon-cli rekey run %1, under a new quorum approval.</source>
        <translation>&lt;b&gt;Wedi stopio cyn cwblhau.&lt;/b&gt; Ymrwymwyd pob talp a adroddwyd. Ailddechreuwch ef gydag &lt;i&gt;Ailallweddu → Rhediadau ailallweddu…&lt;/i&gt; (rhediad %1) neu symbolon-cli rekey run %1, o dan gymeradwyaeth cworwm newydd.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyRunPage</name>
    <message>
        <source>%1h%2m</source>
        <translation>%1 awr %2 mun</translation>
    </message>
    <message>
        <source>%1m%2s</source>
        <translation>%1 mun %2 eil</translation>
    </message>
    <message>
        <source>Re-keying</source>
        <translation>Yn ailallweddu</translation>
    </message>
    <message>
        <source>The key token is logged in with the PIN rebuilt from the approvals. Each chunk of devices commits with its journal entry; the token is logged out and the PIN wiped at the end.</source>
        <translation>Mae&apos;r tocyn allweddi wedi mewngofnodi gyda&apos;r PIN a ailadeiladwyd o&apos;r cymeradwyaethau. Mae pob talp o ddyfeisiau yn ymrwymo gyda&apos;i gofnod yn y cyfnodolyn; caiff y tocyn ei allgofnodi a&apos;r PIN ei ddileu ar y diwedd.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Canlyniadau</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Statws y rhediad</translation>
    </message>
    <message>
        <source>Re-key progress</source>
        <translation>Cynnydd yr ailallweddu</translation>
    </message>
    <message>
        <source>Devices done</source>
        <translation>Dyfeisiau wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cyfradd</translation>
    </message>
    <message>
        <source>Estimated time left</source>
        <translation>Amcangyfrif o&apos;r amser sy&apos;n weddill</translation>
    </message>
    <message>
        <source>Failed devices</source>
        <translation>Dyfeisiau a fethodd</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Dyfeisiau:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Cyfradd:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Amser ar ôl:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Wedi methu:</translation>
    </message>
    <message>
        <source>&amp;Stop after this chunk</source>
        <translation>&amp;Stopio ar ôl y talp hwn</translation>
    </message>
    <message>
        <source>Stop after this chunk</source>
        <translation>Stopio ar ôl y talp hwn</translation>
    </message>
    <message>
        <source>Every committed chunk stays committed; running the plan again resumes it.</source>
        <translation>Mae pob talp a ymrwymwyd yn aros wedi&apos;i ymrwymo; mae rhedeg y cynllun eto yn ei ailddechrau.</translation>
    </message>
    <message>
        <source>Stopping after the chunk in progress…</source>
        <translation>Yn stopio ar ôl y talp sydd ar waith…</translation>
    </message>
    <message>
        <source>Done, and journaled.</source>
        <translation>Wedi&apos;i wneud, a&apos;i gofnodi yn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>The run failed; see the results.</source>
        <translation>Methodd y rhediad; gweler y canlyniadau.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>Yn rhedeg &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>%1 of %2 devices (%p%)</source>
        <translation>%1 o %2 dyfais (%p%)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 chunk(s) committed)</source>
        <translation>%1 o %2 (%3 talp wedi&apos;u hymrwymo)</translation>
    </message>
    <message>
        <source>%1 devices/s</source>
        <translation>%1 dyfais/eil</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyRunsChart</name>
    <message>
        <source>Re-key runs by device status</source>
        <translation>Rhediadau ailallweddu yn ôl statws dyfais</translation>
    </message>
    <message>
        <source>The newest re-key runs: devices confirmed, distributed (awaiting confirmation), committed (not yet sent), failed and pending</source>
        <translation>Y rhediadau ailallweddu diweddaraf: dyfeisiau wedi&apos;u cadarnhau, wedi&apos;u dosbarthu (yn aros am gadarnhad), wedi&apos;u hymrwymo (heb eu hanfon eto), wedi methu ac yn yr arfaeth</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Wedi&apos;u cadarnhau</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Wedi&apos;u dosbarthu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Wedi&apos;u hymrwymo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Wedi methu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Yn yr arfaeth</translation>
    </message>
    <message>
        <source>Run %1 (%2, %3): %4 devices; %5 confirmed, %6 distributed, %7 committed, %8 failed, %9 pending</source>
        <translation>Rhediad %1 (%2, %3): dyfeisiau %4; %5 wedi&apos;u cadarnhau, %6 wedi&apos;u dosbarthu, %7 wedi&apos;u hymrwymo, %8 wedi methu, %9 yn yr arfaeth</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Rhediad %1: %2</translation>
    </message>
    <message>
        <source>Re-key runs: none yet</source>
        <translation>Rhediadau ailallweddu: dim eto</translation>
    </message>
    <message numerus="yes">
        <source>Re-key runs by device status (newest %n)</source>
        <translation>
            <numerusform>Rhediadau ailallweddu yn ôl statws dyfais (y %n diweddaraf)</numerusform>
            <numerusform>Rhediadau ailallweddu yn ôl statws dyfais (y %n diweddaraf)</numerusform>
            <numerusform>Rhediadau ailallweddu yn ôl statws dyfais (y %n diweddaraf)</numerusform>
            <numerusform>Rhediadau ailallweddu yn ôl statws dyfais (y %n diweddaraf)</numerusform>
            <numerusform>Rhediadau ailallweddu yn ôl statws dyfais (y %n diweddaraf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyRunsDialog</name>
    <message>
        <source>Re-key runs — Symbolon</source>
        <translation>Rhediadau ailallweddu — Symbolon</translation>
    </message>
    <message>
        <source>Every re-key run of this workspace. Select one to resume it, export its instruction batch for the DCO, exclude the devices that failed or that the DCO refused, or list its devices.</source>
        <translation>Pob rhediad ailallweddu yn y gweithle hwn. Dewiswch un i’w ailddechrau, i allforio ei swp cyfarwyddiadau i’r DCO, i eithrio’r dyfeisiau a fethodd neu a wrthododd y DCO, neu i restru ei ddyfeisiau.</translation>
    </message>
    <message>
        <source>Re-key runs</source>
        <translation>Rhediadau ailallweddu</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Rhediad</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Cyfiawnhad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Mathau</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Wedi&apos;u cadarnhau</translation>
    </message>
    <message>
        <source>Failed or refused</source>
        <translation>Wedi methu neu’i wrthod</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Wedi’u heithrio</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Crëwyd (UTC)</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Ailddechrau…</translation>
    </message>
    <message>
        <source>Re-key the run&apos;s pending devices under a new quorum approval.</source>
        <translation>Ailallweddu dyfeisiau’r rhediad sy’n aros o dan gymeradwyaeth cworwm newydd.</translation>
    </message>
    <message>
        <source>Export &amp;batch…</source>
        <translation>Allforio’r &amp;swp…</translation>
    </message>
    <message>
        <source>The signed instruction batch for the DCO, from the committed devices.</source>
        <translation>Y swp cyfarwyddiadau wedi’i lofnodi i’r DCO, o’r dyfeisiau a ymrwymwyd.</translation>
    </message>
    <message>
        <source>Re-&amp;send those awaiting confirmation</source>
        <translation>Ail&amp;anfon y rhai sy’n aros am gadarnhad</translation>
    </message>
    <message>
        <source>Also the devices sent before and not yet confirmed (the same instructions), except those excluded.</source>
        <translation>Hefyd y dyfeisiau a anfonwyd o’r blaen ac nas cadarnhawyd eto (yr un cyfarwyddiadau), ac eithrio’r rhai a eithriwyd.</translation>
    </message>
    <message>
        <source>E&amp;xclude failed and refused…</source>
        <translation>E&amp;ithrio’r rhai a fethodd ac a wrthodwyd…</translation>
    </message>
    <message>
        <source>Take the devices that failed, or that the DCO refused, out of the run (with the reason, journaled) so that the rest go on.</source>
        <translation>Tynnu’r dyfeisiau a fethodd, neu a wrthododd y DCO, o’r rhediad (gyda’r rheswm, yn y cyfnodolyn) fel bod y gweddill yn mynd ymlaen.</translation>
    </message>
    <message>
        <source>Show &amp;devices…</source>
        <translation>Dangos &amp;dyfeisiau…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Outcome details</source>
        <translation>Manylion y canlyniad</translation>
    </message>
    <message>
        <source>&amp;Import DCO confirmations…</source>
        <translation>&amp;Mewnforio cadarnhadau’r DCO…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Adnewy&amp;ddu</translation>
    </message>
    <message>
        <source>PMA %1</source>
        <translation>PMA %1</translation>
    </message>
    <message>
        <source>PMA %1: %2</source>
        <translation>PMA %1: %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(dim rheswm wedi’i roi)</translation>
    </message>
    <message>
        <source>No re-key run yet: plan one with Re-key ▸ Re-key….</source>
        <translation>Dim rhediad ailallweddu eto: cynlluniwch un gydag Ailallweddu ▸ Ailallweddu….</translation>
    </message>
    <message>
        <source>Import the DCO&apos;s confirmations</source>
        <translation>Mewnforio cadarnhadau’r DCO</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Importing the confirmations in %1…</source>
        <translation>Yn mewnforio’r cadarnhadau yn %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Methu darllen %1: %2.</translation>
    </message>
    <message>
        <source>The confirmations in %1 were not imported: %2</source>
        <translation>Ni fewnforiwyd y cadarnhadau yn %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Wedi methu: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 confirmed — %3 key(s) now Active, %4 superseded; %5 already confirmed; %6 failed (still Distributed: re-send them, or exclude them). Journal entry #%7.</source>
        <translation>Mewnforiwyd %1: %2 wedi’u cadarnhau — %3 allwedd bellach yn Weithredol, %4 wedi’u disodli; %5 wedi’u cadarnhau eisoes; %6 wedi methu (yn dal Wedi’u Dosbarthu: ail-anfonwch nhw, neu eithriwch nhw). Cofnod cyfnodolyn #%7.</translation>
    </message>
    <message>
        <source>Export the instruction batch</source>
        <translation>Allforio&apos;r swp cyfarwyddiadau</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Writing the instruction batch of run %1…</source>
        <translation>Yn ysgrifennu swp cyfarwyddiadau rhediad %1…</translation>
    </message>
    <message>
        <source>No instruction batch for run %1: %2</source>
        <translation>Dim swp cyfarwyddiadau ar gyfer rhediad %1: %2</translation>
    </message>
    <message>
        <source>Instruction batch for run %1 in %2: %3 (%4 newly distributed), SHA-256 %5. Journal entry #%6.</source>
        <translation>Swp cyfarwyddiadau rhediad %1 yn %2: %3 (%4 newydd eu dosbarthu), SHA-256 %5. Cofnod cyfnodolyn #%6.</translation>
    </message>
    <message>
        <source>Exclude failed and refused devices</source>
        <translation>Eithrio dyfeisiau a fethodd ac a wrthodwyd</translation>
    </message>
    <message>
        <source>Run %1 has %2 that failed and %3 that the DCO refused. Excluded, they are no longer re-keyed nor re-sent, and the rest of the run goes on. Why (journaled)?</source>
        <translation>Mae gan rediad %1 %2 a fethodd a %3 a wrthododd y DCO. O’u heithrio, nid ydynt yn cael eu hailallweddu na’u hail-anfon mwyach, ac mae gweddill y rhediad yn mynd ymlaen. Pam (yn y cyfnodolyn)?</translation>
    </message>
    <message>
        <source>Excluding the failed and refused devices of run %1…</source>
        <translation>Yn eithrio dyfeisiau rhediad %1 a fethodd ac a wrthodwyd…</translation>
    </message>
    <message>
        <source>Nothing was excluded from run %1: %2</source>
        <translation>Ni eithriwyd dim o rediad %1: %2</translation>
    </message>
    <message>
        <source>No device is left pending: the run is closed.</source>
        <translation>Does dim dyfais ar ôl yn aros: mae’r rhediad ar gau.</translation>
    </message>
    <message>
        <source>Resume the run for its %1 still pending.</source>
        <translation>Ailddechreuwch y rhediad ar gyfer ei %1 sy’n dal i aros.</translation>
    </message>
    <message>
        <source>Export the batch with Re-send for the %1 awaiting confirmation.</source>
        <translation>Allforiwch y swp gydag Ail-anfon ar gyfer y %1 sy’n aros am gadarnhad.</translation>
    </message>
    <message>
        <source>Excluded from run %1: %2 that failed, %3 that the DCO refused. %4 Journal entry #%5.</source>
        <translation>Eithriwyd o rediad %1: %2 a fethodd, %3 a wrthododd y DCO. %4 Cofnod cyfnodolyn #%5.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeySelectPage</name>
    <message>
        <source>Select the devices and keys</source>
        <translation>Dewiswch y dyfeisiau a&apos;r allweddi</translation>
    </message>
    <message>
        <source>Nothing is changed until the plan is created and the quorum approves it.</source>
        <translation>Ni newidir dim nes bod y cynllun wedi&apos;i greu a&apos;r cworwm wedi&apos;i gymeradwyo.</translation>
    </message>
    <message>
        <source>Post-commissioning rotation</source>
        <translation>Cylchdroi ar ôl comisiynu</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>Yn ddyledus neu&apos;n hwyr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Yn ddyledus</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Done (needs a PMA instruction)</source>
        <translation>Wedi&apos;i wneud (angen cyfarwyddyd gan y PMA)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Cylchdroi:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Pob carfan</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>C&amp;arfan:</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>All S1SPs</source>
        <translation>Pob S1SP</translation>
    </message>
    <message>
        <source>&amp;S1SP:</source>
        <translation>&amp;S1SP:</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Math o ddyfais</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Device &amp;type:</source>
        <translation>&amp;Math o ddyfais:</translation>
    </message>
    <message>
        <source>Device-list file</source>
        <translation>Ffeil rhestr dyfeisiau</translation>
    </message>
    <message>
        <source>Optional: a file with one device ID per line</source>
        <translation>Dewisol: ffeil ag un ID dyfais fesul llinell</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose a device-list file</source>
        <translation>Dewiswch ffeil rhestr dyfeisiau</translation>
    </message>
    <message>
        <source>Device &amp;list:</source>
        <translation>&amp;Rhestr dyfeisiau:</translation>
    </message>
    <message>
        <source>AK (4 clients)</source>
        <translation>AK (4 cleient)</translation>
    </message>
    <message>
        <source>Replace the authentication keys</source>
        <translation>Disodli&apos;r allweddi dilysu</translation>
    </message>
    <message>
        <source>GUEK (4 clients)</source>
        <translation>GUEK (4 cleient)</translation>
    </message>
    <message>
        <source>Replace the global unicast encryption keys</source>
        <translation>Disodli&apos;r allweddi amgryptio unigol byd-eang</translation>
    </message>
    <message>
        <source>MK (where the device supports it)</source>
        <translation>MK (lle mae&apos;r ddyfais yn ei chynnal)</translation>
    </message>
    <message>
        <source>Replace the master key</source>
        <translation>Disodli&apos;r brif allwedd</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Allweddi:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Devices:&lt;/b&gt; %1%2 (from %3). The filters below still apply; rotation is set to any.</source>
        <translation>&lt;b&gt;Dyfeisiau:&lt;/b&gt; %1%2 (ffynhonnell: %3). Mae&apos;r hidlyddion isod yn dal yn berthnasol; mae&apos;r cylchdroi wedi&apos;i osod i unrhyw un.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> a %1 arall</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>Rhestr dyfeisiau</translation>
    </message>
    <message>
        <source>Text (*.txt *.csv);;All files (*)</source>
        <translation>Testun (*.txt *.csv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Cannot read the device list %1: %2.</source>
        <translation>Ni ellir darllen y rhestr dyfeisiau %1: %2.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyWizard</name>
    <message>
        <source>Re-key — Symbolon</source>
        <translation>Ailallweddu — Symbolon</translation>
    </message>
    <message>
        <source>&amp;Run the re-key</source>
        <translation>&amp;Rhedeg yr ailallweddu</translation>
    </message>
    <message>
        <source>Resume re-key run %1 — Symbolon</source>
        <translation>Ailddechrau rhediad ailallweddu %1 — Symbolon</translation>
    </message>
    <message>
        <source>Show the devices to approve</source>
        <translation>Dangos y dyfeisiau i’w cymeradwyo</translation>
    </message>
    <message>
        <source>Show &amp;devices (%1)…</source>
        <translation>Dangos &amp;dyfeisiau (%1)…</translation>
    </message>
    <message>
        <source>Devices to re-key</source>
        <translation>Dyfeisiau i’w hailallweddu</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ReportPdf</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Ni ellir darllen %1: %2</translation>
    </message>
    <message>
        <source>Symbolon evidence pack</source>
        <translation>Pecyn tystiolaeth Symbolon</translation>
    </message>
    <message>
        <source>The PDF report %1 could not be written.</source>
        <translation>Ni ellid ysgrifennu&apos;r adroddiad PDF %1.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RiskReviewDialog</name>
    <message>
        <source>Record risk review</source>
        <translation>Cofnodi adolygiad risg</translation>
    </message>
    <message>
        <source>CKMP (b)(iii): the use of symmetric keys and their controls are risk-reviewed at most every 5 years, with evidence to the SMKI PMA. The record is journaled in your name; the next review falls due 5 years after the review date.</source>
        <translation>CKMP (b)(iii): adolygir risg defnyddio allweddi cymesur a&apos;u rheolaethau o leiaf bob 5 mlynedd, gyda thystiolaeth i&apos;r SMKI PMA. Cofnodir y cofnod yn y cyfnodolyn yn eich enw chi; daw&apos;r adolygiad nesaf yn ddyledus 5 mlynedd ar ôl dyddiad yr adolygiad.</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>Dyddiad yr adolygiad:</translation>
    </message>
    <message>
        <source>e.g. PMA-RR-2025-01</source>
        <translation>e.e. PMA-RR-2025-01</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Cyfeirnod:</translation>
    </message>
    <message>
        <source>Summary of findings (at most %1 characters)</source>
        <translation>Crynodeb o&apos;r canfyddiadau (%1 nod ar y mwyaf)</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Canfyddiadau:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnodi</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Yn cofnodi…</translation>
    </message>
    <message>
        <source>The review was not recorded: %1</source>
        <translation>Ni chofnodwyd yr adolygiad: %1</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RotationComplianceChart</name>
    <message>
        <source>Rotation compliance per commissioning week</source>
        <translation>Cydymffurfio â chylchdroi fesul wythnos gomisiynu</translation>
    </message>
    <message>
        <source>Devices commissioned each week (Monday to Sunday, UTC) and how their post-commissioning rotation went: within 7 days, late, not yet (deadline ahead) or overdue</source>
        <translation>Y dyfeisiau a gomisiynwyd bob wythnos (dydd Llun i ddydd Sul, UTC) a sut aeth eu cylchdroi ar ôl comisiynu: o fewn 7 diwrnod, yn hwyr, dim eto (terfyn amser o&apos;n blaenau) neu wedi mynd heibio&apos;r terfyn</translation>
    </message>
    <message numerus="yes">
        <source>Rotation compliance per commissioning week (last %n week(s))</source>
        <translation>
            <numerusform>Cydymffurfio â chylchdroi fesul wythnos gomisiynu (yr %n wythnos ddiwethaf)</numerusform>
            <numerusform>Cydymffurfio â chylchdroi fesul wythnos gomisiynu (yr %n wythnos ddiwethaf)</numerusform>
            <numerusform>Cydymffurfio â chylchdroi fesul wythnos gomisiynu (yr %n wythnos ddiwethaf)</numerusform>
            <numerusform>Cydymffurfio â chylchdroi fesul wythnos gomisiynu (yr %n wythnos ddiwethaf)</numerusform>
            <numerusform>Cydymffurfio â chylchdroi fesul wythnos gomisiynu (yr %n wythnos ddiwethaf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated within 7 days</source>
        <translation>Cylchdrowyd o fewn 7 diwrnod</translation>
    </message>
    <message>
        <source>Rotated late</source>
        <translation>Cylchdrowyd yn hwyr</translation>
    </message>
    <message>
        <source>Not yet rotated (due)</source>
        <translation>Heb gylchdroi eto (yn ddyledus)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Week of %1: %2 commissioned; %3 rotated within 7 days, %4 late, %5 not yet (due), %6 overdue</source>
        <translation>Wythnos %1: comisiynwyd %2; %3 wedi&apos;u cylchdroi o fewn 7 diwrnod, %4 yn hwyr, %5 heb eto (yn ddyledus), %6 wedi mynd heibio&apos;r terfyn</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Rotation compliance per commissioning week: %1 devices in %2 weeks, %3% rotated within 7 days</source>
        <translation>Cydymffurfio â chylchdroi fesul wythnos gomisiynu: dyfeisiau %1 mewn %2 wythnos, %3% wedi&apos;u cylchdroi o fewn 7 diwrnod</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SettingsDialog</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem gyda %1</translation>
    </message>
    <message>
        <source>Settings — Symbolon</source>
        <translation>Gosodiadau — Symbolon</translation>
    </message>
    <message>
        <source>Hardware security module</source>
        <translation>Modiwl diogelwch caledwedd</translation>
    </message>
    <message>
        <source>PKCS#11 module path</source>
        <translation>Llwybr y modiwl PKCS#11</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Browse for the PKCS#11 module</source>
        <translation>Pori am y modiwl PKCS#11</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>&amp;Modiwl PKCS#11:</translation>
    </message>
    <message>
        <source>Key token URI</source>
        <translation>URI y tocyn allweddi</translation>
    </message>
    <message>
        <source>An RFC 7512 PKCS#11 URI such as pkcs11:token=Symbolon%20HSM; empty uses the workspace&apos;s key token.</source>
        <translation>URI PKCS#11 RFC 7512 fel pkcs11:token=Symbolon%20HSM; os yw&apos;n wag, defnyddir tocyn allweddi&apos;r gweithle.</translation>
    </message>
    <message>
        <source>pkcs11:token=…  (empty: as the workspace says)</source>
        <translation>pkcs11:token=…  (gwag: fel y dywed y gweithle)</translation>
    </message>
    <message>
        <source>&amp;Key token URI:</source>
        <translation>&amp;URI y tocyn allweddi:</translation>
    </message>
    <message>
        <source>Journal token URI</source>
        <translation>URI tocyn y cyfnodolyn</translation>
    </message>
    <message>
        <source>An RFC 7512 PKCS#11 URI for the journal signing token; empty uses the workspace&apos;s journal token.</source>
        <translation>URI PKCS#11 RFC 7512 ar gyfer tocyn llofnodi&apos;r cyfnodolyn; os yw&apos;n wag, defnyddir tocyn cyfnodolyn y gweithle.</translation>
    </message>
    <message>
        <source>pkcs11:serial=…  (empty: as the workspace says)</source>
        <translation>pkcs11:serial=…  (gwag: fel y dywed y gweithle)</translation>
    </message>
    <message>
        <source>&amp;Journal token URI:</source>
        <translation>URI tocyn y &amp;cyfnodolyn:</translation>
    </message>
    <message>
        <source>Syslog collector (SIEM)</source>
        <translation>Casglwr syslog (SIEM)</translation>
    </message>
    <message>
        <source>Syslog collector host</source>
        <translation>Gwesteiwr y casglwr syslog</translation>
    </message>
    <message>
        <source>siem.example.net  (empty: no collector)</source>
        <translation>siem.example.net  (gwag: dim casglwr)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gwesteiwr:</translation>
    </message>
    <message>
        <source>Syslog collector port</source>
        <translation>Porth y casglwr syslog</translation>
    </message>
    <message>
        <source>The collector&apos;s TCP port (RELP usually 2514).</source>
        <translation>Porth TCP y casglwr (2514 fel arfer ar gyfer RELP).</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;orth:</translation>
    </message>
    <message>
        <source>&amp;Reliable delivery (RELP)</source>
        <translation>&amp;Danfon dibynadwy (RELP)</translation>
    </message>
    <message>
        <source>Use RELP</source>
        <translation>Defnyddio RELP</translation>
    </message>
    <message>
        <source>Acknowledged delivery: a message counts as sent only when the collector confirms it.</source>
        <translation>Danfon wedi&apos;i gydnabod: dim ond pan fydd y casglwr yn ei chadarnhau y cyfrifir bod neges wedi&apos;i hanfon.</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Defnyddio TLS</translation>
    </message>
    <message>
        <source>Encrypt the connection to the collector (needs RELP).</source>
        <translation>Amgryptio&apos;r cysylltiad â&apos;r casglwr (angen RELP).</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Cludiant:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The console&apos;s language; it applies when Symbolon starts again.</source>
        <translation>Iaith y consol; daw i rym pan fydd Symbolon yn cychwyn eto.</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The language menu&apos;s first entry: follow the desktop&apos;s language.</extracomment>
        <translation>Rhagosodiad y system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Default quorum timeout in minutes</source>
        <translation>Terfyn amser rhagosodedig y cworwm mewn munudau</translation>
    </message>
    <message>
        <source>How long custodians have to approve a quorum request (1 to 60 minutes).</source>
        <translation>Faint o amser sydd gan geidwaid i gymeradwyo cais cworwm (1 i 60 munud).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <source>&amp;Quorum timeout:</source>
        <translation>Terfyn amser y c&amp;worwm:</translation>
    </message>
    <message>
        <source>A new language applies when Symbolon starts again. The quorum timeout applies to quorum requests opened from now on.</source>
        <translation>Daw iaith newydd i rym pan fydd Symbolon yn cychwyn eto. Mae terfyn amser y cworwm yn berthnasol i geisiadau cworwm a agorir o hyn ymlaen.</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Modiwl PKCS#11</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.so.*);;All files (*)</source>
        <translation>Llyfrgelloedd a rennir (*.so *.so.*);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The module this machine loads for workspaces that keep their keys on an HSM; the default means: as the workspace says. A demo workspace always uses its own SoftHSM2 store. Applies from the next workspace opened.</source>
        <translation>Y modiwl y mae&apos;r peiriant hwn yn ei lwytho ar gyfer gweithleoedd sy&apos;n cadw eu hallweddi ar HSM; mae&apos;r rhagosodiad yn golygu: fel y dywed y gweithle. Mae gweithle demo bob amser yn defnyddio ei storfa SoftHSM2 ei hun. Yn berthnasol o&apos;r gweithle nesaf a agorir.</translation>
    </message>
    <message>
        <source>Time-stamping authority URL</source>
        <translation>URL yr awdurdod stampio amser</translation>
    </message>
    <message>
        <source>The site&apos;s RFC 3161 time-stamping authority: every checkpoint this machine signs is timestamped there, so that nobody can later make the journal look older than it is.</source>
        <translation>Awdurdod stampio amser RFC 3161 y safle: mae pob pwynt gwirio y mae’r peiriant hwn yn ei lofnodi yn cael stamp amser yno, fel na all neb wneud i’r cyfnodolyn edrych yn hŷn nag ydyw yn nes ymlaen.</translation>
    </message>
    <message>
        <source>http://tsa.example.net/  (empty: no timestamps)</source>
        <translation>http://tsa.example.net/  (gwag: dim stampiau amser)</translation>
    </message>
    <message>
        <source>Time&amp;stamp authority:</source>
        <translation>Awdurdod &amp;stampio amser:</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Menu and action</source>
        <translation>Dewislen a gweithred</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Llwybr byr</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiemStatusIndicator</name>
    <message>
        <source>SIEM: off</source>
        <translation>SIEM: i ffwrdd</translation>
    </message>
    <message>
        <source>No syslog collector is set: the journal is not forwarded (Settings).</source>
        <translation>Nid oes casglwr syslog wedi’i osod: nid yw’r cofnodlyfr yn cael ei anfon ymlaen (Gosodiadau).</translation>
    </message>
    <message>
        <source>SIEM: not forwarding</source>
        <translation>SIEM: dim anfon ymlaen</translation>
    </message>
    <message>
        <source>RELP is off in Settings: plain syslog cannot prove that %1 received an entry, so Symbolon forwards only over RELP.</source>
        <translation>Mae RELP i ffwrdd yn y Gosodiadau: ni all syslog plaen brofi bod %1 wedi derbyn cofnod, felly dim ond dros RELP y mae Symbolon yn anfon ymlaen.</translation>
    </message>
    <message>
        <source>SIEM: connecting to %1</source>
        <translation>SIEM: yn cysylltu â %1</translation>
    </message>
    <message>
        <source>Forwarding the journal to %1 over RELP.</source>
        <translation>Yn anfon y cofnodlyfr ymlaen i %1 dros RELP.</translation>
    </message>
    <message>
        <source>SIEM: up to date (#%1)</source>
        <translation>SIEM: yn gyfredol (#%1)</translation>
    </message>
    <message numerus="yes">
        <source>SIEM: sending, %n waiting</source>
        <translation>
            <numerusform>SIEM: yn anfon, %n yn aros</numerusform>
            <numerusform>SIEM: yn anfon, %n yn aros</numerusform>
            <numerusform>SIEM: yn anfon, %n yn aros</numerusform>
            <numerusform>SIEM: yn anfon, %n yn aros</numerusform>
            <numerusform>SIEM: yn anfon, %n yn aros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SIEM: %1 unreachable, %n waiting</source>
        <translation>
            <numerusform>SIEM: ni ellir cyrraedd %1, %n yn aros</numerusform>
            <numerusform>SIEM: ni ellir cyrraedd %1, %n yn aros</numerusform>
            <numerusform>SIEM: ni ellir cyrraedd %1, %n yn aros</numerusform>
            <numerusform>SIEM: ni ellir cyrraedd %1, %n yn aros</numerusform>
            <numerusform>SIEM: ni ellir cyrraedd %1, %n yn aros</numerusform>
        </translation>
    </message>
    <message>
        <source>SIEM: stopped</source>
        <translation>SIEM: wedi stopio</translation>
    </message>
    <message>
        <source>Collector %1 (RELP): every entry up to #%2 acknowledged; newest #%3.</source>
        <translation>Casglwr %1 (RELP): pob cofnod hyd at #%2 wedi’i gydnabod; y mwyaf newydd #%3.</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Gwall diwethaf (%1): %2</translation>
    </message>
    <message>
        <source>SIEM: STOPPED on an error</source>
        <translation>SIEM: WEDI STOPIO oherwydd gwall</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteRegisterView</name>
    <message>
        <source>Site register</source>
        <translation>Cofrestr y safle</translation>
    </message>
    <message>
        <source>NOT TRUSTED — %1 What is shown below is the last version that verifies.</source>
        <translation>NID YMDDIRIEDIR — %1 Yr hyn a ddangosir isod yw’r fersiwn olaf sy’n dilysu.</translation>
    </message>
    <message>
        <source>Safety settings</source>
        <translation>Gosodiadau diogelwch</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Gosodiad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <source>%1 of %2 custodians</source>
        <translation>%1 o %2 ceidwad</translation>
    </message>
    <message>
        <source>Key token</source>
        <translation>Tocyn allweddi</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (rhif cyfresol %2)</translation>
    </message>
    <message>
        <source>Journal token</source>
        <translation>Tocyn y cyfnodolyn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Journal signing key (SHA-256)</source>
        <translation>Allwedd lofnodi’r cyfnodolyn (SHA-256)</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>modiwl PKCS#11</translation>
    </message>
    <message>
        <source>Module SHA-256</source>
        <translation>SHA-256 y modiwl</translation>
    </message>
    <message>
        <source>Module loaded now</source>
        <translation>Y modiwl a lwythwyd nawr</translation>
    </message>
    <message>
        <source>%1 (development module, by path)</source>
        <translation>%1 (modiwl datblygu, drwy lwybr)</translation>
    </message>
    <message>
        <source>%1 (p11-kit: %2)</source>
        <translation>%1 (p11-kit: %2)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cardiau</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Rhif cyfresol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Card key (SHA-256)</source>
        <translation>Allwedd y cerdyn (SHA-256)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Llofnodwyd gan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>site created</source>
        <translation>crëwyd y safle</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
            <numerusform>%n cerdyn</numerusform>
        </translation>
    </message>
    <message>
        <source>A re-share of the key token&apos;s PINs (sharing %1) was interrupted: the next quorum puts the old PINs back.</source>
        <translation>Torrwyd ar draws ailrannu PINau’r tocyn allweddi (rhannu %1): bydd y cworwm nesaf yn rhoi’r hen PINau yn ôl.</translation>
    </message>
    <message>
        <source>Key token PIN share</source>
        <translation>Cyfran PIN y tocyn allweddi</translation>
    </message>
    <message>
        <source>%1: module</source>
        <translation>%1: modiwl</translation>
    </message>
    <message>
        <source>the cards&apos; module</source>
        <translation>modiwl y cardiau</translation>
    </message>
    <message>
        <source>%1: module SHA-256</source>
        <translation>%1: SHA-256 y modiwl</translation>
    </message>
    <message>
        <source>%1: module parameters</source>
        <translation>%1: paramedrau’r modiwl</translation>
    </message>
    <message>
        <source>%1: token URI</source>
        <translation>%1: URI y tocyn</translation>
    </message>
    <message>
        <source>Key token SO PIN</source>
        <translation>PIN SO y tocyn allweddi</translation>
    </message>
    <message>
        <source>split among the custodians, like the user PIN</source>
        <translation>wedi’i rannu rhwng y ceidwaid, fel PIN y defnyddiwr</translation>
    </message>
    <message>
        <source>not Symbolon&apos;s: kept by the site (or the token has none)</source>
        <translation>nid un Symbolon: cedwir gan y safle (neu nid oes un gan y tocyn)</translation>
    </message>
    <message>
        <source>%1: entry point</source>
        <translation>%1: pwynt mynediad</translation>
    </message>
    <message>
        <source>Version %1 (digest %2) is trusted: every version is signed by the custodians the one before named, and your card&apos;s record of the register is in it. Changes need %3 custodians&apos; cards (the Quorum view&apos;s turnover actions, or symbolon-cli site change).</source>
        <translation>Ymddiriedir yn fersiwn %1 (crynodeb %2): mae pob fersiwn wedi’i lofnodi gan y ceidwaid a enwodd yr un blaenorol, ac mae cofnod eich cerdyn o’r gofrestr ynddo. Mae newidiadau angen cardiau %3 ceidwad (gweithredoedd newid ceidwaid yr olwg Cworwm, neu symbolon-cli site change).</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupCardDialog</name>
    <message>
        <source>Add a card — Symbolon</source>
        <translation>Ychwanegu cerdyn — Symbolon</translation>
    </message>
    <message>
        <source>Edit a card — Symbolon</source>
        <translation>Golygu cerdyn — Symbolon</translation>
    </message>
    <message>
        <source>The person who holds the card, as the site register will name them</source>
        <translation>Y person sy’n dal y cerdyn, fel y bydd cofrestr y safle yn ei enwi</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Deiliad:</translation>
    </message>
    <message>
        <source>Custodians hold a share of the key token&apos;s PIN and approve ceremonies; reviewers and responders hold none</source>
        <translation>Mae ceidwaid yn dal cyfran o PIN y tocyn allweddi ac yn cymeradwyo seremonïau; nid oes gan adolygwyr ac ymatebwyr gyfran</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>pkcs11:token=…</source>
        <translation>pkcs11:token=…</translation>
    </message>
    <message>
        <source>The RFC 7512 URI of the card in the cards&apos; module (pkcs11:token=LABEL or pkcs11:serial=…)</source>
        <translation>URI RFC 7512 y cerdyn ym modiwl y cardiau (pkcs11:token=LABEL neu pkcs11:serial=…)</translation>
    </message>
    <message>
        <source>&amp;List cards…</source>
        <translation>Rh&amp;estru cardiau…</translation>
    </message>
    <message>
        <source>Lists the tokens of the cards&apos; module to choose this card from</source>
        <translation>Yn rhestru tocynnau modiwl y cardiau i ddewis y cerdyn hwn ohonynt</translation>
    </message>
    <message>
        <source>Card &amp;URI:</source>
        <translation>&amp;URI y cerdyn:</translation>
    </message>
    <message>
        <source>Card PIN (not shown)</source>
        <translation>PIN y cerdyn (ni chaiff ei ddangos)</translation>
    </message>
    <message>
        <source>Typed by the card&apos;s holder: the card signs the site register with it</source>
        <translation>Wedi’i deipio gan ddeiliad y cerdyn: mae’r cerdyn yn llofnodi cofrestr y safle ag ef</translation>
    </message>
    <message>
        <source>PIN — typed by its holder, not shown</source>
        <translation>PIN — wedi’i deipio gan ei ddeiliad, ni chaiff ei ddangos</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>&amp;PIN y cerdyn:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Entered (not shown). Type it again only to replace it.</source>
        <translation>Wedi’i roi (ni chaiff ei ddangos). Teipiwch ef eto dim ond i’w ddisodli.</translation>
    </message>
    <message>
        <source>card module: name the cards&apos; PKCS#11 module first (on the tokens page).</source>
        <translation>modiwl y cardiau: enwch fodiwl PKCS#11 y cardiau yn gyntaf (ar y dudalen tocynnau).</translation>
    </message>
    <message>
        <source>the custodians&apos; cards</source>
        <translation>cardiau’r ceidwaid</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupCardsPage</name>
    <message>
        <source>The cards</source>
        <translation>Y cardiau</translation>
    </message>
    <message>
        <source>Every card of the site, each with its holder&apos;s PIN, typed by the holder. The custodians&apos; cards will hold the shares of the key token&apos;s PIN.</source>
        <translation>Holl gardiau’r safle, pob un gyda PIN ei ddeiliad, wedi’i deipio gan y deiliad. Bydd cardiau’r ceidwaid yn dal cyfrannau PIN y tocyn allweddi.</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation>&amp;Cardiau:</translation>
    </message>
    <message>
        <source>The site&apos;s cards</source>
        <translation>Cardiau’r safle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Card URI</source>
        <translation>URI y cerdyn</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Add card…</source>
        <translation>&amp;Ychwanegu cerdyn…</translation>
    </message>
    <message>
        <source>Adds a card: its holder, role, URI and PIN</source>
        <translation>Yn ychwanegu cerdyn: ei ddeiliad, ei rôl, ei URI a’i PIN</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>&amp;Golygu’r cerdyn…</translation>
    </message>
    <message>
        <source>Changes the chosen card, or its PIN</source>
        <translation>Newid y cerdyn a ddewiswyd, neu ei PIN</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Tynnu’r cerdyn</translation>
    </message>
    <message>
        <source>Removes the chosen card from the list (nothing on the card changes)</source>
        <translation>Tynnu’r cerdyn a ddewiswyd o’r rhestr (nid oes dim ar y cerdyn yn newid)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>wedi’i roi</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 — k (on the first page) of the custodians&apos; cards (n = %2); reviewers and responders hold no share.</source>
        <translation>Cworwm: %1 o %2 — k (ar y dudalen gyntaf) o gardiau’r ceidwaid (n = %2); nid oes gan adolygwyr nac ymatebwyr gyfran.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupPinsPage</name>
    <message>
        <source>PIN — not shown as you type</source>
        <translation>PIN — nid yw’n cael ei ddangos wrth i chi deipio</translation>
    </message>
    <message>
        <source>The tokens&apos; PINs</source>
        <translation>PINau’r tocynnau</translation>
    </message>
    <message>
        <source>Typed by the HSM administrator, once. No PIN is ever shown, written to a log or put in the summary.</source>
        <translation>I’w deipio gan weinyddwr yr HSM, unwaith. Ni chaiff unrhyw PIN byth ei ddangos, ei ysgrifennu mewn log na’i roi yn y crynodeb.</translation>
    </message>
    <message>
        <source>The key token&apos;s current user PIN (not shown)</source>
        <translation>PIN defnyddiwr cyfredol y tocyn allweddi (heb ei ddangos)</translation>
    </message>
    <message>
        <source>The key token&apos;s user PIN as the HSM administrator set it</source>
        <translation>PIN defnyddiwr y tocyn allweddi fel y’i gosodwyd gan weinyddwr yr HSM</translation>
    </message>
    <message>
        <source>Key token&apos;s current user &amp;PIN:</source>
        <translation>&amp;PIN defnyddiwr cyfredol y tocyn allweddi:</translation>
    </message>
    <message>
        <source>Symbolon checks this PIN, then replaces it with a random PIN of %1 characters that it splits k-of-n onto the custodians&apos; cards and never shows to anyone. From then on this PIN no longer opens the key token: k custodians&apos; cards do.</source>
        <translation>Mae Symbolon yn gwirio’r PIN hwn, yna’n rhoi PIN ar hap o %1 nod yn ei le, yn ei rannu k-o-n ar gardiau’r ceidwaid a byth yn ei ddangos i neb. O hynny ymlaen nid yw’r PIN hwn yn agor y tocyn allweddi mwyach: cardiau k o’r ceidwaid sy’n ei agor.</translation>
    </message>
    <message>
        <source>Take over the key token&apos;s &amp;SO PIN too</source>
        <translation>Cymryd &amp;SO PIN y tocyn allweddi drosodd hefyd</translation>
    </message>
    <message>
        <source>Its SO PIN is replaced and split like the user PIN; unticked, the SO PIN stays the HSM administrator&apos;s and the site register says so</source>
        <translation>Mae ei SO PIN yn cael ei ddisodli a’i rannu fel y PIN defnyddiwr; heb dic, mae’r SO PIN yn aros gyda gweinyddwr yr HSM ac mae cofrestr y safle yn nodi hynny</translation>
    </message>
    <message>
        <source>The key token&apos;s SO PIN (not shown)</source>
        <translation>SO PIN y tocyn allweddi (heb ei ddangos)</translation>
    </message>
    <message>
        <source>The key token&apos;s security officer PIN, to be taken over too</source>
        <translation>PIN swyddog diogelwch y tocyn allweddi, i’w gymryd drosodd hefyd</translation>
    </message>
    <message>
        <source>SO P&amp;IN:</source>
        <translation>SO P&amp;IN:</translation>
    </message>
    <message>
        <source>Without it the SO PIN stays with the HSM administrator (NSS softoken has none).</source>
        <translation>Hebddo, mae’r SO PIN yn aros gyda gweinyddwr yr HSM (nid oes un gan NSS softoken).</translation>
    </message>
    <message>
        <source>The journal token&apos;s PIN (not shown)</source>
        <translation>PIN tocyn y cyfnodolyn (heb ei ddangos)</translation>
    </message>
    <message>
        <source>The journal token&apos;s user PIN</source>
        <translation>PIN defnyddiwr tocyn y cyfnodolyn</translation>
    </message>
    <message>
        <source>&amp;Journal token&apos;s PIN:</source>
        <translation>PIN tocyn y &amp;cyfnodolyn:</translation>
    </message>
    <message>
        <source>The journal signing key is generated on the journal token; the workspace keeps this PIN to sign checkpoints.</source>
        <translation>Mae allwedd llofnodi’r cyfnodolyn yn cael ei chynhyrchu ar docyn y cyfnodolyn; mae’r gweithle yn cadw’r PIN hwn i lofnodi pwyntiau gwirio.</translation>
    </message>
    <message>
        <source>Entered (not shown). Type it again only to replace it.</source>
        <translation>Wedi’i roi (heb ei ddangos). Teipiwch ef eto dim ond i roi un newydd yn ei le.</translation>
    </message>
    <message>
        <source>key token SO PIN: type the SO PIN the site gives, or untick &quot;Take over the key token&apos;s SO PIN too&quot;.</source>
        <translation>key token SO PIN: teipiwch y PIN SO y mae’r safle’n ei roi, neu dad-diciwch &quot;Cymryd SO PIN y tocyn allweddi drosodd hefyd&quot;.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupSitePage</name>
    <message>
        <source>The site</source>
        <translation>Y safle</translation>
    </message>
    <message>
        <source>A new site: a workspace on tokens that exist already (an HSM partition, a journal token, the custodians&apos; cards). Nothing changes until you press Create site on the last page.</source>
        <translation>Safle newydd: gweithle ar docynnau sy’n bodoli eisoes (rhaniad HSM, tocyn cyfnodolyn, cardiau’r ceidwaid). Nid oes dim yn newid nes i chi bwyso Creu safle ar y dudalen olaf.</translation>
    </message>
    <message>
        <source>The folder of the new workspace: a new or empty folder</source>
        <translation>Ffolder y gweithle newydd: ffolder newydd neu wag</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose the folder of the new workspace</source>
        <translation>Dewis ffolder y gweithle newydd</translation>
    </message>
    <message>
        <source>&amp;Workspace folder:</source>
        <translation>&amp;Ffolder y gweithle:</translation>
    </message>
    <message>
        <source>The site&apos;s name, as the console and the journal show it (for example North DCO)</source>
        <translation>Enw’r safle, fel y mae’r consol a’r cyfnodolyn yn ei ddangos (er enghraifft DCO y Gogledd)</translation>
    </message>
    <message>
        <source>Site n&amp;ame:</source>
        <translation>&amp;Enw’r safle:</translation>
    </message>
    <message>
        <source>Production: an HSM with a FIPS 140-2 Level 3 declaration, registered modules only, and a quorum of at least 2. Development: test tokens.</source>
        <translation>Cynhyrchu: HSM â datganiad FIPS 140-2 Lefel 3, modiwlau cofrestredig yn unig, a chworwm o 2 o leiaf. Datblygu: tocynnau prawf.</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Datblygu</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Cynhyrchu</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Proffil:</translation>
    </message>
    <message>
        <source>k: how many custodians&apos; cards must be presented together to use the key token</source>
        <translation>k: faint o gardiau ceidwaid y mae’n rhaid eu cyflwyno gyda’i gilydd i ddefnyddio’r tocyn allweddi</translation>
    </message>
    <message>
        <source>Custodian cards a &amp;quorum needs (k):</source>
        <translation>Cardiau ceidwaid sydd eu hangen ar gyfer &amp;cworwm (k):</translation>
    </message>
    <message>
        <source>The key token&apos;s FIPS 140-2 Level 3 declaration</source>
        <translation>Datganiad FIPS 140-2 Lefel 3 y tocyn allweddi</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Gwneuthurwr:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Rhif cyfresol:</translation>
    </message>
    <message>
        <source>&amp;Certificate number:</source>
        <translation>Rhif &amp;tystysgrif:</translation>
    </message>
    <message>
        <source>The HSM&apos;s manufacturer, as its FIPS 140-2 certificate names it</source>
        <translation>Gwneuthurwr yr HSM, fel y mae ei dystysgrif FIPS 140-2 yn ei enwi</translation>
    </message>
    <message>
        <source>The HSM&apos;s model</source>
        <translation>Model yr HSM</translation>
    </message>
    <message>
        <source>The HSM&apos;s serial number</source>
        <translation>Rhif cyfresol yr HSM</translation>
    </message>
    <message>
        <source>The HSM&apos;s FIPS 140-2 certificate number (Level 3)</source>
        <translation>Rhif tystysgrif FIPS 140-2 yr HSM (Lefel 3)</translation>
    </message>
    <message>
        <source>The folder of the new workspace</source>
        <translation>Ffolder y gweithle newydd</translation>
    </message>
    <message>
        <source>Production: modules registered with p11-kit only, k of at least 2, and the HSM&apos;s FIPS 140-2 Level 3 declaration below.</source>
        <translation>Cynhyrchu: modiwlau wedi’u cofrestru gyda p11-kit yn unig, k o 2 o leiaf, a datganiad FIPS 140-2 Lefel 3 yr HSM isod.</translation>
    </message>
    <message>
        <source>Development: for test tokens (SoftHSM2, NSS softoken); a module may be named by path where this machine allows development modules.</source>
        <translation>Datblygu: ar gyfer tocynnau prawf (SoftHSM2, NSS softoken); gellir enwi modiwl yn ôl ei lwybr lle mae’r peiriant hwn yn caniatáu modiwlau datblygu.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupSummaryPage</name>
    <message>
        <source>Create the site</source>
        <translation>Creu’r safle</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Create site checks every module, token and PIN first; a refusal leaves the folder and the tokens as they were.</source>
        <translation>Nid oes dim wedi newid eto. Mae Creu safle yn gwirio pob modiwl, tocyn a PIN yn gyntaf; os caiff ei wrthod, mae’r ffolder a’r tocynnau’n aros fel yr oeddent.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Crynodeb:</translation>
    </message>
    <message>
        <source>Summary of the site</source>
        <translation>Crynodeb o’r safle</translation>
    </message>
    <message>
        <source>Pro&amp;gress:</source>
        <translation>Cy&amp;nnydd:</translation>
    </message>
    <message>
        <source>Steps of the creation</source>
        <translation>Camau creu’r safle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>  Folder: %1</source>
        <translation>  Ffolder: %1</translation>
    </message>
    <message>
        <source>  Name: %1</source>
        <translation>  Enw: %1</translation>
    </message>
    <message>
        <source>  Profile: %1</source>
        <translation>  Proffil: %1</translation>
    </message>
    <message>
        <source>production</source>
        <translation>cynhyrchu</translation>
    </message>
    <message>
        <source>development</source>
        <translation>datblygu</translation>
    </message>
    <message>
        <source>  Quorum: %1 of %2 custodians&apos; cards</source>
        <translation>  Cworwm: %1 o %2 o gardiau’r ceidwaid</translation>
    </message>
    <message>
        <source>  FIPS 140-2 Level 3: %1 %2, serial %3, certificate %4</source>
        <translation>  FIPS 140-2 Lefel 3: %1 %2, rhif cyfresol %3, tystysgrif %4</translation>
    </message>
    <message>
        <source>the cards&apos; module</source>
        <translation>modiwl y cardiau</translation>
    </message>
    <message>
        <source>, parameters %1</source>
        <translation>, paramedrau %1</translation>
    </message>
    <message>
        <source>, entry point %1</source>
        <translation>, pwynt mynediad %1</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tocynnau</translation>
    </message>
    <message>
        <source>  Cards&apos; module: %1</source>
        <translation>  Modiwl y cardiau: %1</translation>
    </message>
    <message>
        <source>  Key token: %1</source>
        <translation>  Tocyn allweddi: %1</translation>
    </message>
    <message>
        <source>    its module: %1</source>
        <translation>    ei fodiwl: %1</translation>
    </message>
    <message>
        <source>  Journal token: %1</source>
        <translation>  Tocyn y cyfnodolyn: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>wedi’i roi</translation>
    </message>
    <message>
        <source>PINs (none is shown)</source>
        <translation>PINau (ni ddangosir yr un ohonynt)</translation>
    </message>
    <message>
        <source>  Key token&apos;s user PIN: %1; it will be replaced by a random PIN, split %2-of-%3 onto the custodians&apos; cards and never shown.</source>
        <translation>  PIN defnyddiwr y tocyn allweddi: %1; bydd PIN ar hap yn cymryd ei le, wedi’i rannu %2-o-%3 ar gardiau’r ceidwaid, ac ni fydd byth yn cael ei ddangos.</translation>
    </message>
    <message>
        <source>  Key token&apos;s SO PIN: %1; taken over and split too.</source>
        <translation>  SO PIN y tocyn allweddi: %1; wedi’i gymryd drosodd a’i rannu hefyd.</translation>
    </message>
    <message>
        <source>  Key token&apos;s SO PIN: not taken over; it stays with the HSM administrator.</source>
        <translation>  SO PIN y tocyn allweddi: heb ei gymryd drosodd; mae’n aros gyda gweinyddwr yr HSM.</translation>
    </message>
    <message>
        <source>  Journal token&apos;s PIN: %1; kept in the workspace to sign checkpoints.</source>
        <translation>  PIN tocyn y cyfnodolyn: %1; wedi’i gadw yn y gweithle i lofnodi pwyntiau gwirio.</translation>
    </message>
    <message numerus="yes">
        <source>Cards (%n)</source>
        <translation>
            <numerusform>Cardiau (%n)</numerusform>
            <numerusform>Cardiau (%n)</numerusform>
            <numerusform>Cardiau (%n)</numerusform>
            <numerusform>Cardiau (%n)</numerusform>
            <numerusform>Cardiau (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 — %3 — %4 — PIN %5</source>
        <translation>  %1. %2 — %3 — %4 — PIN %5</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Wedi gorffen.</translation>
    </message>
    <message>
        <source>The site is made. Open it, and before its first ceremony run Ceremonies ▸ HSM readiness check under a quorum of the custodians&apos; cards.</source>
        <translation>Mae’r safle wedi’i greu. Agorwch ef, a chyn ei seremoni gyntaf, rhedwch Seremonïau ▸ Gwiriad parodrwydd HSM o dan gworwm o gardiau’r ceidwaid.</translation>
    </message>
    <message>
        <source>The site is made. The key token&apos;s PIN was replaced by a random one, split among the custodians&apos; cards; nobody has seen it.</source>
        <translation>Mae’r safle wedi’i greu. Cafodd PIN y tocyn allweddi ei ddisodli gan un ar hap, wedi’i rannu rhwng cardiau’r ceidwaid; nid oes neb wedi’i weld.</translation>
    </message>
    <message>
        <source>The site folder was kept, as the message says: open it with a custodian&apos;s card rather than creating the site again.</source>
        <translation>Cafodd ffolder y safle ei gadw, fel y mae’r neges yn ei ddweud: agorwch ef gyda cherdyn ceidwad yn hytrach na chreu’r safle eto.</translation>
    </message>
    <message>
        <source>Nothing was made. Go back, correct what the message names and press Create site again.</source>
        <translation>Ni chafodd dim ei greu. Ewch yn ôl, cywirwch yr hyn y mae’r neges yn ei enwi a phwyswch Creu safle eto.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupTokenPicker</name>
    <message>
        <source>Tokens — Symbolon</source>
        <translation>Tocynnau — Symbolon</translation>
    </message>
    <message>
        <source>The tokens of %1 for %2. The module is loaded in this program with the parameters given; to load it with others later, restart Symbolon.</source>
        <translation>Tocynnau %1 ar gyfer %2. Mae’r modiwl wedi’i lwytho yn y rhaglen hon gyda’r paramedrau a roddwyd; i’w lwytho gyda rhai eraill yn nes ymlaen, ailgychwynnwch Symbolon.</translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation>&amp;Tocynnau:</translation>
    </message>
    <message>
        <source>Tokens of the module</source>
        <translation>Tocynnau’r modiwl</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Rhif cyfresol</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>Gwneuthurwr a model</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>&amp;Use this token</source>
        <translation>&amp;Defnyddio’r tocyn hwn</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>Loading the module and listing its tokens…</source>
        <translation>Wrthi’n llwytho’r modiwl ac yn rhestru ei docynnau…</translation>
    </message>
    <message>
        <source>The module shows no token.</source>
        <translation>Nid yw’r modiwl yn dangos unrhyw docyn.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s). Choose one and press Use this token.</source>
        <translation>
            <numerusform>%n tocyn. Dewiswch un a phwyswch Defnyddio’r tocyn hwn.</numerusform>
            <numerusform>%n tocyn. Dewiswch un a phwyswch Defnyddio’r tocyn hwn.</numerusform>
            <numerusform>%n tocyn. Dewiswch un a phwyswch Defnyddio’r tocyn hwn.</numerusform>
            <numerusform>%n tocyn. Dewiswch un a phwyswch Defnyddio’r tocyn hwn.</numerusform>
            <numerusform>%n tocyn. Dewiswch un a phwyswch Defnyddio’r tocyn hwn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupTokensPage</name>
    <message>
        <source>The tokens</source>
        <translation>Y tocynnau</translation>
    </message>
    <message>
        <source>Modules by their p11-kit name (p11-kit list-modules), tokens by RFC 7512 URI. Each of the three may be behind a module of its own.</source>
        <translation>Modiwlau yn ôl eu henw p11-kit (p11-kit list-modules), tocynnau yn ôl URI RFC 7512. Gall pob un o’r tri fod y tu ôl i fodiwl ei hun.</translation>
    </message>
    <message>
        <source>The module&apos;s C_Initialize parameter string (p11-kit&apos;s x-init-reserved), if it needs one: NSS softoken&apos;s names its database (configdir=&apos;sql:DIR&apos; …)</source>
        <translation>Llinyn paramedr C_Initialize y modiwl (x-init-reserved p11-kit), os oes angen un: mae un NSS softoken yn enwi ei gronfa ddata (configdir=&apos;sql:DIR&apos; …)</translation>
    </message>
    <message>
        <source>The custodians&apos; cards</source>
        <translation>Cardiau’r ceidwaid</translation>
    </message>
    <message>
        <source>The PKCS#11 module of the custodians&apos; smart cards (their middleware): a p11-kit module name, or a path where this machine allows development modules</source>
        <translation>Modiwl PKCS#11 cardiau clyfar y ceidwaid (eu meddalwedd ganol): enw modiwl p11-kit, neu lwybr lle mae’r peiriant hwn yn caniatáu modiwlau datblygu</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modiwl:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Paramedrau:</translation>
    </message>
    <message>
        <source>The key token (the HSM partition that will hold the KEKs)</source>
        <translation>Y tocyn allweddi (y rhaniad HSM a fydd yn dal yr allweddi KEK)</translation>
    </message>
    <message>
        <source>M&amp;odule:</source>
        <translation>M&amp;odiwl:</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>P&amp;aramedrau:</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>Pwynt myn&amp;ediad:</translation>
    </message>
    <message>
        <source>&amp;Token URI:</source>
        <translation>URI y &amp;tocyn:</translation>
    </message>
    <message>
        <source>&amp;List tokens…</source>
        <translation>&amp;Rhestru tocynnau…</translation>
    </message>
    <message>
        <source>the key token</source>
        <translation>y tocyn allweddi</translation>
    </message>
    <message>
        <source>The journal token (holds the journal signing key)</source>
        <translation>Tocyn y cyfnodolyn (yn dal allwedd llofnodi’r cyfnodolyn)</translation>
    </message>
    <message>
        <source>Mod&amp;ule:</source>
        <translation>Mo&amp;diwl:</translation>
    </message>
    <message>
        <source>Pa&amp;rameters:</source>
        <translation>Paramedra&amp;u:</translation>
    </message>
    <message>
        <source>Entry po&amp;int:</source>
        <translation>Pwynt myned&amp;iad:</translation>
    </message>
    <message>
        <source>To&amp;ken URI:</source>
        <translation>URI y to&amp;cyn:</translation>
    </message>
    <message>
        <source>Li&amp;st tokens…</source>
        <translation>Rhe&amp;stru tocynnau…</translation>
    </message>
    <message>
        <source>the journal token</source>
        <translation>tocyn y cyfnodolyn</translation>
    </message>
    <message>
        <source>Its PKCS#11 module when it is not the cards&apos; (a p11-kit module name, or a path where this machine allows development modules); empty: the cards&apos;</source>
        <translation>Ei fodiwl PKCS#11 pan nad yw’n fodiwl y cardiau (enw modiwl p11-kit, neu lwybr lle mae’r peiriant hwn yn caniatáu modiwlau datblygu); yn wag: modiwl y cardiau</translation>
    </message>
    <message>
        <source>pkcs11:token=…</source>
        <translation>pkcs11:token=…</translation>
    </message>
    <message>
        <source>The RFC 7512 URI that selects exactly one token in the module (pkcs11:token=LABEL, or with serial=…)</source>
        <translation>Yr URI RFC 7512 sy’n dewis union un tocyn yn y modiwl (pkcs11:token=LABEL, neu gyda serial=…)</translation>
    </message>
    <message>
        <source>Lists the module&apos;s tokens to choose the URI from</source>
        <translation>Rhestru tocynnau’r modiwl i ddewis yr URI ohonynt</translation>
    </message>
    <message>
        <source>the cards&apos; module</source>
        <translation>modiwl y cardiau</translation>
    </message>
    <message>
        <source>a p11-kit module name, or a path</source>
        <translation>enw modiwl p11-kit, neu lwybr</translation>
    </message>
    <message>
        <source>The module&apos;s entry point: the standard&apos;s, or NSS softoken&apos;s FIPS 140-2 mode (FC_GetFunctionList)</source>
        <translation>Pwynt mynediad y modiwl: un y safon, neu fodd FIPS 140-2 NSS softoken (FC_GetFunctionList)</translation>
    </message>
    <message>
        <source>%1 (the standard)</source>
        <translation>%1 (y safon)</translation>
    </message>
    <message>
        <source>%1 (NSS softoken in FIPS mode)</source>
        <translation>%1 (NSS softoken yn y modd FIPS)</translation>
    </message>
    <message>
        <source>This machine allows development modules: a module may be named by path (never under the production profile).</source>
        <translation>Mae’r peiriant hwn yn caniatáu modiwlau datblygu: gellir enwi modiwl yn ôl ei lwybr (byth o dan y proffil cynhyrchu).</translation>
    </message>
    <message>
        <source>This machine allows only modules registered with p11-kit (Settings: development modules are off).</source>
        <translation>Dim ond modiwlau sydd wedi’u cofrestru gyda p11-kit y mae’r peiriant hwn yn eu caniatáu (Gosodiadau: mae modiwlau datblygu wedi’u diffodd).</translation>
    </message>
    <message>
        <source>card module: name the cards&apos; PKCS#11 module first (or this token&apos;s own module).</source>
        <translation>modiwl cardiau: enwch fodiwl PKCS#11 y cardiau yn gyntaf (neu fodiwl y tocyn hwn ei hun).</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupWizard</name>
    <message>
        <source>Site Setup — Symbolon</source>
        <translation>Sefydlu Safle — Symbolon</translation>
    </message>
    <message>
        <source>&amp;Create site</source>
        <translation>&amp;Creu safle</translation>
    </message>
    <message>
        <source>%1 holds no Symbolon workspace yet. This wizard sets up a new site there, on the tokens the site has already: its HSM partition (the key token), a journal token and the custodians&apos; cards. To open an existing workspace instead, cancel and choose its folder.</source>
        <translation>Nid oes gweithle Symbolon yn %1 eto. Mae’r dewin hwn yn sefydlu safle newydd yno, ar y tocynnau sydd gan y safle eisoes: ei raniad HSM (y tocyn allweddi), tocyn cyfnodolyn a chardiau’r ceidwaid. I agor gweithle sy’n bodoli eisoes yn lle hynny, canslwch a dewiswch ei ffolder.</translation>
    </message>
    <message>
        <source>&amp;Open the site</source>
        <translation>&amp;Agor y safle</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::TrustBanner</name>
    <message>
        <source>Site register check</source>
        <translation>Gwiriad cofrestr y safle</translation>
    </message>
    <message>
        <source>READ-ONLY — %1 Custodial actions are refused; you can read, verify and export. Tell the other card holders and your security officer.</source>
        <translation>DARLLEN YN UNIG — %1 Gwrthodir gweithredoedd gwarchodol; gallwch ddarllen, gwirio ac allforio. Rhowch wybod i ddeiliaid eraill y cardiau ac i’ch swyddog diogelwch.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::UserGuide</name>
    <message>
        <source>The order of things</source>
        <translation>Trefn pethau</translation>
    </message>
    <message>
        <source>A site is brought up once, in this order, each step under a quorum of custodian cards: 1. Generate the KEKs (the DCO Key and the Shared Key, made inside the key token). 2. Enter the Transport Key from its components, each typed by a different custodian who checks its KCV against the sealed envelope. 3. Import the inventory with the migration keys. 4. Run the migration unwrap: every device&apos;s keys are unwrapped and packaged inside the key token. After that, keys are rotated by re-key runs: plan, run under a quorum, issue the instruction batch to the DCO, import the DCO&apos;s confirmations. The Overview&apos;s Site progress says which step comes next.</source>
        <translation>Caiff safle ei sefydlu unwaith, yn y drefn hon, pob cam o dan gworwm o gardiau ceidwaid: 1. Cynhyrchu’r KEKs (Allwedd y DCO a’r Allwedd a Rennir, a wneir y tu mewn i’r tocyn allweddi). 2. Rhoi’r Allwedd Gludo o’i chydrannau, pob un wedi’i theipio gan geidwad gwahanol sy’n gwirio ei KCV yn erbyn yr amlen wedi’i selio. 3. Mewnforio’r rhestr eiddo gyda’r allweddi mudo. 4. Rhedeg y dadlapio wrth fudo: caiff allweddi pob dyfais eu dadlapio a’u pecynnu y tu mewn i’r tocyn allweddi. Wedi hynny, caiff allweddi eu cylchdroi gan rediadau ailallweddu: cynllunio, rhedeg o dan gworwm, cyhoeddi’r swp cyfarwyddiadau i’r DCO, mewnforio cadarnhadau’r DCO. Mae Cynnydd y safle ar y Trosolwg yn dweud pa gam sy’n dod nesaf.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>Custodians (ACS card holders) approve ceremonies and re-key runs with their card and PIN; k of them must approve, and one person counts once whatever cards they hold. The PMA reviewer reads everything and verifies the journal, but changes nothing. The incident responder plans re-keys and marks keys compromised; custodians approve the run. Roles come from the site register, which k custodians sign: a role cannot be changed by the person who holds it alone.</source>
        <translation>Mae ceidwaid (deiliaid cardiau ACS) yn cymeradwyo seremonïau a rhediadau ailallweddu gyda’u cerdyn a’u PIN; rhaid i k ohonynt gymeradwyo, ac mae un person yn cyfrif unwaith pa gardiau bynnag sydd ganddo. Mae adolygydd y PMA yn darllen popeth ac yn gwirio’r cyfnodolyn, ond nid yw’n newid dim. Mae’r ymatebwr i ddigwyddiadau yn cynllunio ailallweddu ac yn nodi allweddi sydd wedi’u peryglu; mae ceidwaid yn cymeradwyo’r rhediad. Daw rolau o gofrestr y safle, a lofnodir gan k ceidwad: ni all y sawl sydd â rôl ei newid ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>The post-commissioning rotation deadline (CKMP (b)(iii): 7 days), the site&apos;s progress and its next step, the next 5-yearly risk review, the policy profile, the rotation compliance and re-key charts, and the cards and tokens present.</source>
        <translation>Y terfyn amser ar gyfer cylchdroi ar ôl comisiynu (CKMP (b)(iii): 7 diwrnod), cynnydd y safle a’i gam nesaf, yr adolygiad risg 5-mlynyddol nesaf, proffil y polisi, siartiau cydymffurfio cylchdroi ac ailallweddu, a’r cardiau a’r tocynnau sy’n bresennol.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>The inventory: search by device ID, manufacturer, model or S1SP, filter by type, cohort, S1SP and rotation state. Select a device for its details; from there it can be re-keyed or marked compromised, if your role allows.</source>
        <translation>Y rhestr eiddo: chwilio yn ôl ID dyfais, gwneuthurwr, model neu S1SP, hidlo yn ôl math, carfan, S1SP a chyflwr cylchdroi. Dewiswch ddyfais i weld ei manylion; oddi yno gellir ei hailallweddu neu ei nodi fel un sydd wedi’i pheryglu, os yw eich rôl yn caniatáu.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Cyfnodolyn</translation>
    </message>
    <message>
        <source>Every custodial action, hash-chained and signed at checkpoints by the journal key and by the acting person&apos;s own card. The banner verifies the whole chain at every open and says what it checked and what only an outside copy can check. Select an entry for its fields (copy a value with Ctrl+C) and the quorum approvals, each signature checked again. File ▸ Export evidence pack writes an extract a reviewer verifies without the workspace.</source>
        <translation>Pob gweithred warchodol, wedi’i chadwyno â hash a’i llofnodi mewn pwyntiau gwirio gan allwedd y cyfnodolyn a chan gerdyn y person sy’n gweithredu. Mae’r faner yn gwirio’r gadwyn gyfan bob tro yr agorir y gweithle ac yn dweud beth a wiriodd a beth y gall copi allanol yn unig ei wirio. Dewiswch gofnod i weld ei feysydd (copïwch werth gyda Ctrl+C) a’r cymeradwyaethau cworwm, pob llofnod wedi’i wirio eto. Mae Ffeil ▸ Allforio pecyn tystiolaeth yn ysgrifennu detholiad y mae adolygydd yn ei wirio heb y gweithle.</translation>
    </message>
    <message>
        <source>HSM Slots</source>
        <translation>Slotiau HSM</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Cworwm</translation>
    </message>
    <message>
        <source>The enrolled cards and the history of quorum sessions: what was asked, who approved with which card, and how it ended.</source>
        <translation>Y cardiau a gofrestrwyd a hanes y sesiynau cworwm: beth a ofynnwyd, pwy a gymeradwyodd gyda pha gerdyn, a sut y daeth i ben.</translation>
    </message>
    <message>
        <source>Key States</source>
        <translation>Cyflyrau Allweddi</translation>
    </message>
    <message>
        <source>Site Register</source>
        <translation>Cofrestr y Safle</translation>
    </message>
    <message>
        <source>The signed register of the site: profile, k of n, the key and journal tokens, the PKCS#11 module and its hash, and every card with its holder and role. Each version is signed by k custodians of the version before; every open checks the chain and your card&apos;s anchor.</source>
        <translation>Cofrestr wedi’i llofnodi’r safle: proffil, k o n, y tocynnau allweddi a chyfnodolyn, y modiwl PKCS#11 a’i hash, a phob cerdyn gyda’i ddeiliad a’i rôl. Caiff pob fersiwn ei llofnodi gan k ceidwad o’r fersiwn flaenorol; mae pob agoriad yn gwirio’r gadwyn ac angor eich cerdyn.</translation>
    </message>
    <message>
        <source>Symbolon user guide</source>
        <translation>Canllaw defnyddiwr Symbolon</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut. F1 opens this guide at the view in front.</source>
        <translation>Mae Cymorth ▸ Llwybrau byr bysellfwrdd yn rhestru pob llwybr byr. Mae F1 yn agor y canllaw hwn yn yr olwg sydd o’ch blaen.</translation>
    </message>
    <message>
        <source>The PKCS#11 module, its slots and tokens, each token&apos;s mechanisms and the path each key operation will take on it: inside the module, or (development profile only) through host memory. Private objects are listed only inside a quorum session. KEK versions lists each version of the DCO Key and the Shared Key with its state, KCV and packages: a rollover (Ceremonies ▸ Roll a KEK over to a new version, on the SMKI PMA&apos;s instruction) makes a new active version and retires the old one once no package is under it; a retired version can then be destroyed under a quorum.</source>
        <translation>Y modiwl PKCS#11, ei slotiau a’i docynnau, mecanweithiau pob tocyn a’r llwybr y bydd pob gweithred allweddi yn ei gymryd arno: y tu mewn i’r modiwl, neu (proffil datblygu yn unig) trwy gof y gwesteiwr. Dim ond y tu mewn i sesiwn cworwm y rhestrir gwrthrychau preifat. Mae Fersiynau KEK yn rhestru pob fersiwn o’r Allwedd DCO a’r Allwedd a Rennir gyda’i gyflwr, ei KCV a’i becynnau: mae rholio ymlaen (Seremonïau ▸ Rholio KEK ymlaen i fersiwn newydd, ar gyfarwyddyd y SMKI PMA) yn gwneud fersiwn gweithredol newydd ac yn ymddeol yr hen un unwaith nad oes pecyn oddi tano; yna gellir dinistrio fersiwn sydd wedi ymddeol o dan gworwm.</translation>
    </message>
    <message>
        <source>Every device key record (device × client × key kind) and its state: Migrated, Committed, Distributed, Active, Superseded, and the KEK version that packages it. Filter by state, kind, KEK version and the device filters; mark a key compromised (incident responder) or re-key a device.</source>
        <translation>Pob cofnod allwedd dyfais (dyfais × cleient × math o allwedd) a’i gyflwr: Wedi’i mudo, Wedi’i chynhyrchu, Wedi’i dosbarthu, Gweithredol, Wedi’i disodli, a’r fersiwn KEK sy’n ei becynnu. Hidlwch yn ôl cyflwr, math, fersiwn KEK a hidlau’r dyfeisiau; nodwch allwedd fel un sydd wedi’i pheryglu (ymatebwr i ddigwyddiadau) neu ailallweddwch ddyfais.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::VerificationBanner</name>
    <message>
        <source>Verify again</source>
        <translation>Dilysu eto</translation>
    </message>
    <message>
        <source>Re-check every hash, link and checkpoint signature of the journal</source>
        <translation>Ailwirio pob hash, dolen a llofnod pwynt gwirio yn y cyfnodolyn</translation>
    </message>
    <message>
        <source>Chain verified up to #%1 (%2 entries), but no signed checkpoint anchors it.</source>
        <translation>Dilyswyd y gadwyn hyd at #%1 (%2 cofnod), ond nid oes pwynt gwirio wedi&apos;i lofnodi yn ei hangori.</translation>
    </message>
    <message>
        <source>Chain verified up to #%1, last checkpoint signed at %2 by key %3 (%4 entries, %5 checkpoint signatures verified).</source>
        <translation>Dilyswyd y gadwyn hyd at #%1, llofnodwyd y pwynt gwirio olaf am %2 gan allwedd %3 (%4 cofnod, dilyswyd %5 llofnod pwynt gwirio).</translation>
    </message>
    <message>
        <source>Verifying the journal: every hash, link and checkpoint signature…</source>
        <translation>Yn dilysu&apos;r cyfnodolyn: pob hash, dolen a llofnod pwynt gwirio…</translation>
    </message>
    <message>
        <source>every hash, link and checkpoint signature</source>
        <translation>pob hash, cyswllt a llofnod pwynt gwirio</translation>
    </message>
    <message numerus="yes">
        <source>each person&apos;s entries co-signed by their own card (%n card signature(s))</source>
        <translation>
            <numerusform>cofnodion pob person wedi’u cyd-lofnodi gan eu cerdyn eu hunain (%n llofnod cerdyn)</numerusform>
            <numerusform>cofnodion pob person wedi’u cyd-lofnodi gan eu cerdyn eu hunain (%n llofnod cerdyn)</numerusform>
            <numerusform>cofnodion pob person wedi’u cyd-lofnodi gan eu cerdyn eu hunain (%n llofnod cerdyn)</numerusform>
            <numerusform>cofnodion pob person wedi’u cyd-lofnodi gan eu cerdyn eu hunain (%n llofnod cerdyn)</numerusform>
            <numerusform>cofnodion pob person wedi’u cyd-lofnodi gan eu cerdyn eu hunain (%n llofnod cerdyn)</numerusform>
        </translation>
    </message>
    <message>
        <source>card co-signatures (this site was made before they were required)</source>
        <translation>cyd-lofnodion cerdyn (gwnaed y safle hwn cyn bod eu hangen)</translation>
    </message>
    <message>
        <source>your card&apos;s witness: entry #%1, which your card last co-signed, was unchanged at open</source>
        <translation>tyst eich cerdyn: roedd cofnod #%1, a gyd-lofnododd eich cerdyn ddiwethaf, heb ei newid wrth agor</translation>
    </message>
    <message>
        <source>your card&apos;s witness (it had co-signed nothing here before this session)</source>
        <translation>tyst eich cerdyn (nid oedd wedi cyd-lofnodi dim yma cyn y sesiwn hon)</translation>
    </message>
    <message>
        <source>the SIEM&apos;s copy (checked by siem forward and journal verify --siem-log)</source>
        <translation>copi’r SIEM (gwirir gan siem forward a journal verify --siem-log)</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Gwiriwyd: %1.</translation>
    </message>
    <message>
        <source>Not checked here: %1.</source>
        <translation>Heb eu gwirio yma: %1.</translation>
    </message>
    <message>
        <source>the last evidence pack exported (its newest entry #%1 and checkpoint are still here)</source>
        <translation>y pecyn tystiolaeth diwethaf a allforiwyd (mae ei gofnod diweddaraf #%1 a’i bwynt gwirio yma o hyd)</translation>
    </message>
    <message>
        <source>the last evidence pack exported: it does NOT match (see below)</source>
        <translation>y pecyn tystiolaeth diwethaf a allforiwyd: NID yw’n cyfateb (gweler isod)</translation>
    </message>
    <message>
        <source>the last evidence pack exported (see below why)</source>
        <translation>y pecyn tystiolaeth diwethaf a allforiwyd (gweler isod pam)</translation>
    </message>
    <message>
        <source>an earlier evidence pack (none exported from this workspace yet; or journal verify --evidence-pack NEW --extends OLD)</source>
        <translation>pecyn tystiolaeth cynharach (nid oes un wedi’i allforio o’r gweithle hwn eto; neu journal verify --evidence-pack NEW --extends OLD)</translation>
    </message>
    <message numerus="yes">
        <source>trusted timestamps: %n checkpoint(s) carry one; check them against the time-stamping authority&apos;s root with journal verify --tsa-cert</source>
        <translation>
            <numerusform>stampiau amser dibynadwy: mae gan %n pwynt gwirio un; gwiriwch nhw yn erbyn gwraidd yr awdurdod stampio amser gyda journal verify --tsa-cert</numerusform>
            <numerusform>stampiau amser dibynadwy: mae gan %n pwynt gwirio un; gwiriwch nhw yn erbyn gwraidd yr awdurdod stampio amser gyda journal verify --tsa-cert</numerusform>
            <numerusform>stampiau amser dibynadwy: mae gan %n pwynt gwirio un; gwiriwch nhw yn erbyn gwraidd yr awdurdod stampio amser gyda journal verify --tsa-cert</numerusform>
            <numerusform>stampiau amser dibynadwy: mae gan %n pwynt gwirio un; gwiriwch nhw yn erbyn gwraidd yr awdurdod stampio amser gyda journal verify --tsa-cert</numerusform>
            <numerusform>stampiau amser dibynadwy: mae gan %n pwynt gwirio un; gwiriwch nhw yn erbyn gwraidd yr awdurdod stampio amser gyda journal verify --tsa-cert</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted timestamps (no checkpoint has one: no time-stamping authority is set in the Settings of the machines that signed)</source>
        <translation>stampiau amser dibynadwy (nid oes gan unrhyw bwynt gwirio un: nid oes awdurdod stampio amser wedi’i osod yng Ngosodiadau’r peiriannau a lofnododd)</translation>
    </message>
    <message>
        <source>The last evidence pack (exported on %1 to %2, entry #%3) was not compared: the journal itself does not verify.</source>
        <translation>Ni chymharwyd y pecyn tystiolaeth diwethaf (a allforiwyd ar %1 i %2, cofnod #%3): nid yw’r cyfnodolyn ei hun yn dilysu.</translation>
    </message>
    <message>
        <source>The last evidence pack, exported on %1 to %2, was not checked: that folder no longer holds it (moved, deleted, or on media that is not attached). Check a copy with journal verify --extends.</source>
        <translation>Ni wiriwyd y pecyn tystiolaeth diwethaf, a allforiwyd ar %1 i %2: nid yw’r ffolder yn ei ddal mwyach (wedi’i symud, wedi’i ddileu, neu ar gyfrwng nad yw wedi’i gysylltu). Gwiriwch gopi gyda journal verify --extends.</translation>
    </message>
    <message>
        <source>This journal extends the evidence pack exported on %1 to %2 (entry #%3): it still holds that pack&apos;s newest entry with the same hash and its newest checkpoint.</source>
        <translation>Mae’r cyfnodolyn hwn yn estyn y pecyn tystiolaeth a allforiwyd ar %1 i %2 (cofnod #%3): mae’n dal i gynnwys cofnod diweddaraf y pecyn hwnnw gyda’r un hash, a’i bwynt gwirio diweddaraf.</translation>
    </message>
    <message>
        <source>This journal does NOT extend the evidence pack exported on %1 to %2: %3</source>
        <translation>NID yw’r cyfnodolyn hwn yn estyn y pecyn tystiolaeth a allforiwyd ar %1 i %2: %3</translation>
    </message>
    <message>
        <source>The last evidence pack exported could not be checked: %1</source>
        <translation>Ni ellid gwirio’r pecyn tystiolaeth diwethaf a allforiwyd: %1</translation>
    </message>
    <message>
        <source>The last evidence pack (exported on %1, folder &quot;%2&quot;, entry #%3) was not checked: its export entry does not record where the folder was written (exports made before this check was added do not record it). Check a copy with journal verify --extends.</source>
        <translation>Ni wiriwyd y pecyn tystiolaeth diwethaf (a allforiwyd ar %1, ffolder &quot;%2&quot;, cofnod #%3): nid yw ei gofnod allforio yn cofnodi ble yr ysgrifennwyd y ffolder (nid yw allforion a wnaed cyn y gwiriad hwn yn ei gofnodi). Gwiriwch gopi gyda journal verify --extends.</translation>
    </message>
</context>
<context>
    <name>symbolon::workspace</name>
    <message>
        <source>The workspace key must be 32 bytes.</source>
        <translation>Rhaid i allwedd y gweithle fod yn 32 beit.</translation>
    </message>
    <message>
        <source>The workspace database %1 is missing.</source>
        <translation>Mae cronfa ddata&apos;r gweithle %1 ar goll.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Ni ellir ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Ni ellir creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>This card&apos;s key is not the one this keyslot was made for.</source>
        <translation>Nid allwedd y cerdyn hwn yw&apos;r un y gwnaed y slot allwedd hwn ar ei chyfer.</translation>
    </message>
    <message>
        <source>The keyslot of %1 is malformed.</source>
        <translation>Mae slot allwedd %1 wedi&apos;i gamffurfio.</translation>
    </message>
    <message>
        <source>The keyslot of %1 does not open: it was altered (holder, role or card changed in keyslots.json) or damaged.</source>
        <translation>Nid yw slot allwedd %1 yn agor: fe&apos;i newidiwyd (newidiwyd y deiliad, y rôl neu&apos;r cerdyn yn keyslots.json) neu fe&apos;i difrodwyd.</translation>
    </message>
    <message>
        <source>A keyslot in keyslots.json is incomplete (holder &quot;%1&quot;): expected holder, role, token_serial, key_id, public_key, ephemeral_point (65 bytes), nonce (12 bytes) and wrapped_key (48 bytes).</source>
        <translation>Mae slot allwedd yn keyslots.json yn anghyflawn (deiliad &quot;%1&quot;): disgwylid holder, role, token_serial, key_id, public_key, ephemeral_point (65 beit), nonce (12 beit) a wrapped_key (48 beit).</translation>
    </message>
    <message>
        <source>The review date is not a valid date.</source>
        <translation>Nid yw dyddiad yr adolygiad yn ddyddiad dilys.</translation>
    </message>
    <message>
        <source>The review date %1 is in the future: record a review once it has taken place.</source>
        <translation>Mae dyddiad yr adolygiad %1 yn y dyfodol: cofnodwch adolygiad unwaith y bydd wedi digwydd.</translation>
    </message>
    <message>
        <source>The review date %1 is more than a year before this workspace was created (%2): such a review cannot be the baseline of its 5-yearly clock.</source>
        <translation>Mae dyddiad yr adolygiad %1 fwy na blwyddyn cyn creu&apos;r gweithle hwn (%2): ni all adolygiad o&apos;r fath fod yn sail i&apos;w gloc 5-mlynyddol.</translation>
    </message>
    <message>
        <source>Enter the review&apos;s reference (the report or PMA correspondence it is filed under).</source>
        <translation>Rhowch gyfeirnod yr adolygiad (yr adroddiad neu ohebiaeth y PMA y mae wedi&apos;i ffeilio oddi tano).</translation>
    </message>
    <message>
        <source>The reference has %1 characters; at most %2 are allowed.</source>
        <translation>Mae gan y cyfeirnod %1 nod; caniateir %2 ar y mwyaf.</translation>
    </message>
    <message>
        <source>The reference may hold printable characters only (found U+%1).</source>
        <translation>Dim ond nodau argraffadwy a gaiff fod yn y cyfeirnod (canfuwyd U+%1).</translation>
    </message>
    <message>
        <source>The findings have %1 characters; at most %2 are allowed.</source>
        <translation>Mae gan y canfyddiadau %1 nod; caniateir %2 ar y mwyaf.</translation>
    </message>
    <message>
        <source>%1 is missing: is this a Symbolon workspace folder?</source>
        <translation>Mae %1 ar goll: ai ffolder gweithle Symbolon yw hwn?</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Ni ellir darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>Nid yw %1 yn JSON dilys ar feit %2: %3</translation>
    </message>
    <message>
        <source>keyslots.json holds no keyslot: nobody can open this workspace.</source>
        <translation>Nid yw keyslots.json yn dal unrhyw slot allwedd: ni all neb agor y gweithle hwn.</translation>
    </message>
    <message>
        <source>The workspace&apos;s token store %1 is missing.</source>
        <translation>Mae storfa docynnau&apos;r gweithle %1 ar goll.</translation>
    </message>
    <message>
        <source>The card with serial %1 has no keyslot in this workspace: ask a custodian to enrol it.</source>
        <translation>Nid oes gan y cerdyn â rhif cyfresol %1 slot allwedd yn y gweithle hwn: gofynnwch i geidwad ei gofrestru.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s PIN.</source>
        <translation>Rhowch PIN y cerdyn.</translation>
    </message>
    <message>
        <source>The PIN of card &quot;%1&quot; is locked: its security officer must unblock it.</source>
        <translation>Mae PIN cerdyn &quot;%1&quot; wedi&apos;i gloi: rhaid i&apos;w swyddog diogelwch ei ddatgloi.</translation>
    </message>
    <message>
        <source>The keyslot of %1 does not match the people enrolled in the workspace database.</source>
        <translation>Nid yw slot allwedd %1 yn cyfateb i&apos;r bobl a gofrestrwyd yng nghronfa ddata&apos;r gweithle.</translation>
    </message>
    <message>
        <source>A workspace needs at least one enrolled person.</source>
        <translation>Mae gweithle angen o leiaf un person wedi&apos;i gofrestru.</translation>
    </message>
    <message>
        <source>%1 is already a workspace.</source>
        <translation>Mae %1 eisoes yn weithle.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; of %2 is unknown: nothing is allowed.</source>
        <translation>Mae rôl &quot;%1&quot; %2 yn anhysbys: ni chaniateir dim.</translation>
    </message>
    <message>
        <source>The journal signing key %1 cannot be read: %2</source>
        <translation>Ni ellir darllen allwedd llofnodi&apos;r cyfnodolyn %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM public key.</source>
        <translation>Nid yw %1 yn allwedd gyhoeddus PEM.</translation>
    </message>
    <message>
        <source>workspace.json: field &quot;format&quot; must be 1 (this version of Symbolon reads format 1).</source>
        <translation>workspace.json: rhaid i&apos;r maes &quot;format&quot; fod yn 1 (mae&apos;r fersiwn hon o Symbolon yn darllen fformat 1).</translation>
    </message>
    <message>
        <source>workspace.json: field &quot;profile&quot; must be &quot;production&quot; or &quot;development&quot;.</source>
        <translation>workspace.json: rhaid i&apos;r maes &quot;profile&quot; fod yn &quot;production&quot; neu &quot;development&quot;.</translation>
    </message>
    <message>
        <source>workspace.json: field &quot;quorum&quot; must have 1 &lt;= k &lt;= n &lt;= 255.</source>
        <translation>workspace.json: rhaid i&apos;r maes &quot;quorum&quot; fod ag 1 &lt;= k &lt;= n &lt;= 255.</translation>
    </message>
    <message>
        <source>This workspace has no journal signing token, so it cannot sign the documents it issues.</source>
        <translation>Nid oes gan y gweithle hwn docyn llofnodi cyfnodolyn, felly ni all lofnodi&apos;r dogfennau y mae&apos;n eu cyhoeddi.</translation>
    </message>
    <message>
        <source>The key token URI in Settings (%1) selects no single token: %2</source>
        <translation>Nid yw URI y tocyn allweddi yn y Gosodiadau (%1) yn dewis un tocyn: %2</translation>
    </message>
    <message>
        <source>The journal token URI in Settings (%1) selects no single token: %2</source>
        <translation>Nid yw URI tocyn y cofnodlyfr yn y Gosodiadau (%1) yn dewis un tocyn: %2</translation>
    </message>
    <message>
        <source>The journal token %1 holds a different signing key (%2) from this workspace&apos;s (%3): its checkpoints would not verify. Check the journal token URI in Settings.</source>
        <translation>Mae tocyn y cofnodlyfr %1 yn dal allwedd lofnodi wahanol (%2) i un y gweithle hwn (%3): ni fyddai ei bwyntiau gwirio yn dilysu. Gwiriwch URI tocyn y cofnodlyfr yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, llinell %2: %3.</translation>
    </message>
    <message>
        <source>The workspace database %1 is empty (0 bytes): it was truncated or replaced. Restore the workspace from its backup; nothing was changed.</source>
        <translation>Mae cronfa ddata’r gweithle %1 yn wag (0 beit): fe’i cwtogwyd neu fe’i disodlwyd. Adferwch y gweithle o’i gopi wrth gefn; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The register anchor on this card is malformed: the card was written by something other than Symbolon.</source>
        <translation>Mae angor y gofrestr ar y cerdyn hwn yn anghywir ei ffurf: ysgrifennwyd y cerdyn gan rywbeth heblaw Symbolon.</translation>
    </message>
    <message>
        <source>this card last saw site register version %1, but the workspace&apos;s register ends at version %2: versions were removed</source>
        <translation>gwelodd y cerdyn hwn fersiwn %1 o gofrestr y safle ddiwethaf, ond mae cofrestr y gweithle’n gorffen ar fersiwn %2: tynnwyd fersiynau</translation>
    </message>
    <message>
        <source>site register version %1 is not the one this card saw (card: %2…, workspace: %3…): the register was rewritten from version %1 on</source>
        <translation>nid fersiwn %1 o gofrestr y safle yw’r un a welodd y cerdyn hwn (cerdyn: %2…, gweithle: %3…): ailysgrifennwyd y gofrestr o fersiwn %1 ymlaen</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>yn destun</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>yn rhif cyfan</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>yn base64</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>yn wrthrych</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>yn rhestr</translation>
    </message>
    <message>
        <source>site register%1: field &quot;%2&quot; must be %3.</source>
        <translation>cofrestr y safle%1: rhaid i’r maes &quot;%2&quot; fod %3.</translation>
    </message>
    <message>
        <source>an ISO 8601 time</source>
        <translation>yn amser ISO 8601</translation>
    </message>
    <message>
        <source>1 &lt;= k &lt;= n &lt;= 255</source>
        <translation>1 &lt;= k &lt;= n &lt;= 255</translation>
    </message>
    <message>
        <source>site register: card %1 is listed twice.</source>
        <translation>cofrestr y safle: rhestrir cerdyn %1 ddwywaith.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>proffil</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>cworwm</translation>
    </message>
    <message>
        <source>key token</source>
        <translation>tocyn allweddi</translation>
    </message>
    <message>
        <source>journal token</source>
        <translation>tocyn y cyfnodolyn</translation>
    </message>
    <message>
        <source>journal signing key</source>
        <translation>allwedd lofnodi’r cyfnodolyn</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Modiwl PKCS#11</translation>
    </message>
    <message>
        <source>module SHA-256</source>
        <translation>SHA-256 y modiwl</translation>
    </message>
    <message>
        <source>FIPS declaration changed</source>
        <translation>newidiwyd y datganiad FIPS</translation>
    </message>
    <message>
        <source>card %1 enrolled for %2 (%3)</source>
        <translation>cofrestrwyd cerdyn %1 ar gyfer %2 (%3)</translation>
    </message>
    <message>
        <source>card %1: holder %2 → %3</source>
        <translation>cerdyn %1: deiliad %2 → %3</translation>
    </message>
    <message>
        <source>card %1 (%2): role %3 → %4</source>
        <translation>cerdyn %1 (%2): rôl %3 → %4</translation>
    </message>
    <message>
        <source>card %1 (%2): %3 → %4</source>
        <translation>cerdyn %1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>card %1 (%2): new card key</source>
        <translation>cerdyn %1 (%2): allwedd cerdyn newydd</translation>
    </message>
    <message>
        <source>card %1 of %2 removed</source>
        <translation>tynnwyd cerdyn %1 %2</translation>
    </message>
    <message>
        <source>card %1 is not an active custodian&apos;s card in version %2</source>
        <translation>nid yw cerdyn %1 yn gerdyn ceidwad gweithredol yn fersiwn %2</translation>
    </message>
    <message>
        <source>the signature of card %1 (%2) does not verify</source>
        <translation>nid yw llofnod cerdyn %1 (%2) yn dilysu</translation>
    </message>
    <message>
        <source>The workspace holds no site register.</source>
        <translation>Nid oes cofrestr safle yn y gweithle.</translation>
    </message>
    <message>
        <source>Site register version %1 is not valid: %2.</source>
        <translation>Nid yw fersiwn %1 o gofrestr y safle yn ddilys: %2.</translation>
    </message>
    <message>
        <source>it is numbered %1 where %2 was expected</source>
        <translation>mae wedi’i rhifo’n %1 lle disgwylid %2</translation>
    </message>
    <message>
        <source>the first version names a previous one</source>
        <translation>mae’r fersiwn gyntaf yn enwi un flaenorol</translation>
    </message>
    <message>
        <source>it does not follow version %1 (its digest is not the one named)</source>
        <translation>nid yw’n dilyn fersiwn %1 (nid ei grynhoad yw’r un a enwir)</translation>
    </message>
    <message>
        <source>%1 of the %2 custodians needed signed it%3</source>
        <translation>llofnododd %1 o’r %2 ceidwad sydd eu hangen hi%3</translation>
    </message>
    <message>
        <source>The site register cannot be changed from a read-only open: %1</source>
        <translation>Ni ellir newid cofrestr y safle o agoriad darllen yn unig: %1</translation>
    </message>
    <message>
        <source>Only a custodian can propose a site register change; %1 is %2.</source>
        <translation>Dim ond ceidwad a all gynnig newid i gofrestr y safle; mae %1 yn %2.</translation>
    </message>
    <message>
        <source>The proposed register changes nothing.</source>
        <translation>Nid yw’r gofrestr a gynigir yn newid dim.</translation>
    </message>
    <message>
        <source>A register change needs a reason (field &quot;reason&quot;).</source>
        <translation>Mae angen rheswm ar newid i’r gofrestr (maes &quot;reason&quot;).</translation>
    </message>
    <message>
        <source>profile must be &quot;production&quot; or &quot;development&quot;, not &quot;%1&quot;.</source>
        <translation>rhaid i’r proffil fod yn &quot;production&quot; neu &quot;development&quot;, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>card %1: role &quot;%2&quot; is not one of custodian, reviewer, responder, operator.</source>
        <translation>cerdyn %1: nid yw’r rôl &quot;%2&quot; yn un o custodian, reviewer, responder, operator.</translation>
    </message>
    <message>
        <source>A quorum of %1 needs at least %1 active custodians; the proposed register has %2.</source>
        <translation>Mae cworwm o %1 angen o leiaf %1 ceidwad gweithredol; mae gan y gofrestr a gynigir %2.</translation>
    </message>
    <message>
        <source>This register change has already been made.</source>
        <translation>Gwnaed y newid hwn i’r gofrestr eisoes.</translation>
    </message>
    <message>
        <source>The card with serial %1 is not an active custodian&apos;s card in register version %2: it cannot approve a register change.</source>
        <translation>Nid yw’r cerdyn â’r rhif cyfresol %1 yn gerdyn ceidwad gweithredol yn fersiwn %2 o’r gofrestr: ni all gymeradwyo newid i’r gofrestr.</translation>
    </message>
    <message>
        <source>%1 has already approved this change: one person approves once, whatever cards they hold.</source>
        <translation>Mae %1 eisoes wedi cymeradwyo’r newid hwn: mae un person yn cymeradwyo unwaith, pa gardiau bynnag sydd ganddynt.</translation>
    </message>
    <message>
        <source>The signature of card &quot;%1&quot; does not verify against the key the register enrolled for %2: the card is not the one enrolled.</source>
        <translation>Nid yw llofnod y cerdyn &quot;%1&quot; yn dilysu yn erbyn yr allwedd a gofrestrodd y gofrestr ar gyfer %2: nid hwn yw’r cerdyn a gofrestrwyd.</translation>
    </message>
    <message>
        <source>%1 of the %2 custodians needed have approved.</source>
        <translation>Mae %1 o’r %2 ceidwad sydd eu hangen wedi cymeradwyo.</translation>
    </message>
    <message>
        <source>Site register version %1: %2 is not valid JSON: %3.</source>
        <translation>Fersiwn %1 o gofrestr y safle: nid yw %2 yn JSON dilys: %3.</translation>
    </message>
    <message>
        <source>Site register version %1: %2: %3.</source>
        <translation>Fersiwn %1 o gofrestr y safle: %2: %3.</translation>
    </message>
    <message>
        <source>Site register version %1: %2</source>
        <translation>Fersiwn %1 o gofrestr y safle: %2</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is refused before loading: its SHA-256 is %2, but the site register records %3. Restore the module the site registered, or have the custodians record the new one through a site register change.</source>
        <translation>Gwrthodir y modiwl PKCS#11 %1 cyn ei lwytho: ei SHA-256 yw %2, ond mae cofrestr y safle’n cofnodi %3. Adferwch y modiwl a gofrestrodd y safle, neu gofynnwch i’r ceidwaid gofnodi’r un newydd drwy newid i gofrestr y safle.</translation>
    </message>
    <message>
        <source>This workspace holds no site register (an earlier Symbolon made it): names, roles and safety settings cannot be checked. Create a new workspace.</source>
        <translation>Nid oes cofrestr safle yn y gweithle hwn (fe’i gwnaed gan Symbolon cynharach): ni ellir gwirio enwau, rolau na gosodiadau diogelwch. Crëwch weithle newydd.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; holds no anchor for this site&apos;s register (site %2): the register was replaced from version 1, or the card was never enrolled here.</source>
        <translation>Nid oes gan y cerdyn &quot;%1&quot; angor ar gyfer cofrestr y safle hwn (safle %2): disodlwyd y gofrestr o fersiwn 1, neu ni chofrestrwyd y cerdyn yma erioed.</translation>
    </message>
    <message>
        <source>The site register was changed behind this card&apos;s back: %1.</source>
        <translation>Newidiwyd cofrestr y safle heb yn wybod i’r cerdyn hwn: %1.</translation>
    </message>
    <message>
        <source>This card&apos;s register anchor could not be moved on to version %1: %2</source>
        <translation>Ni ellid symud angor cofrestr y cerdyn hwn ymlaen i fersiwn %1: %2</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; (serial %2) is not an active card of this site&apos;s register (version %3)%4: ask the custodians to enrol it.</source>
        <translation>Nid yw’r cerdyn &quot;%1&quot; (rhif cyfresol %2) yn gerdyn gweithredol yng nghofrestr y safle hwn (fersiwn %3)%4: gofynnwch i’r ceidwaid ei gofrestru.</translation>
    </message>
    <message>
        <source>workspace.json says %1 = &quot;%2&quot;, but the site register says &quot;%3&quot;: the register&apos;s value is used.</source>
        <translation>Mae workspace.json yn dweud %1 = &quot;%2&quot;, ond mae cofrestr y safle’n dweud &quot;%3&quot;: defnyddir gwerth y gofrestr.</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 was loaded by path as a development module (not registered with p11-kit, or changeable by others than root)</source>
        <translation>llwythwyd y modiwl PKCS#11 %1 drwy lwybr fel modiwl datblygu (heb ei gofrestru gyda p11-kit, neu gall eraill heblaw root ei newid)</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 has SHA-256 %2, but the site register records %3</source>
        <translation>mae gan y modiwl PKCS#11 %1 SHA-256 %2, ond mae cofrestr y safle’n cofnodi %3</translation>
    </message>
    <message>
        <source>Custodial actions are refused under the production profile: %1.</source>
        <translation>Gwrthodir gweithredoedd gwarchodol o dan y proffil cynhyrchu: %1.</translation>
    </message>
    <message>
        <source>Development: %1.</source>
        <translation>Datblygu: %1.</translation>
    </message>
    <message>
        <source>The site cannot be created: %1 Version 1 must be signed by the cards of %2 custodians, with their PINs.</source>
        <translation>Ni ellir creu’r safle: %1 Rhaid i fersiwn 1 gael ei llofnodi gan gardiau %2 ceidwad, â’u PINau.</translation>
    </message>
    <message>
        <source>This workspace is open read-only: %1 You can still read, verify and export.</source>
        <translation>Mae’r gweithle hwn ar agor i’w ddarllen yn unig: %1 Gallwch ddarllen, gwirio ac allforio o hyd.</translation>
    </message>
    <message>
        <source>The site register cannot be changed while it is not trusted: %1</source>
        <translation>Ni ellir newid cofrestr y safle tra nad ymddiriedir ynddi: %1</translation>
    </message>
    <message>
        <source>workspace.json: field &quot;pkcs11_module&quot; must name the PKCS#11 module (its p11-kit name, or a .so path).</source>
        <translation>workspace.json: rhaid i’r maes &quot;pkcs11_module&quot; enwi’r modiwl PKCS#11 (ei enw p11-kit, neu lwybr .so).</translation>
    </message>
    <message>
        <source>the key token URI in Settings (%1) selects token %2, but the site register names %3</source>
        <translation>mae URI y tocyn allweddi yn y Gosodiadau (%1) yn dewis y tocyn %2, ond mae cofrestr y safle’n enwi %3</translation>
    </message>
    <message>
        <source>Custodial actions are refused: %1. You can still open, read, verify and export.</source>
        <translation>Gwrthodir gweithredoedd y ceidwaid: %1. Gallwch agor, darllen, dilysu ac allforio o hyd.</translation>
    </message>
    <message>
        <source>the database fails its integrity check (PRAGMA quick_check): %1</source>
        <translation>mae&apos;r gronfa ddata yn methu ei gwiriad cywirdeb (PRAGMA quick_check): %1</translation>
    </message>
    <message>
        <source>the journal signing key %1 is missing</source>
        <translation>mae allwedd llofnodi&apos;r cyfnodolyn %1 ar goll</translation>
    </message>
    <message>
        <source>the journal signing key %1 cannot be read: %2</source>
        <translation>ni ellir darllen allwedd llofnodi&apos;r cyfnodolyn %1: %2</translation>
    </message>
    <message>
        <source>the journal signing key %1 is not a PEM public key</source>
        <translation>nid yw allwedd llofnodi&apos;r cyfnodolyn %1 yn allwedd gyhoeddus PEM</translation>
    </message>
    <message>
        <source>the journal signing key %1 was replaced: its fingerprint %2 is not this workspace&apos;s %3</source>
        <translation>disodlwyd allwedd llofnodi&apos;r cyfnodolyn %1: nid ei holion bys %2 yw olion bys y gweithle hwn, %3</translation>
    </message>
    <message>
        <source>the checkpoint file %1 is missing</source>
        <translation>mae&apos;r ffeil pwyntiau gwirio %1 ar goll</translation>
    </message>
    <message>
        <source>the checkpoint file %1 is empty</source>
        <translation>mae&apos;r ffeil pwyntiau gwirio %1 yn wag</translation>
    </message>
    <message>
        <source>the checkpoint file is damaged: %1</source>
        <translation>mae&apos;r ffeil pwyntiau gwirio wedi&apos;i difrodi: %1</translation>
    </message>
    <message>
        <source>the journal cannot be verified: neither the signing key file nor the journal token gives its public key</source>
        <translation>ni ellir dilysu&apos;r cyfnodolyn: nid yw ffeil yr allwedd llofnodi na thocyn y cyfnodolyn yn rhoi ei allwedd gyhoeddus</translation>
    </message>
    <message>
        <source>the journal does not verify at entry #%1: %2</source>
        <translation>nid yw&apos;r cyfnodolyn yn dilysu yng nghofnod #%1: %2</translation>
    </message>
    <message>
        <source>the journal does not verify: %1</source>
        <translation>nid yw&apos;r cyfnodolyn yn dilysu: %1</translation>
    </message>
    <message>
        <source>This workspace is in use by another program, which has not yet said who it is; close it there first. Nothing was changed.</source>
        <translation>Mae rhaglen arall yn defnyddio&apos;r gweithle hwn, ac nid yw wedi dweud eto pa un ydyw; caewch y gweithle yno yn gyntaf. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This workspace is in use by %1 (process %2, user %3 on host %4) since %5 UTC; close it there first. Nothing was changed.</source>
        <translation>Mae %1 yn defnyddio&apos;r gweithle hwn (proses %2, defnyddiwr %3 ar y gwesteiwr %4) ers %5 UTC; caewch y gweithle yno yn gyntaf. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The workspace lock %1 cannot be opened: %2</source>
        <translation>Ni ellir agor clo&apos;r gweithle %1: %2</translation>
    </message>
    <message>
        <source>The workspace lock %1 cannot be taken: %2</source>
        <translation>Ni ellir cymryd clo&apos;r gweithle %1: %2</translation>
    </message>
    <message>
        <source>The journal witness on this card is malformed: the card was written by something other than Symbolon.</source>
        <translation>Mae tyst y cyfnodolyn ar y cerdyn hwn wedi’i gamffurfio: ysgrifennwyd y cerdyn gan rywbeth heblaw Symbolon.</translation>
    </message>
    <message>
        <source>the journal ends at entry #%1, but the card of %2 co-signed entry #%3 at its last use: entries #%4 to #%3 (at least) were deleted</source>
        <translation>mae’r cyfnodolyn yn gorffen yng nghofnod #%1, ond cyd-lofnododd cerdyn %2 gofnod #%3 y tro diwethaf y’i defnyddiwyd: dilëwyd cofnodion #%4 i #%3 (o leiaf)</translation>
    </message>
    <message>
        <source>entry #%1 is not the one the card of %2 co-signed (card: %3…, journal: %4…): the journal was rewritten at or before entry #%1</source>
        <translation>nid cofnod #%1 yw’r un a gyd-lofnododd cerdyn %2 (cerdyn: %3…, cyfnodolyn: %4…): ailysgrifennwyd y cyfnodolyn yng nghofnod #%1 neu cyn hynny</translation>
    </message>
    <message>
        <source>Journal entries %1 name you but your card never co-signed them: a process of yours stopped before signing, or someone else wrote them in your name. Check them in the Journal view; your card co-signs them now.</source>
        <translation>Mae cofnodion cyfnodolyn %1 yn eich enwi ond ni chyd-lofnododd eich cerdyn hwy erioed: stopiodd un o’ch prosesau cyn llofnodi, neu ysgrifennodd rhywun arall hwy yn eich enw. Gwiriwch hwy yn y wedd Cyfnodolyn; mae eich cerdyn yn eu cyd-lofnodi nawr.</translation>
    </message>
    <message>
        <source>The PIN of %1&apos;s card is needed: the journal&apos;s first entry names %1, and their card co-signs it.</source>
        <translation>Mae angen PIN cerdyn %1: mae cofnod cyntaf y cyfnodolyn yn enwi %1, ac mae eu cerdyn yn ei gyd-lofnodi.</translation>
    </message>
    <message>
        <source>The card of %1 could not co-sign the journal (was it removed, or logged out by a wrong PIN?): %2 The action is recorded; close and reopen the workspace with the card to sign it.</source>
        <translation>Ni allai cerdyn %1 gyd-lofnodi’r cyfnodolyn (a dynnwyd ef allan, neu a allgofnodwyd ef gan PIN anghywir?): %2 Mae’r weithred wedi’i chofnodi; caewch ac ailagorwch y gweithle gyda’r cerdyn i’w llofnodi.</translation>
    </message>
    <message>
        <source>The action is recorded and signed, but the card of %1 could not keep the journal&apos;s head as its witness: %2</source>
        <translation>Mae’r weithred wedi’i chofnodi a’i llofnodi, ond ni allai cerdyn %1 gadw pen y cyfnodolyn fel ei dyst: %2</translation>
    </message>
    <message>
        <source>cards.json: field &quot;%1&quot; must be %2.</source>
        <translation>cards.json: rhaid i’r maes &quot;%1&quot; fod yn %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true neu false</translation>
    </message>
    <message>
        <source>a base64 public key</source>
        <translation>allwedd gyhoeddus base64</translation>
    </message>
    <message>
        <source>the SHA-256 of public_key</source>
        <translation>SHA-256 public_key</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>rhestr o enwau</translation>
    </message>
    <message>
        <source>This change alters who holds the shares of the key token&apos;s PINs, or k: it must re-share them, and this caller cannot. Nothing was changed.</source>
        <translation>Mae’r newid hwn yn newid pwy sydd â chyfrannau PINau’r tocyn allweddi, neu k: rhaid iddo eu hailrannu, ac ni all y galwr hwn. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>%1 The key token&apos;s new PINs could not be undone either (%2): the next quorum undoes them.</source>
        <translation>%1 Ni ellid dadwneud PINau newydd y tocyn allweddi chwaith (%2): bydd y cworwm nesaf yn eu dadwneud.</translation>
    </message>
    <message>
        <source>A card can be enrolled only before anyone approves the change.</source>
        <translation>Dim ond cyn i neb gymeradwyo’r newid y gellir cofrestru cerdyn.</translation>
    </message>
    <message>
        <source>The new card needs its holder&apos;s name (field &quot;holder&quot;).</source>
        <translation>Mae angen enw deiliad y cerdyn newydd (maes &quot;holder&quot;).</translation>
    </message>
    <message>
        <source>The new card&apos;s role &quot;%1&quot; is not one of custodian, reviewer, responder, operator.</source>
        <translation>Nid yw rôl y cerdyn newydd, &quot;%1&quot;, yn un o custodian, reviewer, responder, operator.</translation>
    </message>
    <message>
        <source>The card with serial %1 is already in the site register: each card is enrolled once.</source>
        <translation>Mae’r cerdyn â’r rhif cyfresol %1 yng nghofrestr y safle eisoes: cofrestrir pob cerdyn unwaith.</translation>
    </message>
    <message>
        <source>The token with serial %1 is the site&apos;s key token or journal token, not a card.</source>
        <translation>Y tocyn â’r rhif cyfresol %1 yw tocyn allweddi neu docyn cyfnodolyn y safle, nid cerdyn.</translation>
    </message>
    <message>
        <source>A new custodian card changes who holds the shares of the key token&apos;s PINs: this change must re-share them, and this caller cannot. Nothing was changed.</source>
        <translation>Mae cerdyn ceidwad newydd yn newid pwy sydd â chyfrannau PINau’r tocyn allweddi: rhaid i’r newid hwn eu hailrannu, ac ni all y galwr hwn. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot;: %2</source>
        <translation>Cerdyn &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>its key pair does not sign and derive correctly</source>
        <translation>nid yw ei bâr allweddi yn llofnodi ac yn deillio’n gywir</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; cannot be enrolled: it must make an EC P-256 key pair that signs (ECDSA) and derives (ECDH): %2</source>
        <translation>Ni ellir cofrestru’r cerdyn &quot;%1&quot;: rhaid iddo wneud pâr allweddi EC P-256 sy’n llofnodi (ECDSA) ac yn deillio (ECDH): %2</translation>
    </message>
    <message>
        <source>keyslots.json could not follow register version %1: %2</source>
        <translation>Ni allai keyslots.json ddilyn fersiwn %1 o’r gofrestr: %2</translation>
    </message>
    <message>
        <source>Only %1 of the new custodians are custodians today, and k = %2 of them must be: replace custodians a few at a time, so that an interrupted re-share of the key token&apos;s PINs can always be undone. Nothing was changed.</source>
        <translation>Dim ond %1 o’r ceidwaid newydd sy’n geidwaid heddiw, a rhaid i k = %2 ohonynt fod: disodlwch geidwaid ychydig ar y tro, fel y gellir dadwneud ailrannu PINau’r tocyn allweddi a dorrwyd ar ei draws bob amser. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This register version changes who holds the shares of the key token&apos;s PINs, or k, without re-sharing them. Nothing was changed.</source>
        <translation>Mae’r fersiwn hon o’r gofrestr yn newid pwy sydd â chyfrannau PINau’r tocyn allweddi, neu k, heb eu hailrannu. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>a non-empty string, or absent</source>
        <translation>llinyn nad yw’n wag, neu’n absennol</translation>
    </message>
    <message>
        <source>module parameters</source>
        <translation>paramedrau’r modiwl</translation>
    </message>
    <message>
        <source>%1 module</source>
        <translation>modiwl %1</translation>
    </message>
    <message>
        <source>%1 module SHA-256</source>
        <translation>SHA-256 modiwl %1</translation>
    </message>
    <message>
        <source>%1 module parameters</source>
        <translation>paramedrau modiwl %1</translation>
    </message>
    <message>
        <source>%1 URI</source>
        <translation>URI %1</translation>
    </message>
    <message>
        <source>the key token&apos;s SO PIN is now split among the custodians</source>
        <translation>mae PIN SO y tocyn allweddi bellach wedi’i rannu rhwng y ceidwaid</translation>
    </message>
    <message>
        <source>the key token&apos;s SO PIN is no longer split among the custodians</source>
        <translation>nid yw PIN SO y tocyn allweddi wedi’i rannu rhwng y ceidwaid mwyach</translation>
    </message>
    <message>
        <source>it changes whether the key token&apos;s SO PIN is split among the custodians</source>
        <translation>mae’n newid a yw PIN SO y tocyn allweddi wedi’i rannu rhwng y ceidwaid</translation>
    </message>
    <message>
        <source>Whether the key token&apos;s SO PIN is split among the custodians is decided when the site is created, and cannot be changed by a register change.</source>
        <translation>Penderfynir a yw PIN SO y tocyn allweddi wedi’i rannu rhwng y ceidwaid pan grëir y safle, ac ni ellir ei newid drwy newid i’r gofrestr.</translation>
    </message>
    <message>
        <source>The token %1 (&quot;%2&quot;) is not the key token the site register names (%3, &quot;%4&quot;): the quorum&apos;s PIN is not sent to it.</source>
        <translation>Nid y tocyn %1 (&quot;%2&quot;) yw’r tocyn allweddi a enwir gan gofrestr y safle (%3, &quot;%4&quot;): nid anfonir PIN y cworwm ato.</translation>
    </message>
    <message>
        <source>the cards&apos; PKCS#11 module was initialised with the parameters &quot;%1&quot; from workspace.json, but the site register records &quot;%2&quot;</source>
        <translation>cychwynnwyd modiwl PKCS#11 y cardiau gyda’r paramedrau &quot;%1&quot; o workspace.json, ond mae cofrestr y safle’n cofnodi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>workspace.json names a module for a token, but this workspace has no site register to confirm it: it is not loaded.</source>
        <translation>mae workspace.json yn enwi modiwl ar gyfer tocyn, ond nid oes gan y gweithle hwn gofrestr safle i’w gadarnhau: ni chaiff ei lwytho.</translation>
    </message>
    <message>
        <source>Not used: %1.</source>
        <translation>Heb ei ddefnyddio: %1.</translation>
    </message>
    <message>
        <source>The key token&apos;s PKCS#11 module did not load: %1</source>
        <translation>Ni lwythodd modiwl PKCS#11 y tocyn allweddi: %1</translation>
    </message>
    <message>
        <source>The journal token is not present, so checkpoints cannot be signed: %1</source>
        <translation>Nid yw tocyn y cyfnodolyn yn bresennol, felly ni ellir llofnodi pwyntiau gwirio: %1</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>Rhaid i %1 fod yn wrthrych.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a string.</source>
        <translation>%1: rhaid i’r maes &quot;%2&quot; fod yn llinyn.</translation>
    </message>
    <message>
        <source>%1 entry point</source>
        <translation>pwynt mynediad %1</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (expected module, sha256, init_args, token_uri, function_list).</source>
        <translation>%1: maes anhysbys &quot;%2&quot; (disgwylid module, sha256, init_args, token_uri, function_list).</translation>
    </message>
    <message>
        <source>%1: field &quot;function_list&quot; is empty (leave it out for C_GetFunctionList).</source>
        <translation>%1: mae&apos;r maes &quot;function_list&quot; yn wag (gadewch ef allan ar gyfer C_GetFunctionList).</translation>
    </message>
    <message>
        <source>%1: field &quot;function_list&quot; is given without &quot;module&quot;: name the module too.</source>
        <translation>%1: rhoddir y maes &quot;function_list&quot; heb &quot;module&quot;: enwch y modiwl hefyd.</translation>
    </message>
    <message>
        <source>%1 The journal token&apos;s new PIN could not be undone either (%2): the next open settles it.</source>
        <translation>%1 Ni ellid dadwneud PIN newydd tocyn y cyfnodolyn chwaith (%2): bydd yr agoriad nesaf yn ei setlo.</translation>
    </message>
    <message>
        <source>A change of the database key that was interrupted has been completed: keyslots.json now holds the new key.</source>
        <translation>Mae newid i allwedd y gronfa ddata a dorrwyd ar ei draws wedi’i gwblhau: mae keyslots.json bellach yn dal yr allwedd newydd.</translation>
    </message>
    <message>
        <source>The journal token&apos;s PIN could not be settled: %1</source>
        <translation>Ni ellid setlo PIN tocyn y cyfnodolyn: %1</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1</source>
        <translation>Ni ellid newid allwedd y gronfa ddata: %1</translation>
    </message>
    <message>
        <source>register version %1 took a card out</source>
        <translation>tynnodd fersiwn %1 o’r gofrestr gerdyn allan</translation>
    </message>
    <message>
        <source>The register change was made, but the database key was not changed: %1 The next open changes it.</source>
        <translation>Gwnaed y newid i’r gofrestr, ond ni newidiwyd allwedd y gronfa ddata: %1 Bydd yr agoriad nesaf yn ei newid.</translation>
    </message>
    <message>
        <source>Checkpoint #%1 has no trusted timestamp (%2): journal verify --tsa-cert will name the entries it leaves unstamped.</source>
        <translation>Nid oes stamp amser dibynadwy gan bwynt gwirio #%1 (%2): bydd journal verify --tsa-cert yn enwi’r cofnodion y mae hyn yn eu gadael heb stamp amser.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>Ni ellir ailenwi %1 yn %2.</translation>
    </message>
    <message>
        <source>The database key is changed only on a workspace that opens without alarms.</source>
        <translation>Dim ond ar weithle sy’n agor heb larymau y newidir allwedd y gronfa ddata.</translation>
    </message>
    <message>
        <source>The database key was not changed: %1 The old key stays in use.</source>
        <translation>Ni newidiwyd allwedd y gronfa ddata: %1 Mae’r hen allwedd yn parhau i gael ei defnyddio.</translation>
    </message>
    <message>
        <source>%1 The next open completes the key change.</source>
        <translation>%1 Bydd yr agoriad nesaf yn cwblhau newid yr allwedd.</translation>
    </message>
    <message>
        <source>The workspace database did not reopen after its key was changed (%1): close and open the workspace again.</source>
        <translation>Ni ailagorodd cronfa ddata’r gweithle ar ôl newid ei hallwedd (%1): caewch y gweithle a’i agor eto.</translation>
    </message>
    <message>
        <source>register version %1 took a card out, and the key had not changed since</source>
        <translation>tynnodd fersiwn %1 o’r gofrestr gerdyn allan, ac nid oedd yr allwedd wedi newid ers hynny</translation>
    </message>
    <message>
        <source>The journal token&apos;s PIN sealed to card %1 does not open: the seal was altered or damaged.</source>
        <translation>Nid yw PIN tocyn y cyfnodolyn a seliwyd i gerdyn %1 yn agor: newidiwyd y sêl neu fe’i difrodwyd.</translation>
    </message>
    <message>
        <source>Your card holds no seal of the journal token&apos;s PIN, so checkpoints cannot be signed: a card enrolled in a change that could not seal to it. Another card holder&apos;s open seals it to your card.</source>
        <translation>Nid yw eich cerdyn yn dal sêl o PIN tocyn y cyfnodolyn, felly ni ellir llofnodi pwyntiau gwirio: cofrestrwyd y cerdyn mewn newid na allai selio iddo. Bydd agoriad gan ddeiliad cerdyn arall yn ei selio i’ch cerdyn.</translation>
    </message>
    <message>
        <source>The journal token takes none of the %1 PINs sealed to your card: it was changed outside Symbolon. Checkpoints cannot be signed.</source>
        <translation>Nid yw tocyn y cyfnodolyn yn derbyn yr un o’r %1 PIN a seliwyd i’ch cerdyn: fe’i newidiwyd y tu allan i Symbolon. Ni ellir llofnodi pwyntiau gwirio.</translation>
    </message>
    <message>
        <source>Your card holds no seal of the journal token&apos;s PIN.</source>
        <translation>Nid yw eich cerdyn yn dal sêl o PIN tocyn y cyfnodolyn.</translation>
    </message>
    <message>
        <source>The journal token is not open, so its PIN cannot be changed. Nothing was changed.</source>
        <translation>Nid yw tocyn y cyfnodolyn ar agor, felly ni ellir newid ei PIN. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Your card&apos;s pending seal is gone.</source>
        <translation>Mae’r sêl sydd yn yr arfaeth ar eich cerdyn wedi diflannu.</translation>
    </message>
    <message>
        <source>Other connections to the workspace database are open (%1): the database key is changed at the next open, before any.</source>
        <translation>Mae cysylltiadau eraill â chronfa ddata’r gweithle ar agor (%1): newidir allwedd y gronfa ddata yn yr agoriad nesaf, cyn unrhyw un ohonynt.</translation>
    </message>
    <message>
        <source>The database key was changed, but keyslots.json could not take the new keyslots (%1): nobody else can open the workspace until it does.</source>
        <translation>Newidiwyd allwedd y gronfa ddata, ond ni allai keyslots.json gymryd y slotiau allwedd newydd (%1): ni all neb arall agor y gweithle nes iddo wneud.</translation>
    </message>
    <message>
        <source>The database key has not changed since register version %1 took a card out (%2): whoever held that card can still open the database. Remove what stops the change and open the workspace again.</source>
        <translation>Nid yw allwedd y gronfa ddata wedi newid ers i fersiwn %1 o’r gofrestr dynnu cerdyn allan (%2): gall pwy bynnag oedd yn dal y cerdyn hwnnw agor y gronfa ddata o hyd. Tynnwch yr hyn sy’n atal y newid ac agorwch y gweithle eto.</translation>
    </message>
    <message>
        <source>A change of the journal token&apos;s PIN is pending and your card holds no seal of the new PIN: the next open by a card holder who does settles it.</source>
        <translation>Mae newid i PIN tocyn y cyfnodolyn yn yr arfaeth ac nid oes gan eich cerdyn sêl o’r PIN newydd: bydd yr agoriad nesaf gan ddeiliad cerdyn sydd â hi yn ei setlo.</translation>
    </message>
    <message>
        <source>An earlier change of the journal token&apos;s PIN is still pending: open the workspace again (the open settles it), then make this change. Nothing was changed.</source>
        <translation>Mae newid cynharach i PIN tocyn y cyfnodolyn yn yr arfaeth o hyd: agorwch y gweithle eto (mae’r agoriad yn ei setlo), yna gwnewch y newid hwn. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Changing the journal token&apos;s PIN failed: %1 Nothing was changed here; the next open asks the token which PIN it takes.</source>
        <translation>Methodd newid PIN tocyn y cyfnodolyn: %1 Ni newidiwyd dim yma; mae’r agoriad nesaf yn gofyn i’r tocyn pa PIN y mae’n ei dderbyn.</translation>
    </message>
    <message>
        <source>card %1: state &quot;%2&quot; is not one of active, retired, replaced, revoked.</source>
        <translation>cerdyn %1: nid yw’r cyflwr &quot;%2&quot; yn un o active, retired, replaced, revoked.</translation>
    </message>
    <message>
        <source>Card %1 of %2 left the site (%3) and cannot come back: enrol a new card for them. Nothing was changed.</source>
        <translation>Mae cerdyn %1 sy’n perthyn i %2 wedi gadael y safle (%3) ac ni all ddod yn ôl: cofrestrwch gerdyn newydd ar eu cyfer. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <source>%1 already holds a card as %2: one person has one role. Enrol this card as %2, or change their role first. Nothing was changed.</source>
        <translation>Mae gan %1 gerdyn fel %2 eisoes: un rôl sydd gan bob person. Cofrestrwch y cerdyn hwn fel %2, neu newidiwch ei rôl yn gyntaf. Ni newidiwyd dim.</translation>
    </message>
</context>
</TS>
