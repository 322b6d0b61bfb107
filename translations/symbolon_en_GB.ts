<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter the path of the PKCS#11 module (for SoftHSM2: %1).</source>
        <translation>Enter the path of the PKCS#11 module (for SoftHSM2: %1).</translation>
    </message>
    <message>
        <source>The PKCS#11 module path must be absolute (start with /).</source>
        <translation>The PKCS#11 module path must be absolute (start with /).</translation>
    </message>
    <message>
        <source>There is no file at %1: install the module or correct the path.</source>
        <translation>There is no file at %1: install the module or correct the path.</translation>
    </message>
    <message>
        <source>%1 is not a readable file: choose the module&apos;s .so file.</source>
        <translation>%1 is not a readable file: choose the module&apos;s .so file.</translation>
    </message>
    <message>
        <source>The collector&apos;s host name cannot contain spaces.</source>
        <translation>The collector&apos;s host name cannot contain spaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>&quot;%1&quot; is not an IPv6 address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (four numbers 0–255).</source>
        <translation>&quot;%1&quot; is not an IPv4 address (four numbers 0–255).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: use letters, digits, hyphens and dots (e.g. siem.example.net).</source>
        <translation>&quot;%1&quot; is not a host name: use letters, digits, hyphens and dots (e.g. siem.example.net).</translation>
    </message>
    <message>
        <source>The collector port must be between 1 and 65535.</source>
        <translation>The collector port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>TLS is available only with RELP: turn RELP on or TLS off.</source>
        <translation>TLS is available only with RELP: turn RELP on or TLS off.</translation>
    </message>
    <message>
        <source>The language must be the system&apos;s, English (UK) or Cymraeg.</source>
        <translation>The language must be the system&apos;s, English (UK) or Cymraeg.</translation>
    </message>
    <message>
        <source>The quorum timeout must be between %1 and %2 minutes.</source>
        <translation>The quorum timeout must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <source>The time-stamping authority&apos;s address must be an http:// URL with a host name (its answers are signed, so TLS is not needed).</source>
        <translation>The time-stamping authority&apos;s address must be an http:// URL with a host name (its answers are signed, so TLS is not needed).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>this needs --card-serial and --pin-env</source>
        <translation>this needs --card-serial and --pin-env</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>the environment variable %1 is not set</translation>
    </message>
    <message>
        <source>Custodian console for SMETS1 DLMS symmetric keys</source>
        <translation>Custodian console for SMETS1 DLMS symmetric keys</translation>
    </message>
    <message>
        <source>The workspace folder (default: ./demo).</source>
        <translation>The workspace folder (default: ./demo).</translation>
    </message>
    <message>
        <source>Render a view to a PNG file and exit.</source>
        <translation>Render a view to a PNG file and exit.</translation>
    </message>
    <message>
        <source>Open with this card (by serial).</source>
        <translation>Open with this card (by serial).</translation>
    </message>
    <message>
        <source>Read the card PIN from this environment variable (then unset it).</source>
        <translation>Read the card PIN from this environment variable (then unset it).</translation>
    </message>
    <message>
        <source>Write an evidence pack with its PDF report to OUT (a new folder) and exit.</source>
        <translation>Write an evidence pack with its PDF report to OUT (a new folder) and exit.</translation>
    </message>
    <message>
        <source>no workspace: pass --workspace DIR</source>
        <translation>no workspace: pass --workspace DIR</translation>
    </message>
    <message>
        <source>The language: en_GB or cy (default: as set in Settings, else the system&apos;s).</source>
        <translation>The language: en_GB or cy (default: as set in Settings, else the system&apos;s).</translation>
    </message>
    <message>
        <source>--view must be %1, open, settings or site-setup</source>
        <translation>--view must be %1, open, settings or site-setup</translation>
    </message>
    <message>
        <source>The view: %1, open (the Open dialog), settings (the Settings dialog) or site-setup (every page of the Site Setup wizard, with a sample site).</source>
        <translation>The view: %1, open (the Open dialog), settings (the Settings dialog) or site-setup (every page of the Site Setup wizard, with a sample site).</translation>
    </message>
    <message>
        <source>With --screenshot --view site-setup: the window&apos;s size, WIDTHxHEIGHT (FILE may hold {page}, replaced by each page&apos;s name).</source>
        <translation>With --screenshot --view site-setup: the window&apos;s size, WIDTHxHEIGHT (FILE may hold {page}, replaced by each page&apos;s name).</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, for example 1024x700</source>
        <translation>--size must be WIDTHxHEIGHT, for example 1024x700</translation>
    </message>
    <message>
        <source>Open a Symbolon workspace folder, or an empty folder for a new site</source>
        <translation>Open a Symbolon workspace folder, or an empty folder for a new site</translation>
    </message>
</context>
<context>
    <name>symbolon::audit</name>
    <message>
        <source>expected seq, time, actor, role, action, target, details_json, prev_hash (64 hex) and hash (64 hex)</source>
        <translation>expected seq, time, actor, role, action, target, details_json, prev_hash (64 hex) and hash (64 hex)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Symbolon evidence pack&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Symbolon evidence pack&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Workspace &lt;b&gt;%1&lt;/b&gt; (%2 profile). Journal entries #%3 to #%4 (%5 entries), exported %6 by %7.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Workspace &lt;b&gt;%1&lt;/b&gt; (%2 profile). Journal entries #%3 to #%4 (%5 entries), exported %6 by %7.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Verification at export&lt;/h2&gt;&lt;p class=&quot;%1&quot;&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Verification at export&lt;/h2&gt;&lt;p class=&quot;%1&quot;&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Entries by action&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;action&lt;/th&gt;&lt;th&gt;entries&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Entries by action&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;action&lt;/th&gt;&lt;th&gt;entries&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ceremonies, quorum sessions, imports and re-keys&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;time (UTC)&lt;/th&gt;&lt;th&gt;action&lt;/th&gt;&lt;th&gt;actor&lt;/th&gt;&lt;th&gt;target&lt;/th&gt;&lt;th&gt;approvals and details&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Ceremonies, quorum sessions, imports and re-keys&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;#&lt;/th&gt;&lt;th&gt;time (UTC)&lt;/th&gt;&lt;th&gt;action&lt;/th&gt;&lt;th&gt;actor&lt;/th&gt;&lt;th&gt;target&lt;/th&gt;&lt;th&gt;approvals and details&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, card %3, key %4…)&lt;br&gt;</source>
        <translation>%1 (%2, card %3, key %4…)&lt;br&gt;</translation>
    </message>
    <message>
        <source>outcome: %1&lt;br&gt;</source>
        <translation>outcome: %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>PMA instruction: %1&lt;br&gt;</source>
        <translation>PMA instruction: %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Reference: %1&lt;br&gt;</source>
        <translation>Reference: %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: choose a new folder.</source>
        <translation>%1 exists and is not empty: choose a new folder.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The range #%1 to #%2 holds no entries.</source>
        <translation>The range #%1 to #%2 holds no entries.</translation>
    </message>
    <message>
        <source>The journal signing key could not be copied into the pack.</source>
        <translation>The journal signing key could not be copied into the pack.</translation>
    </message>
    <message>
        <source>The extra file &quot;%1&quot; is not a new file inside the pack.</source>
        <translation>The extra file &quot;%1&quot; is not a new file inside the pack.</translation>
    </message>
    <message>
        <source>%1 cannot be read: is this an evidence pack?</source>
        <translation>%1 cannot be read: is this an evidence pack?</translation>
    </message>
    <message>
        <source>manifest.json, line %1: %2.</source>
        <translation>manifest.json, line %1: %2.</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1 near byte %2): the pack is damaged or truncated.</source>
        <translation>manifest.json is not a JSON object (%1 near byte %2): the pack is damaged or truncated.</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>another JSON value</translation>
    </message>
    <message>
        <source>manifest.json: field &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>manifest.json: field &quot;format&quot; must be &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>manifest.json names a file outside the pack: %1</source>
        <translation>manifest.json names a file outside the pack: %1</translation>
    </message>
    <message>
        <source>%1 does not match the SHA-256 in manifest.json: the file was changed or is missing.</source>
        <translation>%1 does not match the SHA-256 in manifest.json: the file was changed or is missing.</translation>
    </message>
    <message>
        <source>The pack&apos;s journal-signing-key.pem is missing or not a PEM public key.</source>
        <translation>The pack&apos;s journal-signing-key.pem is missing or not a PEM public key.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>journal.jsonl, line %1: %2</source>
        <translation>journal.jsonl, line %1: %2</translation>
    </message>
    <message>
        <source>the manifest promises %1 entries but journal.jsonl holds %2</source>
        <translation>the manifest promises %1 entries but journal.jsonl holds %2</translation>
    </message>
    <message>
        <source>entry #1 is &quot;%1&quot;, not the workspace&apos;s creation entry that records its journal key: this is not a whole journal.</source>
        <translation>entry #1 is &quot;%1&quot;, not the workspace&apos;s creation entry that records its journal key: this is not a whole journal.</translation>
    </message>
    <message>
        <source>entry #1 records the journal signing key %1, but the checkpoints are signed by key %2: this pack was not signed with the workspace&apos;s own journal key.</source>
        <translation>entry #1 records the journal signing key %1, but the checkpoints are signed by key %2: this pack was not signed with the workspace&apos;s own journal key.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>manifest.json records the journal signing key %1, but the checkpoints are signed by key %2 (entry #1, which records the workspace&apos;s key, is not in this pack).</source>
        <translation>manifest.json records the journal signing key %1, but the checkpoints are signed by key %2 (entry #1, which records the workspace&apos;s key, is not in this pack).</translation>
    </message>
    <message>
        <source>%1 does not verify, so it cannot anchor %2: %3</source>
        <translation>%1 does not verify, so it cannot anchor %2: %3</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>%1 does not verify: %2</translation>
    </message>
    <message>
        <source>%1 is signed by journal key %2 but %3 by key %4: they are not the same workspace&apos;s journal.</source>
        <translation>%1 is signed by journal key %2 but %3 by key %4: they are not the same workspace&apos;s journal.</translation>
    </message>
    <message>
        <source>%1 does not hold entry #%2, the newest entry of %3 (hash %4): it holds #%5 to #%6, so it cannot show that the journal still contains it.</source>
        <translation>%1 does not hold entry #%2, the newest entry of %3 (hash %4): it holds #%5 to #%6, so it cannot show that the journal still contains it.</translation>
    </message>
    <message>
        <source>Entry #%1 was rewritten: %2 holds it with hash %3, but %4 holds it with hash %5. The journal changed after %2 was exported.</source>
        <translation>Entry #%1 was rewritten: %2 holds it with hash %3, but %4 holds it with hash %5. The journal changed after %2 was exported.</translation>
    </message>
    <message>
        <source>%1 lacks the checkpoint of entry #%2 signed at %3 that %4 holds: the checkpoints were replaced after %4 was exported.</source>
        <translation>%1 lacks the checkpoint of entry #%2 signed at %3 that %4 holds: the checkpoints were replaced after %4 was exported.</translation>
    </message>
    <message>
        <source>cards.json, line %1: %2.</source>
        <translation>cards.json, line %1: %2.</translation>
    </message>
    <message>
        <source>cards.json is missing or not a JSON object: the pack is damaged.</source>
        <translation>cards.json is missing or not a JSON object: the pack is damaged.</translation>
    </message>
    <message>
        <source>%1 UTC, journal entry #%2</source>
        <translation>%1 UTC, journal entry #%2</translation>
    </message>
    <message numerus="yes">
        <source>planned for %n device(s), not run yet</source>
        <translation>
            <numerusform>planned for %n device, not run yet</numerusform>
            <numerusform>planned for %n devices, not run yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped with %n device(s) still to re-key: resume it</source>
        <translation>
            <numerusform>stopped with %n device still to re-key: resume it</numerusform>
            <numerusform>stopped with %n devices still to re-key: resume it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>batch not yet issued for %n device(s)</source>
        <translation>
            <numerusform>batch not yet issued for %n device</numerusform>
            <numerusform>batch not yet issued for %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>confirmations outstanding for %n device(s)</source>
        <translation>
            <numerusform>confirmations outstanding for %n device</numerusform>
            <numerusform>confirmations outstanding for %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) failed</source>
        <translation>
            <numerusform>%n device failed</numerusform>
            <numerusform>%n devices failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-key run %1: %2</source>
        <translation>Re-key run %1: %2</translation>
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
        <translation>KEKs generated (%1)</translation>
    </message>
    <message>
        <source>KEKs not generated yet</source>
        <translation>KEKs not generated yet</translation>
    </message>
    <message>
        <source>Transport Key entered (%1)</source>
        <translation>Transport Key entered (%1)</translation>
    </message>
    <message>
        <source>No Transport Key entered yet</source>
        <translation>No Transport Key entered yet</translation>
    </message>
    <message>
        <source>Shared Key exported (%1)</source>
        <translation>Shared Key exported (%1)</translation>
    </message>
    <message>
        <source>Shared Key imported (%1)</source>
        <translation>Shared Key imported (%1)</translation>
    </message>
    <message>
        <source>No device came with migration keys</source>
        <translation>No device came with migration keys</translation>
    </message>
    <message>
        <source>Keys migrated: %1 of %2 devices</source>
        <translation>Keys migrated: %1 of %2 devices</translation>
    </message>
    <message numerus="yes">
        <source>Every re-key run is closed (%n run(s))</source>
        <translation>
            <numerusform>Every re-key run is closed (%n run)</numerusform>
            <numerusform>Every re-key run is closed (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: generate the KEKs (Ceremonies ▸ Generate KEKs), under a quorum of custodians.</source>
        <translation>Next: generate the KEKs (Ceremonies ▸ Generate KEKs), under a quorum of custodians.</translation>
    </message>
    <message>
        <source>Next: enter the Transport Key from its components (Ceremonies ▸ Transport Key from components).</source>
        <translation>Next: enter the Transport Key from its components (Ceremonies ▸ Transport Key from components).</translation>
    </message>
    <message>
        <source>Next: import the inventory with its migration key columns (File ▸ Import inventory).</source>
        <translation>Next: import the inventory with its migration key columns (File ▸ Import inventory).</translation>
    </message>
    <message numerus="yes">
        <source>Next: migrate the keys of %n device(s) (Ceremonies ▸ Migration unwrap).</source>
        <translation>
            <numerusform>Next: migrate the keys of %n device (Ceremonies ▸ Migration unwrap).</numerusform>
            <numerusform>Next: migrate the keys of %n devices (Ceremonies ▸ Migration unwrap).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: run re-key run %1 under a quorum (Re-key ▸ Re-key runs…, then Resume).</source>
        <translation>Next: run re-key run %1 under a quorum (Re-key ▸ Re-key runs…, then Resume).</translation>
    </message>
    <message>
        <source>Next: issue re-key run %1&apos;s instruction batch to the DCO (Re-key ▸ Re-key runs…, Export batch).</source>
        <translation>Next: issue re-key run %1&apos;s instruction batch to the DCO (Re-key ▸ Re-key runs…, Export batch).</translation>
    </message>
    <message>
        <source>Next: import the DCO&apos;s confirmations for re-key run %1 (Re-key ▸ Import DCO confirmations…).</source>
        <translation>Next: import the DCO&apos;s confirmations for re-key run %1 (Re-key ▸ Import DCO confirmations…).</translation>
    </message>
    <message>
        <source>Nothing is outstanding: the ceremonies are done, the keys migrated, and no re-key run has work left.</source>
        <translation>Nothing is outstanding: the ceremonies are done, the keys migrated, and no re-key run has work left.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check this pack yourself, with no workspace or token: &lt;code&gt;symbolon-cli journal verify --evidence-pack DIR --public-key EXPECTED.pem --cards EXPECTED-cards.json&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Check this pack yourself, with no workspace or token: &lt;code&gt;symbolon-cli journal verify --evidence-pack DIR --public-key EXPECTED.pem --cards EXPECTED-cards.json&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The workspace&apos;s journal signing key is not available, so the evidence pack in %1 cannot be checked against it.</source>
        <translation>The workspace&apos;s journal signing key is not available, so the evidence pack in %1 cannot be checked against it.</translation>
    </message>
    <message>
        <source>The workspace&apos;s journal</source>
        <translation>The workspace&apos;s journal</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be %3.</source>
        <translation>%1: field &quot;%2&quot; must be %3.</translation>
    </message>
    <message>
        <source>The pinned card list %1 cannot be read (%2): give the cards.json of an evidence pack you trust, or the file journal export-cards wrote.</source>
        <translation>The pinned card list %1 cannot be read (%2): give the cards.json of an evidence pack you trust, or the file journal export-cards wrote.</translation>
    </message>
    <message>
        <source>The pinned card list %1 is larger than 4 MiB: it is not a card list.</source>
        <translation>The pinned card list %1 is larger than 4 MiB: it is not a card list.</translation>
    </message>
    <message>
        <source>%1, line %2: not JSON (%3).</source>
        <translation>%1, line %2: not JSON (%3).</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, line %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: it is not a card list.</source>
        <translation>%1 is not a JSON object: it is not a card list.</translation>
    </message>
    <message>
        <source>absent (a card list has format, card_signatures_required and cards)</source>
        <translation>absent (a card list has format, card_signatures_required and cards)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>absent (a card has fingerprint, public_key and actors)</source>
        <translation>absent (a card has fingerprint, public_key and actors)</translation>
    </message>
    <message>
        <source>an EC P-256 public key (SubjectPublicKeyInfo DER, base64)</source>
        <translation>an EC P-256 public key (SubjectPublicKeyInfo DER, base64)</translation>
    </message>
    <message>
        <source>the SHA-256 of public_key (lowercase hex)</source>
        <translation>the SHA-256 of public_key (lowercase hex)</translation>
    </message>
    <message>
        <source>a card not listed before (it repeats %1)</source>
        <translation>a card not listed before (it repeats %1)</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>a list of names</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>a name</translation>
    </message>
    <message>
        <source>its first co-signature is on the checkpoint of entry #%1</source>
        <translation>its first co-signature is on the checkpoint of entry #%1</translation>
    </message>
    <message>
        <source>it co-signs no checkpoint in this pack</source>
        <translation>it co-signs no checkpoint in this pack</translation>
    </message>
    <message>
        <source>the pack&apos;s cards.json lists card %1 (%2), which is not in the pinned card list %3: %4. The pack&apos;s card list was changed, or the card was enrolled after the pinned list was made.</source>
        <translation>the pack&apos;s cards.json lists card %1 (%2), which is not in the pinned card list %3: %4. The pack&apos;s card list was changed, or the card was enrolled after the pinned list was made.</translation>
    </message>
    <message>
        <source>the pack&apos;s cards.json gives card %1 another public key than the pinned card list %2: %3.</source>
        <translation>the pack&apos;s cards.json gives card %1 another public key than the pinned card list %2: %3.</translation>
    </message>
    <message>
        <source>the pack&apos;s cards.json says card %1 goes by &quot;%2&quot;, but the pinned card list %3 names it only %4: %5. The pack&apos;s card list was changed so that this card counts for another person&apos;s entries.</source>
        <translation>the pack&apos;s cards.json says card %1 goes by &quot;%2&quot;, but the pinned card list %3 names it only %4: %5. The pack&apos;s card list was changed so that this card counts for another person&apos;s entries.</translation>
    </message>
    <message>
        <source>the checkpoint of entry #%1 is co-signed by card %2, which is not in the pinned card list %3.</source>
        <translation>the checkpoint of entry #%1 is co-signed by card %2, which is not in the pinned card list %3.</translation>
    </message>
    <message>
        <source>the workspace&apos;s site register</source>
        <translation>the workspace&apos;s site register</translation>
    </message>
    <message>
        <source>The site register is not trusted (%1): its card list cannot be pinned.</source>
        <translation>The site register is not trusted (%1): its card list cannot be pinned.</translation>
    </message>
    <message>
        <source>%1 exists: choose a new file (a pinned card list is never overwritten).</source>
        <translation>%1 exists: choose a new file (a pinned card list is never overwritten).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signers by span&lt;/h2&gt;&lt;p&gt;Each checkpoint is signed by the journal signing key and co-signed by the card of the person whose session made it: a card&apos;s signature covers the entries since the checkpoint before it (and, through the chain, every earlier entry).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;entries&lt;/th&gt;&lt;th&gt;holder&lt;/th&gt;&lt;th&gt;role&lt;/th&gt;&lt;th&gt;card serial&lt;/th&gt;&lt;th&gt;card key fingerprint (SHA-256)&lt;/th&gt;&lt;th&gt;last signed (UTC)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Signers by span&lt;/h2&gt;&lt;p&gt;Each checkpoint is signed by the journal signing key and co-signed by the card of the person whose session made it: a card&apos;s signature covers the entries since the checkpoint before it (and, through the chain, every earlier entry).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;entries&lt;/th&gt;&lt;th&gt;holder&lt;/th&gt;&lt;th&gt;role&lt;/th&gt;&lt;th&gt;card serial&lt;/th&gt;&lt;th&gt;card key fingerprint (SHA-256)&lt;/th&gt;&lt;th&gt;last signed (UTC)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>no card co-signed (journal signing key only)</source>
        <translation>no card co-signed (journal signing key only)</translation>
    </message>
    <message>
        <source>a card the site register does not list</source>
        <translation>a card the site register does not list</translation>
    </message>
    <message>
        <source>no checkpoint in this pack covers these entries yet</source>
        <translation>no checkpoint in this pack covers these entries yet</translation>
    </message>
</context>
<context>
    <name>symbolon::ceremony</name>
    <message>
        <source>Generate the DCO Key and the Shared Key</source>
        <translation>Generate the DCO Key and the Shared Key</translation>
    </message>
    <message>
        <source>Transport Key from clear components</source>
        <translation>Transport Key from clear components</translation>
    </message>
    <message>
        <source>Export the Shared Key to an S1SP</source>
        <translation>Export the Shared Key to an S1SP</translation>
    </message>
    <message>
        <source>Import a Shared Key package</source>
        <translation>Import a Shared Key package</translation>
    </message>
    <message>
        <source>Migration unwrap of device keys</source>
        <translation>Migration unwrap of device keys</translation>
    </message>
    <message>
        <source>%1 and %2: AES-128 token objects generated inside the HSM; the DCO Key sensitive and never extractable; the Shared Key sensitive, extractable only wrapped</source>
        <translation>%1 and %2: AES-128 token objects generated inside the HSM; the DCO Key sensitive and never extractable; the Shared Key sensitive, extractable only wrapped</translation>
    </message>
    <message>
        <source>CMAC-5B and ECB-3B of each, computed inside the HSM</source>
        <translation>CMAC-5B and ECB-3B of each, computed inside the HSM</translation>
    </message>
    <message>
        <source>either key already exists (nothing is changed)</source>
        <translation>either key already exists (nothing is changed)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: AES-128 token object, the XOR of %2 clear components typed by different custodians</source>
        <translation>&quot;%1&quot;: AES-128 token object, the XOR of %2 clear components typed by different custodians</translation>
    </message>
    <message>
        <source>CMAC-5B of each component and of the Transport Key</source>
        <translation>CMAC-5B of each component and of the Transport Key</translation>
    </message>
    <message>
        <source>%1, RFC 3394-wrapped under &quot;%2&quot;, in a key package signed by the journal signing key</source>
        <translation>%1, RFC 3394-wrapped under &quot;%2&quot;, in a key package signed by the journal signing key</translation>
    </message>
    <message>
        <source>%1 from the verified package %2 (stated KCV %3), unwrapped under &quot;%4&quot; as a token object</source>
        <translation>%1 from the verified package %2 (stated KCV %3), unwrapped under &quot;%4&quot; as a token object</translation>
    </message>
    <message>
        <source>the Transport Key named in the package</source>
        <translation>the Transport Key named in the package</translation>
    </message>
    <message>
        <source>every device&apos;s migration MK, AK and GUEK (RFC 3394 under &quot;%1&quot;) inside the HSM</source>
        <translation>every device&apos;s migration MK, AK and GUEK (RFC 3394 under &quot;%1&quot;) inside the HSM</translation>
    </message>
    <message>
        <source>MK and AK under the DCO Key, GUEK under the Shared Key</source>
        <translation>MK and AK under the DCO Key, GUEK under the Shared Key</translation>
    </message>
    <message>
        <source>all or nothing per chunk; resumable</source>
        <translation>all or nothing per chunk; resumable</translation>
    </message>
    <message>
        <source>Ceremony: %1 (%2 profile)
</source>
        <translation>Ceremony: %1 (%2 profile)
</translation>
    </message>
    <message>
        <source>Run by: %1 (%2)
</source>
        <translation>Run by: %1 (%2)
</translation>
    </message>
    <message>
        <source>Approved by: %1
</source>
        <translation>Approved by: %1
</translation>
    </message>
    <message>
        <source>Started: %1  Finished: %2
</source>
        <translation>Started: %1  Finished: %2
</translation>
    </message>
    <message>
        <source>Path: %1
</source>
        <translation>Path: %1
</translation>
    </message>
    <message>
        <source>FALLBACK (not for live keys): %1
</source>
        <translation>FALLBACK (not for live keys): %1
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Note: %1
</translation>
    </message>
    <message>
        <source>Cancelled before completion; everything reported above was committed.
</source>
        <translation>Cancelled before completion; everything reported above was committed.
</translation>
    </message>
    <message>
        <source>The key token already holds &quot;%1&quot;: KEKs are generated once. Nothing was changed.</source>
        <translation>The key token already holds &quot;%1&quot;: KEKs are generated once. Nothing was changed.</translation>
    </message>
    <message>
        <source>Development profile: the Shared Key may be wrapped under any wrapping key (CKA_WRAP_WITH_TRUSTED false), because no user can mark a Transport Key trusted; both KEKs may decrypt (CKA_DECRYPT) for the clear-key unpackaging fallback. Not for live keys.</source>
        <translation>Development profile: the Shared Key may be wrapped under any wrapping key (CKA_WRAP_WITH_TRUSTED false), because no user can mark a Transport Key trusted; both KEKs may decrypt (CKA_DECRYPT) for the clear-key unpackaging fallback. Not for live keys.</translation>
    </message>
    <message>
        <source>The key package is not complete JSON (truncated or damaged near byte %1: %2). Ask the sender for the file again.</source>
        <translation>The key package is not complete JSON (truncated or damaged near byte %1: %2). Ask the sender for the file again.</translation>
    </message>
    <message>
        <source>This file is not a Symbolon key package (field &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>This file is not a Symbolon key package (field &quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The key package has version %1; this Symbolon reads version %2 only.</source>
        <translation>The key package has version %1; this Symbolon reads version %2 only.</translation>
    </message>
    <message>
        <source>The key package lacks the field &quot;%1&quot; (or it is empty).</source>
        <translation>The key package lacks the field &quot;%1&quot; (or it is empty).</translation>
    </message>
    <message>
        <source>The key package uses wrapping &quot;%1&quot;; only &quot;RFC 3394&quot; is accepted.</source>
        <translation>The key package uses wrapping &quot;%1&quot;; only &quot;RFC 3394&quot; is accepted.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;wrapped_key&quot; must be 48 hexadecimal digits (an RFC 3394-wrapped AES-128 key); it has %1 characters.</source>
        <translation>The key package&apos;s &quot;wrapped_key&quot; must be 48 hexadecimal digits (an RFC 3394-wrapped AES-128 key); it has %1 characters.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;created_at&quot; is not an ISO 8601 time.</source>
        <translation>The key package&apos;s &quot;created_at&quot; is not an ISO 8601 time.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;signature&quot; is not base64.</source>
        <translation>The key package&apos;s &quot;signature&quot; is not base64.</translation>
    </message>
    <message>
        <source>The key package was signed by an unknown key (fingerprint %1…); the expected signer is %2…. Refused: confirm the sender&apos;s journal signing key out of band.</source>
        <translation>The key package was signed by an unknown key (fingerprint %1…); the expected signer is %2…. Refused: confirm the sender&apos;s journal signing key out of band.</translation>
    </message>
    <message>
        <source>The key package&apos;s signature does not verify: the package was altered after signing. Refused.</source>
        <translation>The key package&apos;s signature does not verify: the package was altered after signing. Refused.</translation>
    </message>
    <message>
        <source>The public key file is not a PEM &quot;PUBLIC KEY&quot;.</source>
        <translation>The public key file is not a PEM &quot;PUBLIC KEY&quot;.</translation>
    </message>
    <message>
        <source>The public key file does not hold an EC P-256 public key.</source>
        <translation>The public key file does not hold an EC P-256 public key.</translation>
    </message>
    <message>
        <source>device %1, %2 of client %3</source>
        <translation>device %1, %2 of client %3</translation>
    </message>
    <message>
        <source>device %1, %2</source>
        <translation>device %1, %2</translation>
    </message>
    <message>
        <source>The chunk size must be at least 1.</source>
        <translation>The chunk size must be at least 1.</translation>
    </message>
    <message>
        <source>Transport Key</source>
        <translation>Transport Key</translation>
    </message>
    <message>
        <source>Device %1: the migration keys have the wrong sizes (MK %2, AK %3, GUEK %4 bytes; expected 24, 96, 96).</source>
        <translation>Device %1: the migration keys have the wrong sizes (MK %2, AK %3, GUEK %4 bytes; expected 24, 96, 96).</translation>
    </message>
    <message>
        <source>%1 (%2), card &quot;%3&quot; serial %4, share %5, at %6</source>
        <translation>%1 (%2), card &quot;%3&quot; serial %4, share %5, at %6</translation>
    </message>
    <message>
        <source>The key check value &quot;%1&quot; does not name its method (CMAC-5B or ECB-3B).</source>
        <translation>The key check value &quot;%1&quot; does not name its method (CMAC-5B or ECB-3B).</translation>
    </message>
    <message>
        <source> The Shared Key may only be wrapped under a Transport Key the HSM&apos;s security officer has marked trusted (CKA_TRUSTED).</source>
        <translation> The Shared Key may only be wrapped under a Transport Key the HSM&apos;s security officer has marked trusted (CKA_TRUSTED).</translation>
    </message>
    <message>
        <source>The key package carries a &quot;%1&quot;, not a Shared Key: refused.</source>
        <translation>The key package carries a &quot;%1&quot;, not a Shared Key: refused.</translation>
    </message>
    <message>
        <source>Wrong Transport Key: the package was wrapped under a key with %1, but &quot;%2&quot; on this token has %3. Build the Transport Key from the components agreed with the sender.</source>
        <translation>Wrong Transport Key: the package was wrapped under a key with %1, but &quot;%2&quot; on this token has %3. Build the Transport Key from the components agreed with the sender.</translation>
    </message>
    <message>
        <source>The unwrapped key has %1, but the package says %2: refused and removed.</source>
        <translation>The unwrapped key has %1, but the package says %2: refused and removed.</translation>
    </message>
    <message>
        <source>Component %1: character %2 is not a hexadecimal digit (0-9, A-F). Expected exactly 32 hexadecimal digits.</source>
        <translation>Component %1: character %2 is not a hexadecimal digit (0-9, A-F). Expected exactly 32 hexadecimal digits.</translation>
    </message>
    <message>
        <source>Component %1: %2 hexadecimal digits were entered; expected exactly 32 (16 bytes).</source>
        <translation>Component %1: %2 hexadecimal digits were entered; expected exactly 32 (16 bytes).</translation>
    </message>
    <message>
        <source>Component %1 is all zeros: that is no secret. Enter the component from its sealed envelope.</source>
        <translation>Component %1 is all zeros: that is no secret. Enter the component from its sealed envelope.</translation>
    </message>
    <message>
        <source>A Transport Key is built from 2 or 3 components; %1 were entered.</source>
        <translation>A Transport Key is built from 2 or 3 components; %1 were entered.</translation>
    </message>
    <message>
        <source>Component %1 is the same as component %2: each custodian must enter their own component.</source>
        <translation>Component %1 is the same as component %2: each custodian must enter their own component.</translation>
    </message>
    <message>
        <source>The key token already holds &quot;%1&quot;: choose another label. Nothing was changed.</source>
        <translation>The key token already holds &quot;%1&quot;: choose another label. Nothing was changed.</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Component %1</translation>
    </message>
    <message>
        <source>Re-key run %1</source>
        <translation>Re-key run %1</translation>
    </message>
    <message>
        <source>new keys inside the HSM per device, RFC 3394-wrapped under the device&apos;s current MK for the DCO&apos;s global_key_transfer, packaged under the DCO Key (AK, MK) or the Shared Key (GUEK)</source>
        <translation>new keys inside the HSM per device, RFC 3394-wrapped under the device&apos;s current MK for the DCO&apos;s global_key_transfer, packaged under the DCO Key (AK, MK) or the Shared Key (GUEK)</translation>
    </message>
    <message>
        <source>all or nothing per chunk; resumable; instructions only from committed chunks</source>
        <translation>all or nothing per chunk; resumable; instructions only from committed chunks</translation>
    </message>
    <message>
        <source>This file is JSON but not a Symbolon key package (a key package is one JSON object).</source>
        <translation>This file is JSON but not a Symbolon key package (a key package is one JSON object).</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;version&quot; must be a number; this Symbolon reads version %1.</source>
        <translation>The key package&apos;s &quot;version&quot; must be a number; this Symbolon reads version %1.</translation>
    </message>
    <message>
        <source>The key package lacks the field &quot;approvals&quot; (a list of the quorum&apos;s approvals).</source>
        <translation>The key package lacks the field &quot;approvals&quot; (a list of the quorum&apos;s approvals).</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;wrapped_key&quot; has a character that is not a hexadecimal digit at position %1; expected 48 hexadecimal digits (an RFC 3394-wrapped AES-128 key).</source>
        <translation>The key package&apos;s &quot;wrapped_key&quot; has a character that is not a hexadecimal digit at position %1; expected 48 hexadecimal digits (an RFC 3394-wrapped AES-128 key).</translation>
    </message>
    <message>
        <source>The ceremony completed and is recorded in the journal (entry #%1), but the journal head could not be signed: %2. Nothing needs to be repeated: the next operation on this workspace signs the head.</source>
        <translation>The ceremony completed and is recorded in the journal (entry #%1), but the journal head could not be signed: %2. Nothing needs to be repeated: the next operation on this workspace signs the head.</translation>
    </message>
    <message>
        <source>The key package is %1 bytes long; a key package is at most %2 bytes. Ask the sender for the file again.</source>
        <translation>The key package is %1 bytes long; a key package is at most %2 bytes. Ask the sender for the file again.</translation>
    </message>
    <message>
        <source>The key package is refused: %1.</source>
        <translation>The key package is refused: %1.</translation>
    </message>
    <message>
        <source>The key package has a field &quot;%1&quot; that the format does not have; its signature would not cover it, so the package is refused.</source>
        <translation>The key package has a field &quot;%1&quot; that the format does not have; its signature would not cover it, so the package is refused.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;approvals&quot; must list the approvals as text.</source>
        <translation>The key package&apos;s &quot;approvals&quot; must list the approvals as text.</translation>
    </message>
    <message>
        <source>The KEKs were generated at %1 (journal entry #%2): they are generated once. No quorum was convened.</source>
        <translation>The KEKs were generated at %1 (journal entry #%2): they are generated once. No quorum was convened.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Key package written to %1; the signer&apos;s public key to %1.signer.pem (send it by another channel).</source>
        <translation>Key package written to %1; the signer&apos;s public key to %1.signer.pem (send it by another channel).</translation>
    </message>
    <message>
        <source>The migration ceremony was started without its workspace.</source>
        <translation>The migration ceremony was started without its workspace.</translation>
    </message>
    <message>
        <source>A re-key run is executed by the re-key engine, not as a ceremony body.</source>
        <translation>A re-key run is executed by the re-key engine, not as a ceremony body.</translation>
    </message>
    <message>
        <source>A Shared Key was imported at %1 (journal entry #%2): the key token holds one, and an import is refused on a token that does. No quorum was convened.</source>
        <translation>A Shared Key was imported at %1 (journal entry #%2): the key token holds one, and an import is refused on a token that does. No quorum was convened.</translation>
    </message>
    <message>
        <source>This key token&apos;s Shared Key was generated with the KEKs at %1 (journal entry #%2): a Shared Key is imported only into a key token that has none. No quorum was convened.</source>
        <translation>This key token&apos;s Shared Key was generated with the KEKs at %1 (journal entry #%2): a Shared Key is imported only into a key token that has none. No quorum was convened.</translation>
    </message>
    <message>
        <source>The migration unwrap completed at %1 (journal entry #%2) and no inventory was imported since: every device&apos;s keys are packaged. No quorum was convened.</source>
        <translation>The migration unwrap completed at %1 (journal entry #%2) and no inventory was imported since: every device&apos;s keys are packaged. No quorum was convened.</translation>
    </message>
    <message>
        <source>2 keys (the DCO Key and the Shared Key)</source>
        <translation>2 keys (the DCO Key and the Shared Key)</translation>
    </message>
    <message numerus="yes">
        <source>the Transport Key and its %n clear components</source>
        <translation>
            <numerusform>the Transport Key and its %n clear component</numerusform>
            <numerusform>the Transport Key and its %n clear components</numerusform>
        </translation>
    </message>
    <message>
        <source>the Transport Key</source>
        <translation>the Transport Key</translation>
    </message>
    <message>
        <source>1 key (the Shared Key)</source>
        <translation>1 key (the Shared Key)</translation>
    </message>
    <message>
        <source>up to %1 devices, 3 keys each (MK, AK, GUEK): up to %2 keys</source>
        <translation>up to %1 devices, 3 keys each (MK, AK, GUEK): up to %2 keys</translation>
    </message>
    <message>
        <source>%1 devices, each new key of the run</source>
        <translation>%1 devices, each new key of the run</translation>
    </message>
    <message>
        <source>%1 — for %2</source>
        <translation>%1 — for %2</translation>
    </message>
    <message>
        <source>%1 No quorum was convened.</source>
        <translation>%1 No quorum was convened.</translation>
    </message>
    <message>
        <source>Readiness check of the key token</source>
        <translation>Readiness check of the key token</translation>
    </message>
    <message>
        <source>every key-token operation Symbolon needs, on session objects made from RFC 3394&apos;s published test keys, each answer compared with the published one</source>
        <translation>every key-token operation Symbolon needs, on session objects made from RFC 3394&apos;s published test keys, each answer compared with the published one</translation>
    </message>
    <message>
        <source>nothing: every object it makes is destroyed</source>
        <translation>nothing: every object it makes is destroyed</translation>
    </message>
    <message>
        <source>%1 (published test keys only)</source>
        <translation>%1 (published test keys only)</translation>
    </message>
    <message>
        <source>Ready: every operation this site needs works on this token.</source>
        <translation>Ready: every operation this site needs works on this token.</translation>
    </message>
    <message>
        <source>NOT READY: the token cannot do what this site needs (see the FAILED rows).</source>
        <translation>NOT READY: the token cannot do what this site needs (see the FAILED rows).</translation>
    </message>
    <message>
        <source>Check: %1 — %2, %3: %4 (%5)
</source>
        <translation>Check: %1 — %2, %3: %4 (%5)
</translation>
    </message>
    <message>
        <source>The KEK rollover was started without its workspace.</source>
        <translation>The KEK rollover was started without its workspace.</translation>
    </message>
    <message>
        <source>Destroying a KEK version was started without its workspace.</source>
        <translation>Destroying a KEK version was started without its workspace.</translation>
    </message>
    <message>
        <source>%1 packages under %2 v%3, each unpackaged twice</source>
        <translation>%1 packages under %2 v%3, each unpackaged twice</translation>
    </message>
    <message>
        <source>Resume the rollover of the %1</source>
        <translation>Resume the rollover of the %1</translation>
    </message>
    <message>
        <source>Roll the %1 over to a new version</source>
        <translation>Roll the %1 over to a new version</translation>
    </message>
    <message>
        <source>Destroy %1 v%2</source>
        <translation>Destroy %1 v%2</translation>
    </message>
    <message>
        <source>the active version of the Shared Key</source>
        <translation>the active version of the Shared Key</translation>
    </message>
    <message>
        <source>nothing: the new version exists; the interrupted rollover goes on</source>
        <translation>nothing: the new version exists; the interrupted rollover goes on</translation>
    </message>
    <message>
        <source>%1 v%2: AES-128, generated inside the HSM with the same attributes as v%3; new packages go under it from then on</source>
        <translation>%1 v%2: AES-128, generated inside the HSM with the same attributes as v%3; new packages go under it from then on</translation>
    </message>
    <message>
        <source>every package under %1 v%2 (%3 now): unpackaged under it inside the HSM, its KCV checked, packaged under the new version, opened again and its KCV checked</source>
        <translation>every package under %1 v%2 (%3 now): unpackaged under it inside the HSM, its KCV checked, packaged under the new version, opened again and its KCV checked</translation>
    </message>
    <message>
        <source>all or nothing per chunk; resumable; every package is under exactly one version at every moment</source>
        <translation>all or nothing per chunk; resumable; every package is under exactly one version at every moment</translation>
    </message>
    <message>
        <source>%1 v%2 in the HSM (C_DestroyObject), after its KCV is checked; refused while any package refers to it</source>
        <translation>%1 v%2 in the HSM (C_DestroyObject), after its KCV is checked; refused while any package refers to it</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The workspace has no active version of the %1.</source>
        <translation>The workspace has no active version of the %1.</translation>
    </message>
    <message>
        <source>The workspace marks %1 active, but it records %2 too: versions only move forward, so its KEK records were altered. Nothing was done: compare them with the journal&apos;s rollover entries before any ceremony runs.</source>
        <translation>The workspace marks %1 active, but it records %2 too: versions only move forward, so its KEK records were altered. Nothing was done: compare them with the journal&apos;s rollover entries before any ceremony runs.</translation>
    </message>
    <message>
        <source>key record %1 (device %2, %3 of client %4)</source>
        <translation>key record %1 (device %2, %3 of client %4)</translation>
    </message>
    <message>
        <source>key record %1 (device %2, %3)</source>
        <translation>key record %1 (device %2, %3)</translation>
    </message>
    <message>
        <source>%1: its package opens under %2 to KCV %3, but the record says %4. The package was altered or is not under this version. The rollover stopped before this chunk was committed; nothing of it changed. Treat it as an incident and compare the record with the journal and the evidence packs.</source>
        <translation>%1: its package opens under %2 to KCV %3, but the record says %4. The package was altered or is not under this version. The rollover stopped before this chunk was committed; nothing of it changed. Treat it as an incident and compare the record with the journal and the evidence packs.</translation>
    </message>
    <message>
        <source>%1: the new package under %2 opens to KCV %3, not %4. The key token did not package the key it was given; nothing of this chunk was committed.</source>
        <translation>%1: the new package under %2 opens to KCV %3, not %4. The key token did not package the key it was given; nothing of this chunk was committed.</translation>
    </message>
    <message>
        <source>The journal records that a rollover to %1 started (entry #%2), but the workspace has no record of that version: its KEK records were rolled back or altered. Nothing was done: compare the workspace with the evidence packs and the journal before any ceremony runs.</source>
        <translation>The journal records that a rollover to %1 started (entry #%2), but the workspace has no record of that version: its KEK records were rolled back or altered. Nothing was done: compare the workspace with the evidence packs and the journal before any ceremony runs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was on the key token without a record: left by a rollover start that was interrupted before it committed. Nothing was packaged under it; it was destroyed and made again.</source>
        <translation>&quot;%1&quot; was on the key token without a record: left by a rollover start that was interrupted before it committed. Nothing was packaged under it; it was destroyed and made again.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are still under %1 after the last chunk: the rollover stays running. Run it again.</source>
        <translation>
            <numerusform>%n package is still under %1 after the last chunk: the rollover stays running. Run it again.</numerusform>
            <numerusform>%n packages are still under %1 after the last chunk: the rollover stays running. Run it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>A KEK rollover needs the SMKI PMA&apos;s instruction: its ground (major-incident or control-shortfall) and its reference (CKMP (b)(iii), (d)(vi)). %1</source>
        <translation>A KEK rollover needs the SMKI PMA&apos;s instruction: its ground (major-incident or control-shortfall) and its reference (CKMP (b)(iii), (d)(vi)). %1</translation>
    </message>
    <message>
        <source>The chunk size must be between 1 and 100000 packages.</source>
        <translation>The chunk size must be between 1 and 100000 packages.</translation>
    </message>
    <message>
        <source>Rollover %1 names %2 and v%3, but they are not the retiring and the active version. Nothing was done.</source>
        <translation>Rollover %1 names %2 and v%3, but they are not the retiring and the active version. Nothing was done.</translation>
    </message>
    <message>
        <source>The workspace has no %1.</source>
        <translation>The workspace has no %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is retiring: a rollover is still moving its %n package(s). Finish the rollover first; nothing was changed.</source>
        <translation>
            <numerusform>%1 is retiring: a rollover is still moving its %n package. Finish the rollover first; nothing was changed.</numerusform>
            <numerusform>%1 is retiring: a rollover is still moving its %n packages. Finish the rollover first; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was destroyed already.</source>
        <translation>%1 was destroyed already.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are still under %1: it cannot be destroyed while any package refers to it. Nothing was changed.</source>
        <translation>
            <numerusform>%n package is still under %1: it cannot be destroyed while any package refers to it. Nothing was changed.</numerusform>
            <numerusform>%n packages are still under %1: it cannot be destroyed while any package refers to it. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was no longer on the key token (a destroy interrupted after C_DestroyObject); the record now says so.</source>
        <translation>&quot;%1&quot; was no longer on the key token (a destroy interrupted after C_DestroyObject); the record now says so.</translation>
    </message>
    <message>
        <source>The key package&apos;s &quot;key_version&quot; must be a whole number from 2 to 1000000 (version 1 is written without it).</source>
        <translation>The key package&apos;s &quot;key_version&quot; must be a whole number from 2 to 1000000 (version 1 is written without it).</translation>
    </message>
    <message>
        <source>The key token already holds &quot;%1&quot;: refused, nothing was changed.</source>
        <translation>The key token already holds &quot;%1&quot;: refused, nothing was changed.</translation>
    </message>
    <message>
        <source>The workspace already records %1 (%2): the package&apos;s v%3 is not newer. No quorum was convened.</source>
        <translation>The workspace already records %1 (%2): the package&apos;s v%3 is not newer. No quorum was convened.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) in this workspace are under %1: importing v%2 would leave them under a version that is no longer the DCO&apos;s, and moving them to an imported version is not supported yet. No quorum was convened.</source>
        <translation>
            <numerusform>%n package in this workspace is under %1: importing v%2 would leave them under a version that is no longer the DCO&apos;s, and moving them to an imported version is not supported yet. No quorum was convened.</numerusform>
            <numerusform>%n packages in this workspace are under %1: importing v%2 would leave them under a version that is no longer the DCO&apos;s, and moving them to an imported version is not supported yet. No quorum was convened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared Key</source>
        <translation>Shared Key</translation>
    </message>
    <message>
        <source>DCO Key</source>
        <translation>DCO Key</translation>
    </message>
    <message>
        <source>The workspace already records %1.</source>
        <translation>The workspace already records %1.</translation>
    </message>
    <message>
        <source>%1 still has packages under it: the import is not recorded.</source>
        <translation>%1 still has packages under it: the import is not recorded.</translation>
    </message>
    <message>
        <source>%1: the workspace records the label &quot;%2&quot; for it, but the version&apos;s object is &quot;%3&quot;: its KEK records were altered. Nothing was done.</source>
        <translation>%1: the workspace records the label &quot;%2&quot; for it, but the version&apos;s object is &quot;%3&quot;: its KEK records were altered. Nothing was done.</translation>
    </message>
    <message>
        <source>%1: the key token&apos;s &quot;%2&quot; has the id &quot;%3&quot;, not &quot;%4&quot;: it is not the object Symbolon made. Nothing was done; find out who changed the key token.</source>
        <translation>%1: the key token&apos;s &quot;%2&quot; has the id &quot;%3&quot;, not &quot;%4&quot;: it is not the object Symbolon made. Nothing was done; find out who changed the key token.</translation>
    </message>
    <message>
        <source>%1: the key token&apos;s &quot;%2&quot; has KCV %3, but the workspace recorded %4 for this version. It is not the key the packages are under: nothing was done. Find out who changed the key token or the workspace before any ceremony runs.</source>
        <translation>%1: the key token&apos;s &quot;%2&quot; has KCV %3, but the workspace recorded %4 for this version. It is not the key the packages are under: nothing was done. Find out who changed the key token or the workspace before any ceremony runs.</translation>
    </message>
    <message>
        <source>The key token holds &quot;%1&quot;, which the workspace has no record of: a rollover of the %2 was interrupted before it started (run the rollover again), or the workspace&apos;s KEK records were rolled back. Nothing was packaged under %3.</source>
        <translation>The key token holds &quot;%1&quot;, which the workspace has no record of: a rollover of the %2 was interrupted before it started (run the rollover again), or the workspace&apos;s KEK records were rolled back. Nothing was packaged under %3.</translation>
    </message>
    <message>
        <source>A rollover of the %1 under PMA instruction %2 is not finished: resume it under that same reference (or give none). A second rollover starts only after it.</source>
        <translation>A rollover of the %1 under PMA instruction %2 is not finished: resume it under that same reference (or give none). A second rollover starts only after it.</translation>
    </message>
    <message>
        <source>The rollover of the %1 under PMA instruction %2 completed (journal entry #%3, at %4): every package is under v%5. Another rollover needs a new instruction. Nothing was changed.</source>
        <translation>The rollover of the %1 under PMA instruction %2 completed (journal entry #%3, at %4): every package is under v%5. Another rollover needs a new instruction. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) under %1 were behind the rollover&apos;s position (the records were changed since): moved on a second pass.</source>
        <translation>
            <numerusform>%n package under %1 was behind the rollover&apos;s position (the records were changed since): moved on a second pass.</numerusform>
            <numerusform>%n packages under %1 were behind the rollover&apos;s position (the records were changed since): moved on a second pass.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every package is under %1; %2 is retired: it stays on the key token for reading until a quorum destroys it.</source>
        <translation>Every package is under %1; %2 is retired: it stays on the key token for reading until a quorum destroys it.</translation>
    </message>
    <message>
        <source>Export the new Shared Key to each S1SP, and export their GUEK packages again: they are now under %1.</source>
        <translation>Export the new Shared Key to each S1SP, and export their GUEK packages again: they are now under %1.</translation>
    </message>
    <message>
        <source>%1 is the active version: new packages go under it. Roll the KEK over first; nothing was changed.</source>
        <translation>%1 is the active version: new packages go under it. Roll the KEK over first; nothing was changed.</translation>
    </message>
    <message>
        <source>The journal records no completed rollover away from %1, so nothing shows that no package is under it: it is not destroyed. Nothing was changed.</source>
        <translation>The journal records no completed rollover away from %1, so nothing shows that no package is under it: it is not destroyed. Nothing was changed.</translation>
    </message>
    <message>
        <source>The journal&apos;s entry #%1 retired %2 with KCV %3, but the workspace records %4: its KEK records were altered. Nothing was destroyed.</source>
        <translation>The journal&apos;s entry #%1 retired %2 with KCV %3, but the workspace records %4: its KEK records were altered. Nothing was destroyed.</translation>
    </message>
    <message>
        <source>%1 is not older than the active %2: nothing was destroyed.</source>
        <translation>%1 is not older than the active %2: nothing was destroyed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; destroyed in the HSM (C_DestroyObject); its label, id and KCV were checked first.</source>
        <translation>&quot;%1&quot; destroyed in the HSM (C_DestroyObject); its label, id and KCV were checked first.</translation>
    </message>
    <message>
        <source>chosen from measured throughput, within what the token allows</source>
        <translation>chosen from measured throughput, within what the token allows</translation>
    </message>
    <message>
        <source>The number of worker sessions must be between 1 and 64, or automatic.</source>
        <translation>The number of worker sessions must be between 1 and 64, or automatic.</translation>
    </message>
</context>
<context>
    <name>symbolon::demo</name>
    <message>
        <source>the number of demo devices cannot be negative</source>
        <translation>the number of demo devices cannot be negative</translation>
    </message>
    <message>
        <source>a reference time is needed to generate a demo inventory</source>
        <translation>a reference time is needed to generate a demo inventory</translation>
    </message>
    <message>
        <source>the Transport Key must be 16, 24 or 32 bytes</source>
        <translation>the Transport Key must be 16, 24 or 32 bytes</translation>
    </message>
    <message>
        <source>no such demo device</source>
        <translation>no such demo device</translation>
    </message>
    <message>
        <source>demo devices have an MK, and an AK and a GUEK per keyed client</source>
        <translation>demo devices have an MK, and an AK and a GUEK per keyed client</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 is already a workspace: use --fresh to recreate the demo.</source>
        <translation>%1 is already a workspace: use --fresh to recreate the demo.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Initialising the demo cards (SoftHSM2 tokens)</source>
        <translation>Initialising the demo cards (SoftHSM2 tokens)</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n demo device(s)</source>
        <translation>
            <numerusform>Generating %n demo device</numerusform>
            <numerusform>Generating %n demo devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the inventory</source>
        <translation>Importing the inventory</translation>
    </message>
</context>
<context>
    <name>symbolon::dlms</name>
    <message>
        <source>The AES key must be 16, 24 or 32 bytes.</source>
        <translation>The AES key must be 16, 24 or 32 bytes.</translation>
    </message>
    <message>
        <source>AES-ECB packaging takes exactly one 16-byte block.</source>
        <translation>AES-ECB packaging takes exactly one 16-byte block.</translation>
    </message>
    <message>
        <source>AES encryption failed in OpenSSL.</source>
        <translation>AES encryption failed in OpenSSL.</translation>
    </message>
    <message>
        <source>An AES-ECB package is exactly one 16-byte block.</source>
        <translation>An AES-ECB package is exactly one 16-byte block.</translation>
    </message>
    <message>
        <source>AES decryption failed in OpenSSL.</source>
        <translation>AES decryption failed in OpenSSL.</translation>
    </message>
    <message>
        <source>AES-CMAC failed in OpenSSL.</source>
        <translation>AES-CMAC failed in OpenSSL.</translation>
    </message>
    <message>
        <source>The AES-GCM key must be 16, 24 or 32 bytes.</source>
        <translation>The AES-GCM key must be 16, 24 or 32 bytes.</translation>
    </message>
    <message>
        <source>The AES-GCM initialisation vector must be 12 bytes.</source>
        <translation>The AES-GCM initialisation vector must be 12 bytes.</translation>
    </message>
    <message>
        <source>The AES-GCM tag length must be 12 to 16 bytes.</source>
        <translation>The AES-GCM tag length must be 12 to 16 bytes.</translation>
    </message>
    <message>
        <source>AES-GCM encryption failed in OpenSSL.</source>
        <translation>AES-GCM encryption failed in OpenSSL.</translation>
    </message>
    <message>
        <source>The AES-GCM tag must be 12 to 16 bytes.</source>
        <translation>The AES-GCM tag must be 12 to 16 bytes.</translation>
    </message>
    <message>
        <source>AES-GCM decryption failed in OpenSSL.</source>
        <translation>AES-GCM decryption failed in OpenSSL.</translation>
    </message>
    <message>
        <source>The authentication tag does not verify: the data was altered, or the key, system title or invocation counter is wrong.</source>
        <translation>The authentication tag does not verify: the data was altered, or the key, system title or invocation counter is wrong.</translation>
    </message>
    <message>
        <source>A wrapped key is %1 bytes; RFC 3394 output is a multiple of 8 bytes, at least 24.</source>
        <translation>A wrapped key is %1 bytes; RFC 3394 output is a multiple of 8 bytes, at least 24.</translation>
    </message>
    <message>
        <source>global_key_transfer: at byte %1 expected %2 (tag 0x%3) but found 0x%4.</source>
        <translation>global_key_transfer: at byte %1 expected %2 (tag 0x%3) but found 0x%4.</translation>
    </message>
    <message>
        <source>global_key_transfer: unsupported length form 0x%1 at byte %2.</source>
        <translation>global_key_transfer: unsupported length form 0x%1 at byte %2.</translation>
    </message>
    <message>
        <source>global_key_transfer: the length at byte %1 is not in its shortest form.</source>
        <translation>global_key_transfer: the length at byte %1 is not in its shortest form.</translation>
    </message>
    <message>
        <source>global_key_transfer: %1 declares %2 bytes at byte %3 but only %4 remain.</source>
        <translation>global_key_transfer: %1 declares %2 bytes at byte %3 but only %4 remain.</translation>
    </message>
    <message>
        <source>global_key_transfer: truncated at byte %1 (expected %2).</source>
        <translation>global_key_transfer: truncated at byte %1 (expected %2).</translation>
    </message>
    <message>
        <source>global unicast encryption key</source>
        <translation>global unicast encryption key</translation>
    </message>
    <message>
        <source>global broadcast encryption key</source>
        <translation>global broadcast encryption key</translation>
    </message>
    <message>
        <source>authentication key</source>
        <translation>authentication key</translation>
    </message>
    <message>
        <source>master key</source>
        <translation>master key</translation>
    </message>
    <message>
        <source>global_key_transfer needs at least one key.</source>
        <translation>global_key_transfer needs at least one key.</translation>
    </message>
    <message>
        <source>global_key_transfer: unknown key_id.</source>
        <translation>global_key_transfer: unknown key_id.</translation>
    </message>
    <message>
        <source>global_key_transfer: the %1 appears more than once.</source>
        <translation>global_key_transfer: the %1 appears more than once.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>the number of keys</source>
        <translation>the number of keys</translation>
    </message>
    <message>
        <source>global_key_transfer: the array is empty; at least one key is needed.</source>
        <translation>global_key_transfer: the array is empty; at least one key is needed.</translation>
    </message>
    <message>
        <source>global_key_transfer: the array declares %1 keys; there are only 4 key ids.</source>
        <translation>global_key_transfer: the array declares %1 keys; there are only 4 key ids.</translation>
    </message>
    <message>
        <source>a structure</source>
        <translation>a structure</translation>
    </message>
    <message>
        <source>a structure of 2 elements</source>
        <translation>a structure of 2 elements</translation>
    </message>
    <message>
        <source>an enum key_id</source>
        <translation>an enum key_id</translation>
    </message>
    <message>
        <source>the key_id value</source>
        <translation>the key_id value</translation>
    </message>
    <message>
        <source>global_key_transfer: unknown key_id %1 at byte %2 (0 to 3 are defined).</source>
        <translation>global_key_transfer: unknown key_id %1 at byte %2 (0 to 3 are defined).</translation>
    </message>
    <message>
        <source>global_key_transfer: key_id %1 repeated at byte %2.</source>
        <translation>global_key_transfer: key_id %1 repeated at byte %2.</translation>
    </message>
    <message>
        <source>an octet-string</source>
        <translation>an octet-string</translation>
    </message>
    <message>
        <source>the wrapped key length</source>
        <translation>the wrapped key length</translation>
    </message>
    <message>
        <source>the wrapped key</source>
        <translation>the wrapped key</translation>
    </message>
    <message>
        <source>global_key_transfer: %1 unexpected bytes after the last key.</source>
        <translation>global_key_transfer: %1 unexpected bytes after the last key.</translation>
    </message>
    <message>
        <source>The key check value does not match: expected %1, the key gives %2. The key or component was mistyped or is not the one intended.</source>
        <translation>The key check value does not match: expected %1, the key gives %2. The key or component was mistyped or is not the one intended.</translation>
    </message>
    <message>
        <source>the wrapping key must be 16, 24 or 32 bytes</source>
        <translation>the wrapping key must be 16, 24 or 32 bytes</translation>
    </message>
    <message>
        <source>RFC 3394 wraps key data of a multiple of 8 bytes, at least 16</source>
        <translation>RFC 3394 wraps key data of a multiple of 8 bytes, at least 16</translation>
    </message>
    <message>
        <source>AES key wrap failed in OpenSSL</source>
        <translation>AES key wrap failed in OpenSSL</translation>
    </message>
    <message>
        <source>a wrapped key must be a multiple of 8 bytes, at least 24</source>
        <translation>a wrapped key must be a multiple of 8 bytes, at least 24</translation>
    </message>
    <message>
        <source>the wrapped key failed its integrity check: wrong wrapping key, or the data was altered</source>
        <translation>the wrapped key failed its integrity check: wrong wrapping key, or the data was altered</translation>
    </message>
    <message>
        <source>The wrapping key must be 16, 24 or 32 bytes.</source>
        <translation>The wrapping key must be 16, 24 or 32 bytes.</translation>
    </message>
    <message>
        <source>RFC 5649 wraps between 1 byte and 64 KiB of key data.</source>
        <translation>RFC 5649 wraps between 1 byte and 64 KiB of key data.</translation>
    </message>
    <message>
        <source>AES key wrap with padding failed in OpenSSL.</source>
        <translation>AES key wrap with padding failed in OpenSSL.</translation>
    </message>
    <message>
        <source>A key wrapped with padding is a multiple of 8 bytes, at least 16.</source>
        <translation>A key wrapped with padding is a multiple of 8 bytes, at least 16.</translation>
    </message>
    <message>
        <source>The wrapped key failed its integrity check: wrong wrapping key, or the data was altered.</source>
        <translation>The wrapped key failed its integrity check: wrong wrapping key, or the data was altered.</translation>
    </message>
    <message>
        <source>Security control byte %1: %2.</source>
        <translation>Security control byte %1: %2.</translation>
    </message>
    <message>
        <source>Security suite 0 needs a 16-byte encryption key and a 16-byte authentication key.</source>
        <translation>Security suite 0 needs a 16-byte encryption key and a 16-byte authentication key.</translation>
    </message>
    <message>
        <source>The system title must be 8 bytes.</source>
        <translation>The system title must be 8 bytes.</translation>
    </message>
    <message>
        <source>The protected frame is truncated: %1 bytes, at least %2 expected for %3.</source>
        <translation>The protected frame is truncated: %1 bytes, at least %2 expected for %3.</translation>
    </message>
    <message>
        <source>The frame&apos;s security control is %1 but %2 is required here.</source>
        <translation>The frame&apos;s security control is %1 but %2 is required here.</translation>
    </message>
    <message>
        <source>The HLS challenge is empty.</source>
        <translation>The HLS challenge is empty.</translation>
    </message>
    <message>
        <source>The HLS reply is %1 bytes; SC, invocation counter and a 12-byte tag make 17.</source>
        <translation>The HLS reply is %1 bytes; SC, invocation counter and a 12-byte tag make 17.</translation>
    </message>
    <message>
        <source>The HLS reply must use security control 0x10 (authentication).</source>
        <translation>The HLS reply must use security control 0x10 (authentication).</translation>
    </message>
    <message>
        <source>The HLS reply does not verify: the peer does not hold the same keys, or the reply was altered.</source>
        <translation>The HLS reply does not verify: the peer does not hold the same keys, or the reply was altered.</translation>
    </message>
</context>
<context>
    <name>symbolon::hsm</name>
    <message>
        <source>C_WrapKey with CKM_AES_ECB: the policy&apos;s packaging, inside the module</source>
        <translation>C_WrapKey with CKM_AES_ECB: the policy&apos;s packaging, inside the module</translation>
    </message>
    <message>
        <source>C_WrapKey with CKM_AES_CBC and a zero IV: identical to ECB for one 16-byte key, still inside the module (the token cannot wrap with ECB)</source>
        <translation>C_WrapKey with CKM_AES_CBC and a zero IV: identical to ECB for one 16-byte key, still inside the module (the token cannot wrap with ECB)</translation>
    </message>
    <message>
        <source>C_UnwrapKey with CKM_AES_ECB: inside the module</source>
        <translation>C_UnwrapKey with CKM_AES_ECB: inside the module</translation>
    </message>
    <message>
        <source>C_Decrypt with CKM_AES_ECB, then C_CreateObject: the token cannot unwrap an ECB package, so the clear key passes through host memory</source>
        <translation>C_Decrypt with CKM_AES_ECB, then C_CreateObject: the token cannot unwrap an ECB package, so the clear key passes through host memory</translation>
    </message>
    <message>
        <source>C_Decrypt with CKM_AES_CBC and a zero IV (= ECB for one block), then C_CreateObject: the clear key passes through host memory</source>
        <translation>C_Decrypt with CKM_AES_CBC and a zero IV (= ECB for one block), then C_CreateObject: the clear key passes through host memory</translation>
    </message>
    <message>
        <source>C_WrapKey with CKM_AES_KEY_WRAP (RFC 3394), inside the module</source>
        <translation>C_WrapKey with CKM_AES_KEY_WRAP (RFC 3394), inside the module</translation>
    </message>
    <message>
        <source>C_UnwrapKey with CKM_AES_KEY_WRAP (RFC 3394), inside the module</source>
        <translation>C_UnwrapKey with CKM_AES_KEY_WRAP (RFC 3394), inside the module</translation>
    </message>
    <message>
        <source>C_Sign with CKM_AES_CMAC over a zero block, first 5 bytes, inside the module</source>
        <translation>C_Sign with CKM_AES_CMAC over a zero block, first 5 bytes, inside the module</translation>
    </message>
    <message>
        <source>C_Encrypt with CKM_AES_ECB of a zero block, first 3 bytes, inside the module</source>
        <translation>C_Encrypt with CKM_AES_ECB of a zero block, first 3 bytes, inside the module</translation>
    </message>
    <message>
        <source>C_Encrypt with CKM_AES_CBC and a zero IV of a zero block (= ECB for one block), first 3 bytes, inside the module</source>
        <translation>C_Encrypt with CKM_AES_CBC and a zero IV of a zero block (= ECB for one block), first 3 bytes, inside the module</translation>
    </message>
    <message>
        <source>C_DeriveKey with CKM_XOR_BASE_AND_DATA: the components are combined inside the module</source>
        <translation>C_DeriveKey with CKM_XOR_BASE_AND_DATA: the components are combined inside the module</translation>
    </message>
    <message>
        <source>XOR in locked host memory, then C_CreateObject: the token has no XOR derivation, so the combined key exists in host memory</source>
        <translation>XOR in locked host memory, then C_CreateObject: the token has no XOR derivation, so the combined key exists in host memory</translation>
    </message>
    <message>
        <source>ECB packaging</source>
        <translation>ECB packaging</translation>
    </message>
    <message>
        <source>ECB unpackaging</source>
        <translation>ECB unpackaging</translation>
    </message>
    <message>
        <source>RFC 3394 wrap</source>
        <translation>RFC 3394 wrap</translation>
    </message>
    <message>
        <source>RFC 3394 unwrap</source>
        <translation>RFC 3394 unwrap</translation>
    </message>
    <message>
        <source>CMAC-5B key check value</source>
        <translation>CMAC-5B key check value</translation>
    </message>
    <message>
        <source>ECB-3B key check value</source>
        <translation>ECB-3B key check value</translation>
    </message>
    <message>
        <source>Transport Key component combination</source>
        <translation>Transport Key component combination</translation>
    </message>
    <message>
        <source>Listing the token&apos;s mechanisms</source>
        <translation>Listing the token&apos;s mechanisms</translation>
    </message>
    <message>
        <source>Reading mechanism %1</source>
        <translation>Reading mechanism %1</translation>
    </message>
    <message>
        <source>the token offers no mechanism for this operation</source>
        <translation>the token offers no mechanism for this operation</translation>
    </message>
    <message>
        <source>The operation succeeded.</source>
        <translation>The operation succeeded.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>This computer ran out of memory.</source>
        <translation>This computer ran out of memory.</translation>
    </message>
    <message>
        <source>The token slot no longer exists: reconnect the token and try again.</source>
        <translation>The token slot no longer exists: reconnect the token and try again.</translation>
    </message>
    <message>
        <source>The token reported a general error; for wrapped keys this usually means the integrity check failed (wrong key or altered data).</source>
        <translation>The token reported a general error; for wrapped keys this usually means the integrity check failed (wrong key or altered data).</translation>
    </message>
    <message>
        <source>The token could not carry out the request.</source>
        <translation>The token could not carry out the request.</translation>
    </message>
    <message>
        <source>Symbolon passed invalid arguments to the token: please report this.</source>
        <translation>Symbolon passed invalid arguments to the token: please report this.</translation>
    </message>
    <message>
        <source>The token refused to set a read-only attribute.</source>
        <translation>The token refused to set a read-only attribute.</translation>
    </message>
    <message>
        <source>The token refuses to reveal a sensitive attribute.</source>
        <translation>The token refuses to reveal a sensitive attribute.</translation>
    </message>
    <message>
        <source>The token does not know an attribute Symbolon asked for.</source>
        <translation>The token does not know an attribute Symbolon asked for.</translation>
    </message>
    <message>
        <source>The token refused an attribute value.</source>
        <translation>The token refused an attribute value.</translation>
    </message>
    <message>
        <source>The token refused the data as invalid.</source>
        <translation>The token refused the data as invalid.</translation>
    </message>
    <message>
        <source>The data has the wrong length for this operation.</source>
        <translation>The data has the wrong length for this operation.</translation>
    </message>
    <message>
        <source>The token reported a device error: check its connection and health.</source>
        <translation>The token reported a device error: check its connection and health.</translation>
    </message>
    <message>
        <source>The token is out of memory: remove unused objects or use another token.</source>
        <translation>The token is out of memory: remove unused objects or use another token.</translation>
    </message>
    <message>
        <source>The token was removed: reconnect it and try again.</source>
        <translation>The token was removed: reconnect it and try again.</translation>
    </message>
    <message>
        <source>The encrypted data is not valid for this key.</source>
        <translation>The encrypted data is not valid for this key.</translation>
    </message>
    <message>
        <source>The encrypted data has the wrong length.</source>
        <translation>The encrypted data has the wrong length.</translation>
    </message>
    <message>
        <source>The key is no longer on the token.</source>
        <translation>The key is no longer on the token.</translation>
    </message>
    <message>
        <source>The token does not support this key size.</source>
        <translation>The token does not support this key size.</translation>
    </message>
    <message>
        <source>The key is of the wrong type for this operation.</source>
        <translation>The key is of the wrong type for this operation.</translation>
    </message>
    <message>
        <source>The key&apos;s attributes do not permit this use.</source>
        <translation>The key&apos;s attributes do not permit this use.</translation>
    </message>
    <message>
        <source>The key is marked unextractable: the token will not wrap it.</source>
        <translation>The key is marked unextractable: the token will not wrap it.</translation>
    </message>
    <message>
        <source>The token cannot wrap this key with that mechanism.</source>
        <translation>The token cannot wrap this key with that mechanism.</translation>
    </message>
    <message>
        <source>The token does not support this mechanism for this operation.</source>
        <translation>The token does not support this mechanism for this operation.</translation>
    </message>
    <message>
        <source>The token refused the mechanism parameters.</source>
        <translation>The token refused the mechanism parameters.</translation>
    </message>
    <message>
        <source>The object is no longer on the token.</source>
        <translation>The object is no longer on the token.</translation>
    </message>
    <message>
        <source>Another operation is still active on this session.</source>
        <translation>Another operation is still active on this session.</translation>
    </message>
    <message>
        <source>The token lost track of the operation: try again.</source>
        <translation>The token lost track of the operation: try again.</translation>
    </message>
    <message>
        <source>The PIN is not correct. Repeated wrong PINs can lock the card.</source>
        <translation>The PIN is not correct. Repeated wrong PINs can lock the card.</translation>
    </message>
    <message>
        <source>The PIN contains characters the token does not accept.</source>
        <translation>The PIN contains characters the token does not accept.</translation>
    </message>
    <message>
        <source>The PIN is too short or too long for this token.</source>
        <translation>The PIN is too short or too long for this token.</translation>
    </message>
    <message>
        <source>The PIN has expired: change it with the card&apos;s administrator.</source>
        <translation>The PIN has expired: change it with the card&apos;s administrator.</translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong attempts: the card&apos;s security officer must unblock it.</source>
        <translation>The PIN is locked after too many wrong attempts: the card&apos;s security officer must unblock it.</translation>
    </message>
    <message>
        <source>The token session was closed: try again.</source>
        <translation>The token session was closed: try again.</translation>
    </message>
    <message>
        <source>The token has too many open sessions.</source>
        <translation>The token has too many open sessions.</translation>
    </message>
    <message>
        <source>The token session is no longer valid (was the token reset or removed?): try again.</source>
        <translation>The token session is no longer valid (was the token reset or removed?): try again.</translation>
    </message>
    <message>
        <source>The session is read-only.</source>
        <translation>The session is read-only.</translation>
    </message>
    <message>
        <source>A session is open on the token, so it cannot be initialised.</source>
        <translation>A session is open on the token, so it cannot be initialised.</translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation>The signature does not verify.</translation>
    </message>
    <message>
        <source>The token needs more attributes to create this object.</source>
        <translation>The token needs more attributes to create this object.</translation>
    </message>
    <message>
        <source>The token refused the combination of attributes.</source>
        <translation>The token refused the combination of attributes.</translation>
    </message>
    <message>
        <source>No token is present in the slot: insert the card or connect the HSM.</source>
        <translation>No token is present in the slot: insert the card or connect the HSM.</translation>
    </message>
    <message>
        <source>The token is not recognised by its module.</source>
        <translation>The token is not recognised by its module.</translation>
    </message>
    <message>
        <source>The token is write-protected.</source>
        <translation>The token is write-protected.</translation>
    </message>
    <message>
        <source>The unwrapping key is not on the token.</source>
        <translation>The unwrapping key is not on the token.</translation>
    </message>
    <message>
        <source>Somebody is already logged in to this token.</source>
        <translation>Somebody is already logged in to this token.</translation>
    </message>
    <message>
        <source>Nobody is logged in to the token: log in first.</source>
        <translation>Nobody is logged in to the token: log in first.</translation>
    </message>
    <message>
        <source>The token&apos;s user PIN was never set: enrol the token first.</source>
        <translation>The token&apos;s user PIN was never set: enrol the token first.</translation>
    </message>
    <message>
        <source>The token does not know that user type.</source>
        <translation>The token does not know that user type.</translation>
    </message>
    <message>
        <source>The wrapped key is not valid.</source>
        <translation>The wrapped key is not valid.</translation>
    </message>
    <message>
        <source>The wrapped key has the wrong length.</source>
        <translation>The wrapped key has the wrong length.</translation>
    </message>
    <message>
        <source>The wrapping key is not on the token.</source>
        <translation>The wrapping key is not on the token.</translation>
    </message>
    <message>
        <source>The token has no random number generator.</source>
        <translation>The token has no random number generator.</translation>
    </message>
    <message>
        <source>Symbolon&apos;s buffer was too small: please report this.</source>
        <translation>Symbolon&apos;s buffer was too small: please report this.</translation>
    </message>
    <message>
        <source>The PKCS#11 module is not initialised.</source>
        <translation>The PKCS#11 module is not initialised.</translation>
    </message>
    <message>
        <source>The PKCS#11 module was already initialised.</source>
        <translation>The PKCS#11 module was already initialised.</translation>
    </message>
    <message>
        <source>The token does not support this function.</source>
        <translation>The token does not support this function.</translation>
    </message>
    <message>
        <source>The token failed with an unknown error code.</source>
        <translation>The token failed with an unknown error code.</translation>
    </message>
    <message>
        <source>Generating an EC P-256 key pair on the token</source>
        <translation>Generating an EC P-256 key pair on the token</translation>
    </message>
    <message>
        <source>The token does not hold exactly one key pair with id %1 (found %2 private, %3 public).</source>
        <translation>The token does not hold exactly one key pair with id %1 (found %2 private, %3 public).</translation>
    </message>
    <message>
        <source>The key pair with id %1 is not an EC P-256 key.</source>
        <translation>The key pair with id %1 is not an EC P-256 key.</translation>
    </message>
    <message>
        <source>The card&apos;s private key is not visible: log in to the card first.</source>
        <translation>The card&apos;s private key is not visible: log in to the card first.</translation>
    </message>
    <message>
        <source>Deriving the keyslot secret on the card (ECDH)</source>
        <translation>Deriving the keyslot secret on the card (ECDH)</translation>
    </message>
    <message>
        <source>Reading the derived keyslot secret</source>
        <translation>Reading the derived keyslot secret</translation>
    </message>
    <message>
        <source>The card derived a secret of unexpected length.</source>
        <translation>The card derived a secret of unexpected length.</translation>
    </message>
    <message>
        <source>The private key is not visible: log in to the token first.</source>
        <translation>The private key is not visible: log in to the token first.</translation>
    </message>
    <message>
        <source>Starting a signature on the token</source>
        <translation>Starting a signature on the token</translation>
    </message>
    <message>
        <source>Signing on the token</source>
        <translation>Signing on the token</translation>
    </message>
    <message>
        <source>The token returned an ECDSA signature of unexpected length.</source>
        <translation>The token returned an ECDSA signature of unexpected length.</translation>
    </message>
    <message>
        <source>Encoding the signature failed.</source>
        <translation>Encoding the signature failed.</translation>
    </message>
    <message>
        <source>The token cannot wrap keys with RFC 3394 (CKM_AES_KEY_WRAP).</source>
        <translation>The token cannot wrap keys with RFC 3394 (CKM_AES_KEY_WRAP).</translation>
    </message>
    <message>
        <source>Wrapping &quot;%1&quot; under &quot;%2&quot; (RFC 3394)</source>
        <translation>Wrapping &quot;%1&quot; under &quot;%2&quot; (RFC 3394)</translation>
    </message>
    <message>
        <source>The token cannot unwrap keys with RFC 3394 (CKM_AES_KEY_WRAP).</source>
        <translation>The token cannot unwrap keys with RFC 3394 (CKM_AES_KEY_WRAP).</translation>
    </message>
    <message>
        <source>An RFC 3394-wrapped AES-128 key is 24 bytes; %1 were given.</source>
        <translation>An RFC 3394-wrapped AES-128 key is 24 bytes; %1 were given.</translation>
    </message>
    <message>
        <source>Unwrapping under &quot;%1&quot; (RFC 3394)</source>
        <translation>Unwrapping under &quot;%1&quot; (RFC 3394)</translation>
    </message>
    <message>
        <source>Unwrapping under &quot;%1&quot; failed its integrity check: the wrapped key was altered or was wrapped under a different key (%2).</source>
        <translation>Unwrapping under &quot;%1&quot; failed its integrity check: the wrapped key was altered or was wrapped under a different key (%2).</translation>
    </message>
    <message>
        <source>The token cannot package keys: it can wrap with neither CKM_AES_ECB nor CKM_AES_CBC.</source>
        <translation>The token cannot package keys: it can wrap with neither CKM_AES_ECB nor CKM_AES_CBC.</translation>
    </message>
    <message>
        <source>Packaging &quot;%1&quot; under &quot;%2&quot; (%3)</source>
        <translation>Packaging &quot;%1&quot; under &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>The token returned a %1-byte package; 16 bytes were expected.</source>
        <translation>The token returned a %1-byte package; 16 bytes were expected.</translation>
    </message>
    <message>
        <source>A packaged AES-128 key is 16 bytes; %1 were given.</source>
        <translation>A packaged AES-128 key is 16 bytes; %1 were given.</translation>
    </message>
    <message>
        <source>Unpackaging under &quot;%1&quot;</source>
        <translation>Unpackaging under &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unpackaging under &quot;%1&quot; (clear-key fallback)</source>
        <translation>Unpackaging under &quot;%1&quot; (clear-key fallback)</translation>
    </message>
    <message>
        <source>A Transport Key is built from 2 or 3 components; %1 were given.</source>
        <translation>A Transport Key is built from 2 or 3 components; %1 were given.</translation>
    </message>
    <message>
        <source>Every component must be 16 bytes.</source>
        <translation>Every component must be 16 bytes.</translation>
    </message>
    <message>
        <source>Loading the first component into the token</source>
        <translation>Loading the first component into the token</translation>
    </message>
    <message>
        <source>Combining component %1 inside the token</source>
        <translation>Combining component %1 inside the token</translation>
    </message>
    <message>
        <source>%1 failed in libp11.</source>
        <translation>%1 failed in libp11.</translation>
    </message>
    <message>
        <source>libp11 could not allocate a context.</source>
        <translation>libp11 could not allocate a context.</translation>
    </message>
    <message>
        <source>Loading %1 through libp11</source>
        <translation>Loading %1 through libp11</translation>
    </message>
    <message>
        <source>Listing slots through libp11</source>
        <translation>Listing slots through libp11</translation>
    </message>
    <message>
        <source>libp11 sees no token with serial %1.</source>
        <translation>libp11 sees no token with serial %1.</translation>
    </message>
    <message>
        <source>Opening libp11&apos;s session</source>
        <translation>Opening libp11&apos;s session</translation>
    </message>
    <message>
        <source>The token has no public key with id %1 beside the private key: libp11 cannot use the key safely.</source>
        <translation>The token has no public key with id %1 beside the private key: libp11 cannot use the key safely.</translation>
    </message>
    <message>
        <source>libp11 finds no private key with id %1 (log in to the token first).</source>
        <translation>libp11 finds no private key with id %1 (log in to the token first).</translation>
    </message>
    <message>
        <source>Getting the private key through libp11</source>
        <translation>Getting the private key through libp11</translation>
    </message>
    <message>
        <source>Signing through libp11</source>
        <translation>Signing through libp11</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 could not be loaded: %2</source>
        <translation>The PKCS#11 module %1 could not be loaded: %2</translation>
    </message>
    <message>
        <source>Initialising the PKCS#11 module %1</source>
        <translation>Initialising the PKCS#11 module %1</translation>
    </message>
    <message>
        <source>Listing the token slots</source>
        <translation>Listing the token slots</translation>
    </message>
    <message>
        <source>Reading the token information</source>
        <translation>Reading the token information</translation>
    </message>
    <message>
        <source>No token labelled &quot;%1&quot; is present: insert the card or connect the HSM.</source>
        <translation>No token labelled &quot;%1&quot; is present: insert the card or connect the HSM.</translation>
    </message>
    <message>
        <source>%1 tokens are labelled &quot;%2&quot;: select the token by serial number instead.</source>
        <translation>%1 tokens are labelled &quot;%2&quot;: select the token by serial number instead.</translation>
    </message>
    <message>
        <source>No token with serial %1 is present: insert the card or connect the HSM.</source>
        <translation>No token with serial %1 is present: insert the card or connect the HSM.</translation>
    </message>
    <message>
        <source>A token label must be 1 to 32 bytes of UTF-8.</source>
        <translation>A token label must be 1 to 32 bytes of UTF-8.</translation>
    </message>
    <message>
        <source>A token labelled &quot;%1&quot; already exists.</source>
        <translation>A token labelled &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>No free (uninitialised) token slot is available.</source>
        <translation>No free (uninitialised) token slot is available.</translation>
    </message>
    <message>
        <source>Initialising token &quot;%1&quot;</source>
        <translation>Initialising token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Setting the user PIN of token &quot;%1&quot;</source>
        <translation>Setting the user PIN of token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Opening a session on the token</source>
        <translation>Opening a session on the token</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Out of memory.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PKCS#11 URI (RFC 7512): %2.</source>
        <translation>&quot;%1&quot; is not a valid PKCS#11 URI (RFC 7512): %2.</translation>
    </message>
    <message>
        <source>No present token matches %1: insert the card or connect the HSM.</source>
        <translation>No present token matches %1: insert the card or connect the HSM.</translation>
    </message>
    <message>
        <source>%1 tokens match %2: add the serial (serial=…) to the URI.</source>
        <translation>%1 tokens match %2: add the serial (serial=…) to the URI.</translation>
    </message>
    <message>
        <source>%1 names no object (object= or id=).</source>
        <translation>%1 names no object (object= or id=).</translation>
    </message>
    <message>
        <source>DCO Key</source>
        <translation>DCO Key</translation>
    </message>
    <message>
        <source>Shared Key</source>
        <translation>Shared Key</translation>
    </message>
    <message>
        <source>Transport Key</source>
        <translation>Transport Key</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>device key</translation>
    </message>
    <message>
        <source>Transport Key component</source>
        <translation>Transport Key component</translation>
    </message>
    <message>
        <source>Generating the AES key &quot;%1&quot; on the token</source>
        <translation>Generating the AES key &quot;%1&quot; on the token</translation>
    </message>
    <message>
        <source>An AES-128 key is 16 bytes; %1 were given.</source>
        <translation>An AES-128 key is 16 bytes; %1 were given.</translation>
    </message>
    <message>
        <source>Creating the AES key &quot;%1&quot; on the token</source>
        <translation>Creating the AES key &quot;%1&quot; on the token</translation>
    </message>
    <message>
        <source>The token holds no secret key labelled &quot;%1&quot; (or nobody is logged in to see it).</source>
        <translation>The token holds no secret key labelled &quot;%1&quot; (or nobody is logged in to see it).</translation>
    </message>
    <message>
        <source>The token holds %1 secret keys labelled &quot;%2&quot;: remove the duplicates or name the key by its id.</source>
        <translation>The token holds %1 secret keys labelled &quot;%2&quot;: remove the duplicates or name the key by its id.</translation>
    </message>
    <message>
        <source>%1 secret keys have the id %2; exactly one was expected.</source>
        <translation>%1 secret keys have the id %2; exactly one was expected.</translation>
    </message>
    <message>
        <source>Reading the attributes of &quot;%1&quot;</source>
        <translation>Reading the attributes of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The token cannot compute a %1 key check value: %2.</source>
        <translation>The token cannot compute a %1 key check value: %2.</translation>
    </message>
    <message>
        <source>Computing the %1 key check value of &quot;%2&quot;</source>
        <translation>Computing the %1 key check value of &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The token returned a short result for the key check value.</source>
        <translation>The token returned a short result for the key check value.</translation>
    </message>
    <message>
        <source>Logging in as the token&apos;s security officer</source>
        <translation>Logging in as the token&apos;s security officer</translation>
    </message>
    <message>
        <source>Logging in to the token</source>
        <translation>Logging in to the token</translation>
    </message>
    <message>
        <source>Logging out of the token</source>
        <translation>Logging out of the token</translation>
    </message>
    <message>
        <source>Reading the session state</source>
        <translation>Reading the session state</translation>
    </message>
    <message>
        <source>Searching the token for objects</source>
        <translation>Searching the token for objects</translation>
    </message>
    <message>
        <source>Finishing the object search</source>
        <translation>Finishing the object search</translation>
    </message>
    <message>
        <source>Reading an attribute of a token object</source>
        <translation>Reading an attribute of a token object</translation>
    </message>
    <message>
        <source>The token does not reveal this attribute.</source>
        <translation>The token does not reveal this attribute.</translation>
    </message>
    <message>
        <source>Destroying a token object</source>
        <translation>Destroying a token object</translation>
    </message>
    <message>
        <source>Asking the token for random bytes</source>
        <translation>Asking the token for random bytes</translation>
    </message>
    <message>
        <source>%1 is not sensitive — its value can be read from the token.</source>
        <translation>%1 is not sensitive — its value can be read from the token.</translation>
    </message>
    <message>
        <source>DCO Key is extractable — violates the key hierarchy (DESIGN.md: never leaves the HSM).</source>
        <translation>DCO Key is extractable — violates the key hierarchy (DESIGN.md: never leaves the HSM).</translation>
    </message>
    <message>
        <source>DCO Key may decrypt — the clear-key unpackaging fallback is enabled: development profile only, not for live keys.</source>
        <translation>DCO Key may decrypt — the clear-key unpackaging fallback is enabled: development profile only, not for live keys.</translation>
    </message>
    <message>
        <source>Shared Key can be wrapped under any wrapping key, not only a trusted Transport Key — acceptable on a development token only.</source>
        <translation>Shared Key can be wrapped under any wrapping key, not only a trusted Transport Key — acceptable on a development token only.</translation>
    </message>
    <message>
        <source>Shared Key may decrypt — the clear-key unpackaging fallback is enabled: development profile only, not for live keys.</source>
        <translation>Shared Key may decrypt — the clear-key unpackaging fallback is enabled: development profile only, not for live keys.</translation>
    </message>
    <message>
        <source>Transport Key is extractable — violates the key hierarchy.</source>
        <translation>Transport Key is extractable — violates the key hierarchy.</translation>
    </message>
    <message>
        <source>The journal signing key is extractable — violates the key hierarchy.</source>
        <translation>The journal signing key is extractable — violates the key hierarchy.</translation>
    </message>
    <message>
        <source>Listing the token&apos;s objects</source>
        <translation>Listing the token&apos;s objects</translation>
    </message>
    <message>
        <source>device master key</source>
        <translation>device master key</translation>
    </message>
    <message>
        <source>Reading the token information of slot %1</source>
        <translation>Reading the token information of slot %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PKCS#11 URI: it must start with &quot;pkcs11:&quot; (RFC 7512).</source>
        <translation>&quot;%1&quot; is not a PKCS#11 URI: it must start with &quot;pkcs11:&quot; (RFC 7512).</translation>
    </message>
    <message>
        <source>%1 names no token: add token=LABEL or serial=SERIAL (e.g. %2).</source>
        <translation>%1 names no token: add token=LABEL or serial=SERIAL (e.g. %2).</translation>
    </message>
    <message>
        <source>The token store&apos;s safety copy %1 cannot be written: %2.</source>
        <translation>The token store&apos;s safety copy %1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>The damaged token file %1 cannot be restored: %2.</source>
        <translation>The damaged token file %1 cannot be restored: %2.</translation>
    </message>
    <message>
        <source>Another workspace&apos;s token store is already loaded in this process: restart Symbolon to open this workspace.</source>
        <translation>Another workspace&apos;s token store is already loaded in this process: restart Symbolon to open this workspace.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>The embedded token store holds %n damaged token(s) with no safety copy (a process was killed while SoftHSM2 rewrote them): %1. Restore the store from your backup.</source>
        <translation>
            <numerusform>The embedded token store holds %n damaged token with no safety copy (a process was killed while SoftHSM2 rewrote it): %1. Restore the store from your backup.</numerusform>
            <numerusform>The embedded token store holds %n damaged tokens with no safety copy (a process was killed while SoftHSM2 rewrote them): %1. Restore the store from your backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing a data object on the card</source>
        <translation>Writing a data object on the card</translation>
    </message>
    <message>
        <source>%1 cannot be examined</source>
        <translation>%1 cannot be examined</translation>
    </message>
    <message>
        <source>%1 %2 is owned by user %3, not root</source>
        <translation>%1 %2 is owned by user %3, not root</translation>
    </message>
    <message>
        <source>%1 %2 can be written by others than root</source>
        <translation>%1 %2 can be written by others than root</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be read: %2</source>
        <translation>The PKCS#11 module %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be read to the end.</source>
        <translation>The PKCS#11 module %1 cannot be read to the end.</translation>
    </message>
    <message>
        <source>No PKCS#11 module is named.</source>
        <translation>No PKCS#11 module is named.</translation>
    </message>
    <message>
        <source>No PKCS#11 module named &quot;%1&quot; is registered with p11-kit on this machine (folders: %2).</source>
        <translation>No PKCS#11 module named &quot;%1&quot; is registered with p11-kit on this machine (folders: %2).</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist.</source>
        <translation>The PKCS#11 module %1 does not exist.</translation>
    </message>
    <message>
        <source>The PKCS#11 module &quot;%1&quot; is refused: %2. Only root may be able to change the code a custodian&apos;s PIN is typed into.</source>
        <translation>The PKCS#11 module &quot;%1&quot; is refused: %2. Only root may be able to change the code a custodian&apos;s PIN is typed into.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is refused: it is not registered with p11-kit on this machine (%2). Name a registered module (for example &quot;softhsm2&quot;), or, on a development machine only, allow modules by path in Settings.</source>
        <translation>The PKCS#11 module %1 is refused: it is not registered with p11-kit on this machine (%2). Name a registered module (for example &quot;softhsm2&quot;), or, on a development machine only, allow modules by path in Settings.</translation>
    </message>
    <message>
        <source>Deriving the sealing key failed (HKDF).</source>
        <translation>Deriving the sealing key failed (HKDF).</translation>
    </message>
    <message>
        <source>The card&apos;s public key is not a usable EC P-256 key.</source>
        <translation>The card&apos;s public key is not a usable EC P-256 key.</translation>
    </message>
    <message>
        <source>Generating the ephemeral sealing key failed.</source>
        <translation>Generating the ephemeral sealing key failed.</translation>
    </message>
    <message>
        <source>Encoding the ephemeral sealing key failed.</source>
        <translation>Encoding the ephemeral sealing key failed.</translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation>The random generator failed.</translation>
    </message>
    <message>
        <source>Sealing to the card&apos;s key failed (AES-GCM).</source>
        <translation>Sealing to the card&apos;s key failed (AES-GCM).</translation>
    </message>
    <message>
        <source>The sealed value is malformed: expected a 65-byte point, a 12-byte nonce and a ciphertext with its 16-byte tag.</source>
        <translation>The sealed value is malformed: expected a 65-byte point, a 12-byte nonce and a ciphertext with its 16-byte tag.</translation>
    </message>
    <message>
        <source>The sealed value does not open with this card: it was altered, or sealed to another card.</source>
        <translation>The sealed value does not open with this card: it was altered, or sealed to another card.</translation>
    </message>
    <message>
        <source>Changing the token&apos;s PIN</source>
        <translation>Changing the token&apos;s PIN</translation>
    </message>
    <message>
        <source>The sealed value&apos;s ephemeral key is not a point on P-256.</source>
        <translation>The sealed value&apos;s ephemeral key is not a point on P-256.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is already initialised in this process with other initialisation parameters (&quot;%2&quot;, now &quot;%3&quot;): a library is initialised once. Give every role that uses it the same parameters, or restart Symbolon.</source>
        <translation>The PKCS#11 module %1 is already initialised in this process with other initialisation parameters (&quot;%2&quot;, now &quot;%3&quot;): a library is initialised once. Give every role that uses it the same parameters, or restart Symbolon.</translation>
    </message>
    <message>
        <source>The initialisation parameters of the PKCS#11 module %1 contain a NUL character.</source>
        <translation>The initialisation parameters of the PKCS#11 module %1 contain a NUL character.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 was initialised in this process by another component, without the parameters &quot;%2&quot;: restart Symbolon.</source>
        <translation>The PKCS#11 module %1 was initialised in this process by another component, without the parameters &quot;%2&quot;: restart Symbolon.</translation>
    </message>
    <message>
        <source>Initialising the PKCS#11 module %1 with the parameters &quot;%2&quot;</source>
        <translation>Initialising the PKCS#11 module %1 with the parameters &quot;%2&quot;</translation>
    </message>
    <message>
        <source>C_Encrypt under a one-time session key, then C_UnwrapKey with CKM_AES_ECB: the typed component enters the module without C_CreateObject</source>
        <translation>C_Encrypt under a one-time session key, then C_UnwrapKey with CKM_AES_ECB: the typed component enters the module without C_CreateObject</translation>
    </message>
    <message>
        <source>C_CreateObject of the typed component as a derive-only session object (a FIPS-mode module refuses this)</source>
        <translation>C_CreateObject of the typed component as a derive-only session object (a FIPS-mode module refuses this)</translation>
    </message>
    <message>
        <source>Transport Key component entry</source>
        <translation>Transport Key component entry</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 needs %2 inside the module; this token does not offer it, and the only other way (%3) is refused. %4</source>
        <translation>%1 needs %2 inside the module; this token does not offer it, and the only other way (%3) is refused. %4</translation>
    </message>
    <message>
        <source>Entering the first component into the token (%1)</source>
        <translation>Entering the first component into the token (%1)</translation>
    </message>
    <message>
        <source>%1 (entry point %2)</source>
        <translation>%1 (entry point %2)</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is already initialised in this process through %2: a library is used through one entry point (%3 was asked for). Give every role that uses it the same entry point, or restart Symbolon.</source>
        <translation>The PKCS#11 module %1 is already initialised in this process through %2: a library is used through one entry point (%3 was asked for). Give every role that uses it the same entry point, or restart Symbolon.</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>not run: %1</translation>
    </message>
    <message>
        <source>AES key generation, %1 template</source>
        <translation>AES key generation, %1 template</translation>
    </message>
    <message>
        <source>the token holds the key otherwise than asked: %1</source>
        <translation>the token holds the key otherwise than asked: %1</translation>
    </message>
    <message>
        <source>ok; every attribute reads back as set</source>
        <translation>ok; every attribute reads back as set</translation>
    </message>
    <message>
        <source>no key of known value (%1)</source>
        <translation>no key of known value (%1)</translation>
    </message>
    <message>
        <source>%1, where RFC 3394&apos;s KEK has %2</source>
        <translation>%1, where RFC 3394&apos;s KEK has %2</translation>
    </message>
    <message>
        <source>ok: %1, RFC 3394&apos;s KEK</source>
        <translation>ok: %1, RFC 3394&apos;s KEK</translation>
    </message>
    <message>
        <source>ok: the entered key has the published key&apos;s KCV</source>
        <translation>ok: the entered key has the published key&apos;s KCV</translation>
    </message>
    <message>
        <source>entered, but its value could not be confirmed by a KCV</source>
        <translation>entered, but its value could not be confirmed by a KCV</translation>
    </message>
    <message>
        <source>ok: the combined key has the published key&apos;s KCV</source>
        <translation>ok: the combined key has the published key&apos;s KCV</translation>
    </message>
    <message>
        <source>the combined key is not the XOR of its components</source>
        <translation>the combined key is not the XOR of its components</translation>
    </message>
    <message>
        <source>combined, but its KCV could not be computed: %1</source>
        <translation>combined, but its KCV could not be computed: %1</translation>
    </message>
    <message>
        <source>no key of known value to package (%1)</source>
        <translation>no key of known value to package (%1)</translation>
    </message>
    <message>
        <source>the package is not AES-ECB of RFC 3394&apos;s key data under its KEK</source>
        <translation>the package is not AES-ECB of RFC 3394&apos;s key data under its KEK</translation>
    </message>
    <message>
        <source>ok: AES-ECB of RFC 3394&apos;s key data under its KEK</source>
        <translation>ok: AES-ECB of RFC 3394&apos;s key data under its KEK</translation>
    </message>
    <message>
        <source>ok: RFC 3394 §4.1&apos;s key data (its ECB package is the published one)</source>
        <translation>ok: RFC 3394 §4.1&apos;s key data (its ECB package is the published one)</translation>
    </message>
    <message>
        <source>unwrapped; its value could not be confirmed (no ECB packaging)</source>
        <translation>unwrapped; its value could not be confirmed (no ECB packaging)</translation>
    </message>
    <message>
        <source>no package (ECB packaging)</source>
        <translation>no package (ECB packaging)</translation>
    </message>
    <message>
        <source>ok: packaged again, the same 16 bytes</source>
        <translation>ok: packaged again, the same 16 bytes</translation>
    </message>
    <message>
        <source>no key of known value to wrap (%1)</source>
        <translation>no key of known value to wrap (%1)</translation>
    </message>
    <message>
        <source>%1, where RFC 3394 §4.1 has %2</source>
        <translation>%1, where RFC 3394 §4.1 has %2</translation>
    </message>
    <message>
        <source>ok: RFC 3394 §4.1&apos;s ciphertext</source>
        <translation>ok: RFC 3394 §4.1&apos;s ciphertext</translation>
    </message>
    <message>
        <source>done; its value could not be confirmed (no ECB packaging)</source>
        <translation>done; its value could not be confirmed (no ECB packaging)</translation>
    </message>
    <message>
        <source>the key that came back is not the key that went in</source>
        <translation>the key that came back is not the key that went in</translation>
    </message>
    <message>
        <source>CKA_EXTRACTABLE=false enforced by C_WrapKey</source>
        <translation>CKA_EXTRACTABLE=false enforced by C_WrapKey</translation>
    </message>
    <message>
        <source>no ECB packaging, or no key to wrap under</source>
        <translation>no ECB packaging, or no key to wrap under</translation>
    </message>
    <message>
        <source>refused (%1): a key made not extractable stays in the module</source>
        <translation>refused (%1): a key made not extractable stays in the module</translation>
    </message>
    <message>
        <source>wrapped: the token lets a key marked CKA_EXTRACTABLE=false leave it, so anyone logged in could take the DCO Key out</source>
        <translation>wrapped: the token lets a key marked CKA_EXTRACTABLE=false leave it, so anyone logged in could take the DCO Key out</translation>
    </message>
    <message>
        <source>CKA_TRUSTED set by a user</source>
        <translation>CKA_TRUSTED set by a user</translation>
    </message>
    <message>
        <source>refused (%1): only the security officer marks keys trusted</source>
        <translation>refused (%1): only the security officer marks keys trusted</translation>
    </message>
    <message>
        <source>accepted: a user can mark a key trusted, so CKA_WRAP_WITH_TRUSTED does not limit where the Shared Key can go</source>
        <translation>accepted: a user can mark a key trusted, so CKA_WRAP_WITH_TRUSTED does not limit where the Shared Key can go</translation>
    </message>
    <message>
        <source>CKA_WRAP_WITH_TRUSTED enforced</source>
        <translation>CKA_WRAP_WITH_TRUSTED enforced</translation>
    </message>
    <message>
        <source>no RFC 3394 wrap, or no key to wrap under</source>
        <translation>no RFC 3394 wrap, or no key to wrap under</translation>
    </message>
    <message>
        <source>refused (%1) under a key that is not trusted</source>
        <translation>refused (%1) under a key that is not trusted</translation>
    </message>
    <message>
        <source>wrapped under a key that is not trusted: the token does not enforce CKA_WRAP_WITH_TRUSTED</source>
        <translation>wrapped under a key that is not trusted: the token does not enforce CKA_WRAP_WITH_TRUSTED</translation>
    </message>
    <message>
        <source>native</source>
        <translation>native</translation>
    </message>
    <message>
        <source>fallback (development only)</source>
        <translation>fallback (development only)</translation>
    </message>
    <message>
        <source>fallback: refused (production)</source>
        <translation>fallback: refused (production)</translation>
    </message>
    <message>
        <source>impossible</source>
        <translation>impossible</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Time per call</source>
        <translation>Time per call</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ready: every operation this site needs works on this token.</source>
        <translation>Ready: every operation this site needs works on this token.</translation>
    </message>
    <message>
        <source>NOT READY: see the FAILED rows.</source>
        <translation>NOT READY: see the FAILED rows.</translation>
    </message>
    <message>
        <source>%1 needs %2, which this token does not offer. Use a token that supports it.</source>
        <translation>%1 needs %2, which this token does not offer. Use a token that supports it.</translation>
    </message>
    <message>
        <source>entry point &quot;%1&quot; is not one of %2 (leave it out for C_GetFunctionList).</source>
        <translation>entry point &quot;%1&quot; is not one of %2 (leave it out for C_GetFunctionList).</translation>
    </message>
    <message>
        <source>%1 has no entry point %2 (NSS softoken&apos;s FIPS mode): leave out the entry point (--key-token-function-list), or name NSS softoken&apos;s library.</source>
        <translation>%1 has no entry point %2 (NSS softoken&apos;s FIPS mode): leave out the entry point (--key-token-function-list), or name NSS softoken&apos;s library.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#11 module (no C_GetFunctionList).</source>
        <translation>%1 is not a PKCS#11 module (no C_GetFunctionList).</translation>
    </message>
    <message>
        <source>could not tell: %1</source>
        <translation>could not tell: %1</translation>
    </message>
    <message>
        <source>RFC 3394 test KEK</source>
        <translation>RFC 3394 test KEK</translation>
    </message>
    <message>
        <source>accepted, but the key reads back not trusted</source>
        <translation>accepted, but the key reads back not trusted</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>fallback</translation>
    </message>
    <message>
        <source>The token allows %1 session(s) for this work; %2 were asked for.</source>
        <translation>The token allows %1 session(s) for this work; %2 were asked for.</translation>
    </message>
    <message>
        <source>The token refused session %1 (%2): the work runs on %3 session(s).</source>
        <translation>The token refused session %1 (%2): the work runs on %3 session(s).</translation>
    </message>
</context>
<context>
    <name>symbolon::inventory</name>
    <message>
        <source>a field is longer than %1 bytes</source>
        <translation>a field is longer than %1 bytes</translation>
    </message>
    <message>
        <source>a record is longer than %1 bytes</source>
        <translation>a record is longer than %1 bytes</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</translation>
    </message>
    <message>
        <source>the file has more than %1 lines</source>
        <translation>the file has more than %1 lines</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>the file could not be read: %1</translation>
    </message>
    <message>
        <source>a quoted field that starts on this line is not closed before the end of the file</source>
        <translation>a quoted field that starts on this line is not closed before the end of the file</translation>
    </message>
    <message>
        <source>a carriage return is not followed by a line feed</source>
        <translation>a carriage return is not followed by a line feed</translation>
    </message>
    <message>
        <source>a double quote inside an unquoted field: put the whole field in double quotes and write the quote as two</source>
        <translation>a double quote inside an unquoted field: put the whole field in double quotes and write the quote as two</translation>
    </message>
    <message>
        <source>after a closing double quote, expected a comma or the end of the line</source>
        <translation>after a closing double quote, expected a comma or the end of the line</translation>
    </message>
    <message>
        <source>the inventory file could not be written: %1</source>
        <translation>the inventory file could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1: nothing was imported.</source>
        <translation>
            <numerusform>%n problem in %1: nothing was imported.</numerusform>
            <numerusform>%n problems in %1: nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file was already imported on %1 by %2 (%n device(s)); nothing changed.</source>
        <translation>
            <numerusform>This file was already imported on %1 by %2 (%n device); nothing changed.</numerusform>
            <numerusform>This file was already imported on %1 by %2 (%n devices); nothing changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>an earlier import</source>
        <translation>an earlier import</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>a device not already in the workspace (it came with %1)</source>
        <translation>a device not already in the workspace (it came with %1)</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>The import was cancelled: nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in %1 are already in the workspace: nothing was imported.</source>
        <translation>
            <numerusform>%n device in %1 is already in the workspace: nothing was imported.</numerusform>
            <numerusform>%n devices in %1 are already in the workspace: nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s) from %1.</source>
        <translation>
            <numerusform>Imported %n device from %1.</numerusform>
            <numerusform>Imported %n devices from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(key material not shown)</source>
        <translation>(key material not shown)</translation>
    </message>
    <message>
        <source>an inventory file opened for reading</source>
        <translation>an inventory file opened for reading</translation>
    </message>
    <message>
        <source>well-formed CSV: %1</source>
        <translation>well-formed CSV: %1</translation>
    </message>
    <message>
        <source>a header row naming the columns (%1); the file is empty</source>
        <translation>a header row naming the columns (%1); the file is empty</translation>
    </message>
    <message>
        <source>at least one device row after the header</source>
        <translation>at least one device row after the header</translation>
    </message>
    <message>
        <source>a file fingerprint (SHA-256), but OpenSSL could not compute it</source>
        <translation>a file fingerprint (SHA-256), but OpenSSL could not compute it</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>one of the inventory columns: %1, and optionally mk, ak_&lt;client&gt; and guek_&lt;client&gt; for the clients data_collection, extended_data_collection, management, firmware</source>
        <translation>one of the inventory columns: %1, and optionally mk, ak_&lt;client&gt; and guek_&lt;client&gt; for the clients data_collection, extended_data_collection, management, firmware</translation>
    </message>
    <message>
        <source>each column once; it is also column %1</source>
        <translation>each column once; it is also column %1</translation>
    </message>
    <message>
        <source>this required column in the header</source>
        <translation>this required column in the header</translation>
    </message>
    <message>
        <source>all nine key columns (mk, and ak_ and guek_ for each of the four keyed clients) or none; this one is missing</source>
        <translation>all nine key columns (mk, and ak_ and guek_ for each of the four keyed clients) or none; this one is missing</translation>
    </message>
    <message>
        <source>text of 1 to %1 printable characters</source>
        <translation>text of 1 to %1 printable characters</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), as in the header</source>
        <translation>
            <numerusform>%n field, as in the header</numerusform>
            <numerusform>%n fields, as in the header</numerusform>
        </translation>
    </message>
    <message>
        <source>a device id not already in this file; it is also on line %1</source>
        <translation>a device id not already in this file; it is also on line %1</translation>
    </message>
    <message>
        <source>a device type: CHF, ESME, GSME, GPF or PPMID</source>
        <translation>a device type: CHF, ESME, GSME, GPF or PPMID</translation>
    </message>
    <message>
        <source>IOC or FOC; %1</source>
        <translation>IOC or FOC; %1</translation>
    </message>
    <message>
        <source>a cohort: IOC or FOC</source>
        <translation>a cohort: IOC or FOC</translation>
    </message>
    <message>
        <source>a date and time with a time zone, e.g. 2024-03-01T09:30:00Z (a date alone is not enough: the 7-day rotation clock starts at commissioning)</source>
        <translation>a date and time with a time zone, e.g. 2024-03-01T09:30:00Z (a date alone is not enough: the 7-day rotation clock starts at commissioning)</translation>
    </message>
    <message>
        <source>a commissioning time on or after 2009-01-01T00:00:00Z</source>
        <translation>a commissioning time on or after 2009-01-01T00:00:00Z</translation>
    </message>
    <message>
        <source>a commissioning time not in the future (now is %1)</source>
        <translation>a commissioning time not in the future (now is %1)</translation>
    </message>
    <message>
        <source>empty, 1 or 2 (the SEC G2.44A device category)</source>
        <translation>empty, 1 or 2 (the SEC G2.44A device category)</translation>
    </message>
    <message>
        <source>a DLMS system title: 16 hex digits (8 bytes)</source>
        <translation>a DLMS system title: 16 hex digits (8 bytes)</translation>
    </message>
    <message>
        <source>an RFC 3394 wrapped key: 48 hex digits (24 bytes), or empty</source>
        <translation>an RFC 3394 wrapped key: 48 hex digits (24 bytes), or empty</translation>
    </message>
    <message>
        <source>all nine key columns filled, or all nine empty (%1 of 9 are filled)</source>
        <translation>all nine key columns filled, or all nine empty (%1 of 9 are filled)</translation>
    </message>
    <message>
        <source>a readable inventory file (%1)</source>
        <translation>a readable inventory file (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: expected %2</translation>
    </message>
    <message numerus="yes">
        <source>the inventory file has %n problem(s); nothing was imported. First: %1</source>
        <translation>
            <numerusform>the inventory file has %n problem; nothing was imported. First: %1</numerusform>
            <numerusform>the inventory file has %n problems; nothing was imported. First: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No device %1 in this workspace.</source>
        <translation>No device %1 in this workspace.</translation>
    </message>
    <message>
        <source> (this name holds an invisible byte order mark, U+FEFF: the file has a second one, or one in the middle; save it again as UTF-8)</source>
        <translation> (this name holds an invisible byte order mark, U+FEFF: the file has a second one, or one in the middle; save it again as UTF-8)</translation>
    </message>
    <message>
        <source> (the fields seem to be separated by semicolons: save the file with commas)</source>
        <translation> (the fields seem to be separated by semicolons: save the file with commas)</translation>
    </message>
    <message>
        <source> (the heading is not shown: it does not look like a column name; is this an inventory file?)</source>
        <translation> (the heading is not shown: it does not look like a column name; is this an inventory file?)</translation>
    </message>
    <message>
        <source>a name unlike “%1” (line %2): the two look alike but are different characters</source>
        <translation>a name unlike “%1” (line %2): the two look alike but are different characters</translation>
    </message>
    <message>
        <source>a name unlike “%1”, which the workspace already has: the two look alike but are different characters</source>
        <translation>a name unlike “%1”, which the workspace already has: the two look alike but are different characters</translation>
    </message>
    <message>
        <source>text with at most %1 different accents on one letter (stacked accents can hide what a name says)</source>
        <translation>text with at most %1 different accents on one letter (stacked accents can hide what a name says)</translation>
    </message>
    <message>
        <source>text in one writing system (the Unicode checker is not available, so only ASCII is accepted)</source>
        <translation>text in one writing system (the Unicode checker is not available, so only ASCII is accepted)</translation>
    </message>
    <message>
        <source>text the Unicode checker can read</source>
        <translation>text the Unicode checker can read</translation>
    </message>
    <message>
        <source>digits of one writing system (this name mixes digits of several)</source>
        <translation>digits of one writing system (this name mixes digits of several)</translation>
    </message>
    <message>
        <source>no invisible or repeated combining characters</source>
        <translation>no invisible or repeated combining characters</translation>
    </message>
    <message>
        <source>text in one writing system (this name mixes %1: letters of different scripts can look alike)</source>
        <translation>text in one writing system (this name mixes %1: letters of different scripts can look alike)</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported: nothing was imported. Import it again once it is complete.</source>
        <translation>%1 changed while it was being imported: nothing was imported. Import it again once it is complete.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n different names in this column (the file has more: are the columns in the right order?)</source>
        <translation>
            <numerusform>at most %n different name in this column (the file has more: are the columns in the right order?)</numerusform>
            <numerusform>at most %n different names in this column (the file has more: are the columns in the right order?)</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1: its system title must be 8 bytes and its migration keys either absent or nine of 24 bytes; nothing was imported.</source>
        <translation>Device %1: its system title must be 8 bytes and its migration keys either absent or nine of 24 bytes; nothing was imported.</translation>
    </message>
    <message>
        <source>Device %1 was neither inserted nor found in the workspace; nothing was imported.</source>
        <translation>Device %1 was neither inserted nor found in the workspace; nothing was imported.</translation>
    </message>
    <message>
        <source>a regular file (a pipe or terminal cannot be read twice: save the inventory to a file first)</source>
        <translation>a regular file (a pipe or terminal cannot be read twice: save the inventory to a file first)</translation>
    </message>
</context>
<context>
    <name>symbolon::journal</name>
    <message>
        <source>A checkpoint is malformed: expected seq (&gt;= 1), hash (32 bytes hex), time (ISO 8601), key_fingerprint (64 hex) and signature (base64).</source>
        <translation>A checkpoint is malformed: expected seq (&gt;= 1), hash (32 bytes hex), time (ISO 8601), key_fingerprint (64 hex) and signature (base64).</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be opened: %2</source>
        <translation>The checkpoint file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be written: %2</source>
        <translation>The checkpoint file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be read: %2</source>
        <translation>The checkpoint file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected one checkpoint as a JSON object (%3).</source>
        <translation>%1, line %2: expected one checkpoint as a JSON object (%3).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>Counting journal entries returned no row.</source>
        <translation>Counting journal entries returned no row.</translation>
    </message>
    <message>
        <source>A journal page needs an offset of 0 or more and a limit of 1 or more.</source>
        <translation>A journal page needs an offset of 0 or more and a limit of 1 or more.</translation>
    </message>
    <message>
        <source>The journal token is not present, so checkpoints cannot be signed: %1</source>
        <translation>The journal token is not present, so checkpoints cannot be signed: %1</translation>
    </message>
    <message>
        <source>Verification FAILED at entry #%1: %2</source>
        <translation>Verification FAILED at entry #%1: %2</translation>
    </message>
    <message>
        <source>Verification FAILED: %1</source>
        <translation>Verification FAILED: %1</translation>
    </message>
    <message>
        <source>Chain verified: %1 entries (#%2 to #%3), every hash and link intact</source>
        <translation>Chain verified: %1 entries (#%2 to #%3), every hash and link intact</translation>
    </message>
    <message>
        <source>; %1 checkpoint signatures verified, the last covering #%2, signed at %3 by key %4</source>
        <translation>; %1 checkpoint signatures verified, the last covering #%2, signed at %3 by key %4</translation>
    </message>
    <message>
        <source>; no checkpoint anchors it</source>
        <translation>; no checkpoint anchors it</translation>
    </message>
    <message>
        <source>checkpoints are present but no public key was given to verify them</source>
        <translation>checkpoints are present but no public key was given to verify them</translation>
    </message>
    <message>
        <source>the checkpoint of #%1 signed at %2 does not verify: it was altered, or signed by another key (fingerprint %3)</source>
        <translation>the checkpoint of #%1 signed at %2 does not verify: it was altered, or signed by another key (fingerprint %3)</translation>
    </message>
    <message>
        <source>the checkpoint file lacks the checkpoint of #%1 signed at %2: it was truncated or replaced</source>
        <translation>the checkpoint file lacks the checkpoint of #%1 signed at %2: it was truncated or replaced</translation>
    </message>
    <message>
        <source>the journal does not start at entry #1 (it starts at #%1)</source>
        <translation>the journal does not start at entry #1 (it starts at #%1)</translation>
    </message>
    <message>
        <source>the entry is missing (the next one found is #%1)</source>
        <translation>the entry is missing (the next one found is #%1)</translation>
    </message>
    <message>
        <source>entries are out of order (found #%1 here)</source>
        <translation>entries are out of order (found #%1 here)</translation>
    </message>
    <message>
        <source>it does not link to the entry before it (prev_hash differs)</source>
        <translation>it does not link to the entry before it (prev_hash differs)</translation>
    </message>
    <message>
        <source>its content was altered: the hash does not match</source>
        <translation>its content was altered: the hash does not match</translation>
    </message>
    <message>
        <source>it differs from the version signed in the checkpoint of %1</source>
        <translation>it differs from the version signed in the checkpoint of %1</translation>
    </message>
    <message>
        <source>the journal ends at #%1, but a checkpoint signed at %2 covers #%3: entries were deleted from the end</source>
        <translation>the journal ends at #%1, but a checkpoint signed at %2 covers #%3: entries were deleted from the end</translation>
    </message>
    <message>
        <source>no checkpoint was found: nothing anchors the chain against truncation</source>
        <translation>no checkpoint was found: nothing anchors the chain against truncation</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>the session broke (the collector closed it or stopped answering)</source>
        <translation>the session broke (the collector closed it or stopped answering)</translation>
    </message>
    <message>
        <source>the collector closed the session</source>
        <translation>the collector closed the session</translation>
    </message>
    <message>
        <source>a network read or write failed</source>
        <translation>a network read or write failed</translation>
    </message>
    <message>
        <source>the collector did not answer in time</source>
        <translation>the collector did not answer in time</translation>
    </message>
    <message>
        <source>the collector refused a message (error response)</source>
        <translation>the collector refused a message (error response)</translation>
    </message>
    <message>
        <source>the collector does not accept RELP syslog messages</source>
        <translation>the collector does not accept RELP syslog messages</translation>
    </message>
    <message>
        <source>the session does not allow syslog messages</source>
        <translation>the session does not allow syslog messages</translation>
    </message>
    <message>
        <source>TLS failed (check the certificates and the collector&apos;s TLS settings)</source>
        <translation>TLS failed (check the certificates and the collector&apos;s TLS settings)</translation>
    </message>
    <message>
        <source>this librelp was built without TLS</source>
        <translation>this librelp was built without TLS</translation>
    </message>
    <message>
        <source>the collector&apos;s certificate was not accepted</source>
        <translation>the collector&apos;s certificate was not accepted</translation>
    </message>
    <message>
        <source>librelp error %1</source>
        <translation>librelp error %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 the SIEM collector %2 failed: %3. The entries stay queued and are sent again when the collector answers.</source>
        <translation>%1 the SIEM collector %2 failed: %3. The entries stay queued and are sent again when the collector answers.</translation>
    </message>
    <message>
        <source>The RELP library could not start (out of memory?).</source>
        <translation>The RELP library could not start (out of memory?).</translation>
    </message>
    <message>
        <source>Connecting to</source>
        <translation>Connecting to</translation>
    </message>
    <message>
        <source>Setting up TLS for</source>
        <translation>Setting up TLS for</translation>
    </message>
    <message>
        <source>Sending to the SIEM collector without a session.</source>
        <translation>Sending to the SIEM collector without a session.</translation>
    </message>
    <message>
        <source>Sending to</source>
        <translation>Sending to</translation>
    </message>
    <message>
        <source>Closing a SIEM session that is not open.</source>
        <translation>Closing a SIEM session that is not open.</translation>
    </message>
    <message>
        <source>Closing the session with</source>
        <translation>Closing the session with</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>idle (all acknowledged)</source>
        <translation>idle (all acknowledged)</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>connected, sending</source>
        <translation>connected, sending</translation>
    </message>
    <message>
        <source>collector unreachable, retrying</source>
        <translation>collector unreachable, retrying</translation>
    </message>
    <message>
        <source>A checkpoint&apos;s card signature is malformed: expected card_fingerprint (64 hex) and card_signature (base64), both or neither.</source>
        <translation>A checkpoint&apos;s card signature is malformed: expected card_fingerprint (64 hex) and card_signature (base64), both or neither.</translation>
    </message>
    <message>
        <source>Journal entry #%1, which the SIEM collector %2 acknowledged with hash %3, is no longer in the journal: entries were deleted after the collector received them. Forwarding stops; compare the journal with the collector&apos;s copy (journal verify --siem-log).</source>
        <translation>Journal entry #%1, which the SIEM collector %2 acknowledged with hash %3, is no longer in the journal: entries were deleted after the collector received them. Forwarding stops; compare the journal with the collector&apos;s copy (journal verify --siem-log).</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Journal entry #%1 was rewritten after the SIEM collector %2 acknowledged it: it had hash %3 then and has hash %4 now. Forwarding stops; compare the journal with the collector&apos;s copy (journal verify --siem-log) and treat the workspace as tampered with.</source>
        <translation>Journal entry #%1 was rewritten after the SIEM collector %2 acknowledged it: it had hash %3 then and has hash %4 now. Forwarding stops; compare the journal with the collector&apos;s copy (journal verify --siem-log) and treat the workspace as tampered with.</translation>
    </message>
    <message>
        <source>; every person&apos;s entries are co-signed by their own card (%1 card signatures)</source>
        <translation>; every person&apos;s entries are co-signed by their own card (%1 card signatures)</translation>
    </message>
    <message>
        <source>; %1 card co-signatures verified (not required for this journal)</source>
        <translation>; %1 card co-signatures verified (not required for this journal)</translation>
    </message>
    <message>
        <source>the checkpoint of #%1 signed at %2 is co-signed by a card the site register never enrolled (fingerprint %3)</source>
        <translation>the checkpoint of #%1 signed at %2 is co-signed by a card the site register never enrolled (fingerprint %3)</translation>
    </message>
    <message>
        <source>the card signature of %1 on the checkpoint of #%2 signed at %3 does not verify: the checkpoint was altered or forged</source>
        <translation>the card signature of %1 on the checkpoint of #%2 signed at %3 does not verify: the checkpoint was altered or forged</translation>
    </message>
    <message>
        <source>it names %1, but no checkpoint is co-signed by that person&apos;s card: it was written or changed without their card</source>
        <translation>it names %1, but no checkpoint is co-signed by that person&apos;s card: it was written or changed without their card</translation>
    </message>
    <message>
        <source>it names %1, but that person&apos;s card co-signed the journal only up to #%2: it was written or changed without their card</source>
        <translation>it names %1, but that person&apos;s card co-signed the journal only up to #%2: it was written or changed without their card</translation>
    </message>
    <message>
        <source>The SIEM log %1 cannot be read: %2.</source>
        <translation>The SIEM log %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: a Symbolon message without a valid seq and hash (expected seq=&quot;N&quot; hash=&quot;64 hex digits&quot; in its [%3] element).</source>
        <translation>%1, line %2: a Symbolon message without a valid seq and hash (expected seq=&quot;N&quot; hash=&quot;64 hex digits&quot; in its [%3] element).</translation>
    </message>
    <message>
        <source>%1, line %2: entry #%3 has hash %4 here but hash %5 on line %6: the collector received two different entries under one number.</source>
        <translation>%1, line %2: entry #%3 has hash %4 here but hash %5 on line %6: the collector received two different entries under one number.</translation>
    </message>
    <message>
        <source>%1 holds no Symbolon journal message (%2 lines read): is this the collector&apos;s file?</source>
        <translation>%1 holds no Symbolon journal message (%2 lines read): is this the collector&apos;s file?</translation>
    </message>
    <message>
        <source>%1, line %2: entry #%3 (hash %4) is not in the journal, which ends at #%5: entries were deleted after they were forwarded.</source>
        <translation>%1, line %2: entry #%3 (hash %4) is not in the journal, which ends at #%5: entries were deleted after they were forwarded.</translation>
    </message>
    <message>
        <source>%1, line %2: entry #%3 (hash %4) is not in the journal: it was deleted after it was forwarded.</source>
        <translation>%1, line %2: entry #%3 (hash %4) is not in the journal: it was deleted after it was forwarded.</translation>
    </message>
    <message>
        <source>%1, line %2: entry #%3 has hash %4 in the collector&apos;s copy but hash %5 in the journal: it was rewritten after it was forwarded.</source>
        <translation>%1, line %2: entry #%3 has hash %4 in the collector&apos;s copy but hash %5 in the journal: it was rewritten after it was forwarded.</translation>
    </message>
    <message>
        <source>%1 up to #%2</source>
        <translation>%1 up to #%2</translation>
    </message>
    <message>
        <source>; co-signed by: %1</source>
        <translation>; co-signed by: %1</translation>
    </message>
    <message>
        <source>it names %1, but no checkpoint covers it yet: a process of theirs stopped before signing (their card co-signs it when they next open the workspace), or someone else wrote it in their name</source>
        <translation>it names %1, but no checkpoint covers it yet: a process of theirs stopped before signing (their card co-signs it when they next open the workspace), or someone else wrote it in their name</translation>
    </message>
    <message>
        <source>The journal token &quot;%1&quot;: %2</source>
        <translation>The journal token &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The journal token &quot;%1&quot; already holds a journal signing key: it serves another workspace. Give this site a token of its own, or remove that key first.</source>
        <translation>The journal token &quot;%1&quot; already holds a journal signing key: it serves another workspace. Give this site a token of its own, or remove that key first.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>A timestamp is asked for over 32 bytes (SHA-256).</source>
        <translation>A timestamp is asked for over 32 bytes (SHA-256).</translation>
    </message>
    <message>
        <source>The TSA address %1 is not an http:// URL (RFC 3161 over HTTP; the answers are signed).</source>
        <translation>The TSA address %1 is not an http:// URL (RFC 3161 over HTTP; the answers are signed).</translation>
    </message>
    <message>
        <source>A timestamp request could not be made</source>
        <translation>A timestamp request could not be made</translation>
    </message>
    <message>
        <source>A timestamp request could not be encoded</source>
        <translation>A timestamp request could not be encoded</translation>
    </message>
    <message>
        <source>The TSA address %1 is not a URL.</source>
        <translation>The TSA address %1 is not a URL.</translation>
    </message>
    <message>
        <source>The TSA at %1 did not answer: %2</source>
        <translation>The TSA at %1 did not answer: %2</translation>
    </message>
    <message>
        <source>The TSA at %1 answered something that is not a timestamp response</source>
        <translation>The TSA at %1 answered something that is not a timestamp response</translation>
    </message>
    <message>
        <source>The TSA at %1 refused the timestamp (PKIStatus %2).</source>
        <translation>The TSA at %1 refused the timestamp (PKIStatus %2).</translation>
    </message>
    <message>
        <source>The TSA at %1 answered for another request</source>
        <translation>The TSA at %1 answered for another request</translation>
    </message>
    <message>
        <source>The TSA&apos;s token could not be encoded</source>
        <translation>The TSA&apos;s token could not be encoded</translation>
    </message>
    <message>
        <source>The timestamp token is not DER CMS</source>
        <translation>The timestamp token is not DER CMS</translation>
    </message>
    <message>
        <source>A timestamp could not be checked</source>
        <translation>A timestamp could not be checked</translation>
    </message>
    <message>
        <source>The pinned TSA certificate file holds no PEM certificate.</source>
        <translation>The pinned TSA certificate file holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The timestamp does not verify against the pinned TSA certificate, or is over other data</source>
        <translation>The timestamp does not verify against the pinned TSA certificate, or is over other data</translation>
    </message>
    <message>
        <source>The timestamp token holds no TSTInfo</source>
        <translation>The timestamp token holds no TSTInfo</translation>
    </message>
    <message>
        <source>The timestamp&apos;s time cannot be read.</source>
        <translation>The timestamp&apos;s time cannot be read.</translation>
    </message>
    <message>
        <source>%1 of %2 checkpoints carry a trusted timestamp that verifies against the pinned TSA certificate.</source>
        <translation>%1 of %2 checkpoints carry a trusted timestamp that verifies against the pinned TSA certificate.</translation>
    </message>
    <message>
        <source>Newest: %1, by %2.</source>
        <translation>Newest: %1, by %2.</translation>
    </message>
    <message>
        <source>Entries #%1 to #%2 were first timestamped long after their own time (#%1 is dated %3, its first timestamp %4): they were written, or rewritten, later than they say.</source>
        <translation>Entries #%1 to #%2 were first timestamped long after their own time (#%1 is dated %3, its first timestamp %4): they were written, or rewritten, later than they say.</translation>
    </message>
    <message>
        <source>Entries from #%1 on are not timestamped yet.</source>
        <translation>Entries from #%1 on are not timestamped yet.</translation>
    </message>
    <message>
        <source>The timestamp of checkpoint #%1 has no checkpoint: it was removed.</source>
        <translation>The timestamp of checkpoint #%1 has no checkpoint: it was removed.</translation>
    </message>
    <message>
        <source>The timestamp of checkpoint #%1 does not verify over the checkpoint as it is now: the checkpoint was re-signed after it was timestamped, or the token is not the TSA&apos;s (%2).</source>
        <translation>The timestamp of checkpoint #%1 does not verify over the checkpoint as it is now: the checkpoint was re-signed after it was timestamped, or the token is not the TSA&apos;s (%2).</translation>
    </message>
    <message>
        <source>Checkpoint #%1 says it was signed at %2 but was timestamped at %3.</source>
        <translation>Checkpoint #%1 says it was signed at %2 but was timestamped at %3.</translation>
    </message>
    <message>
        <source>Entry #%1 is dated after the timestamp that covers it: its time was changed.</source>
        <translation>Entry #%1 is dated after the timestamp that covers it: its time was changed.</translation>
    </message>
    <message>
        <source>Entries from #%1 on carry no timestamp, and #%1 is older than the window: their timestamps were deleted, or the time-stamping authority was not reached then.</source>
        <translation>Entries from #%1 on carry no timestamp, and #%1 is older than the window: their timestamps were deleted, or the time-stamping authority was not reached then.</translation>
    </message>
    <message>
        <source>The journal carries no timestamp that verifies.</source>
        <translation>The journal carries no timestamp that verifies.</translation>
    </message>
    <message>
        <source>Entries before #%1 were not checked (timestamps begin there, as given).</source>
        <translation>Entries before #%1 were not checked (timestamps begin there, as given).</translation>
    </message>
</context>
<context>
    <name>symbolon::journal::SiemForwarder</name>
    <message>
        <source>The SIEM forwarder is already running.</source>
        <translation>The SIEM forwarder is already running.</translation>
    </message>
    <message>
        <source>The SIEM collector %1 did not acknowledge every journal entry in time: %2 remain queued and will be sent on the next run.%3</source>
        <translation>The SIEM collector %1 did not acknowledge every journal entry in time: %2 remain queued and will be sent on the next run.%3</translation>
    </message>
    <message>
        <source>The SIEM collector %1 reported an error: %2. Unproven entries stay queued and are sent again.</source>
        <translation>The SIEM collector %1 reported an error: %2. Unproven entries stay queued and are sent again.</translation>
    </message>
</context>
<context>
    <name>symbolon::json</name>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object; a document whose keys repeat can be read two ways, so it is refused</source>
        <translation>the key &quot;%1&quot; appears twice in one object; a document whose keys repeat can be read two ways, so it is refused</translation>
    </message>
</context>
<context>
    <name>symbolon::keys</name>
    <message>
        <source>A key record begins as Migrated or Generated, never as %1.</source>
        <translation>A key record begins as Migrated or Generated, never as %1.</translation>
    </message>
    <message>
        <source>active: new packages go under it</source>
        <translation>active: new packages go under it</translation>
    </message>
    <message>
        <source>retiring: a rollover is moving its packages</source>
        <translation>retiring: a rollover is moving its packages</translation>
    </message>
    <message>
        <source>retired: no package refers to it</source>
        <translation>retired: no package refers to it</translation>
    </message>
    <message>
        <source>destroyed in the HSM</source>
        <translation>destroyed in the HSM</translation>
    </message>
    <message>
        <source>%1 is no longer %2: another session changed it. Nothing was changed.</source>
        <translation>%1 is no longer %2: another session changed it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Key record %1: a package is 16 bytes, not %2.</source>
        <translation>Key record %1: a package is 16 bytes, not %2.</translation>
    </message>
    <message>
        <source>Rollover %1 is no longer running.</source>
        <translation>Rollover %1 is no longer running.</translation>
    </message>
    <message>
        <source>%1 or v%2 has no record: this chunk was not committed.</source>
        <translation>%1 or v%2 has no record: this chunk was not committed.</translation>
    </message>
    <message>
        <source>%1 of the chunk&apos;s %2 key records are no longer under %3: another session moved them. This chunk was not committed.</source>
        <translation>%1 of the chunk&apos;s %2 key records are no longer under %3: another session moved them. This chunk was not committed.</translation>
    </message>
    <message>
        <source>Rollover %1 is no longer running: another session finished it. This chunk was not committed.</source>
        <translation>Rollover %1 is no longer running: another session finished it. This chunk was not committed.</translation>
    </message>
</context>
<context>
    <name>symbolon::policy</name>
    <message>
        <source>MOC devices are out of scope of the SMETS1 CKMP: the MOC cohort uses the S1SP PKI under the S1SPKI Certificate Policy</source>
        <translation>MOC devices are out of scope of the SMETS1 CKMP: the MOC cohort uses the S1SP PKI under the S1SPKI Certificate Policy</translation>
    </message>
    <message>
        <source>expected a cohort IOC or FOC</source>
        <translation>expected a cohort IOC or FOC</translation>
    </message>
    <message>
        <source>The compromise reference (CKMP (d)(vi))</source>
        <translation>The compromise reference (CKMP (d)(vi))</translation>
    </message>
    <message>
        <source>The compromise marking needs a valid time.</source>
        <translation>The compromise marking needs a valid time.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The device category must be a positive number from the SMETS1 Supporting Requirements; check the device&apos;s inventory record.</source>
        <translation>The device category must be a positive number from the SMETS1 Supporting Requirements; check the device&apos;s inventory record.</translation>
    </message>
    <message>
        <source>Refused under the production profile: %1 is cryptographic processing under SEC %2, which must be carried out in a FIPS 140-2 Level 3 module, and this token is not declared as one. Declare the token (manufacturer, model, serial, certificate number) in the workspace or use a declared token.</source>
        <translation>Refused under the production profile: %1 is cryptographic processing under SEC %2, which must be carried out in a FIPS 140-2 Level 3 module, and this token is not declared as one. Declare the token (manufacturer, model, serial, certificate number) in the workspace or use a declared token.</translation>
    </message>
    <message>
        <source>A quorum needs between 1 and 255 cards (Shamir sharing over GF(256)); %1 were given.</source>
        <translation>A quorum needs between 1 and 255 cards (Shamir sharing over GF(256)); %1 were given.</translation>
    </message>
    <message>
        <source>The threshold must be between 1 and the number of cards (%1); %2 was given.</source>
        <translation>The threshold must be between 1 and the number of cards (%1); %2 was given.</translation>
    </message>
    <message>
        <source>Refused under the production profile: a quorum of one card is not dual control. Require at least 2 cards to use the key token.</source>
        <translation>Refused under the production profile: a quorum of one card is not dual control. Require at least 2 cards to use the key token.</translation>
    </message>
    <message>
        <source>a transition must change the state</source>
        <translation>a transition must change the state</translation>
    </message>
    <message>
        <source>a key received at enrolment can only be replaced by a rotation (it becomes Superseded)</source>
        <translation>a key received at enrolment can only be replaced by a rotation (it becomes Superseded)</translation>
    </message>
    <message>
        <source>a generated key that was never distributed is not replaced: resume the interrupted re-key so that it distributes the keys it committed</source>
        <translation>a generated key that was never distributed is not replaced: resume the interrupted re-key so that it distributes the keys it committed</translation>
    </message>
    <message>
        <source>a generated key must first be distributed to the device</source>
        <translation>a generated key must first be distributed to the device</translation>
    </message>
    <message>
        <source>the device may already hold a distributed key: confirm its activation or resume the re-key; it stays Distributed until then</source>
        <translation>the device may already hold a distributed key: confirm its activation or resume the re-key; it stays Distributed until then</translation>
    </message>
    <message>
        <source>a distributed key only becomes Active, when the device confirms it</source>
        <translation>a distributed key only becomes Active, when the device confirms it</translation>
    </message>
    <message>
        <source>an active key only leaves service by being replaced (Superseded); devices cannot revoke or destroy keys (CKMP (d)(vii), (d)(x))</source>
        <translation>an active key only leaves service by being replaced (Superseded); devices cannot revoke or destroy keys (CKMP (d)(vii), (d)(x))</translation>
    </message>
    <message>
        <source>a superseded key is retained for audit and never returns to service</source>
        <translation>a superseded key is retained for audit and never returns to service</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migrated</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>there is no Revoked key state: SMETS1 DLMS devices cannot revoke symmetric keys (CKMP (d)(vii)); re-key the device instead</source>
        <translation>there is no Revoked key state: SMETS1 DLMS devices cannot revoke symmetric keys (CKMP (d)(vii)); re-key the device instead</translation>
    </message>
    <message>
        <source>there is no Destroyed key state: SMETS1 DLMS devices cannot destroy symmetric keys (CKMP (d)(x)); re-key the device instead</source>
        <translation>there is no Destroyed key state: SMETS1 DLMS devices cannot destroy symmetric keys (CKMP (d)(x)); re-key the device instead</translation>
    </message>
    <message>
        <source>Compromised is a flag set with a reference, not a key state</source>
        <translation>Compromised is a flag set with a reference, not a key state</translation>
    </message>
    <message>
        <source>expected a key state: migrated, generated, distributed, active or superseded</source>
        <translation>expected a key state: migrated, generated, distributed, active or superseded</translation>
    </message>
    <message>
        <source>A key cannot go from %1 to %2: %3.</source>
        <translation>A key cannot go from %1 to %2: %3.</translation>
    </message>
    <message>
        <source>recovery from a Major Incident where the DCO or an S1SP was compromised</source>
        <translation>recovery from a Major Incident where the DCO or an S1SP was compromised</translation>
    </message>
    <message>
        <source>a periodic review found Section G controls short of the minimum</source>
        <translation>a periodic review found Section G controls short of the minimum</translation>
    </message>
    <message>
        <source>The PMA instruction reference</source>
        <translation>The PMA instruction reference</translation>
    </message>
    <message>
        <source>%1 is empty: enter the reference exactly as it appears on the document you are citing.</source>
        <translation>%1 is empty: enter the reference exactly as it appears on the document you are citing.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed. Cite the document&apos;s identifier, not its text.</source>
        <translation>%1 is %2 characters long; at most %3 are allowed. Cite the document&apos;s identifier, not its text.</translation>
    </message>
    <message>
        <source>%1 contains a non-printable character at position %2: retype it rather than pasting it.</source>
        <translation>%1 contains a non-printable character at position %2: retype it rather than pasting it.</translation>
    </message>
    <message>
        <source>This device has completed its post-commissioning rotation, so its keys may only be replaced when the SMKI PMA instructs it (CKMP (b)(iii), (d)(v)): cite the PMA instruction reference and its ground (Major Incident or control shortfall).</source>
        <translation>This device has completed its post-commissioning rotation, so its keys may only be replaced when the SMKI PMA instructs it (CKMP (b)(iii), (d)(v)): cite the PMA instruction reference and its ground (Major Incident or control shortfall).</translation>
    </message>
    <message>
        <source>The workspace creation date is invalid; it is the baseline for the first 5-yearly risk review (CKMP (b)(iii)).</source>
        <translation>The workspace creation date is invalid; it is the baseline for the first 5-yearly risk review (CKMP (b)(iii)).</translation>
    </message>
    <message>
        <source>The date of the last risk review is invalid.</source>
        <translation>The date of the last risk review is invalid.</translation>
    </message>
    <message>
        <source>risk review overdue by %1 (due by %2)</source>
        <translation>risk review overdue by %1 (due by %2)</translation>
    </message>
    <message>
        <source>risk review due today (%1)</source>
        <translation>risk review due today (%1)</translation>
    </message>
    <message>
        <source>next risk review due by %1 (in %2)</source>
        <translation>next risk review due by %1 (in %2)</translation>
    </message>
    <message>
        <source>never reviewed; counted from the workspace creation on %1; </source>
        <translation>never reviewed; counted from the workspace creation on %1; </translation>
    </message>
    <message>
        <source>custodian (ACS card holder)</source>
        <translation>custodian (ACS card holder)</translation>
    </message>
    <message>
        <source>SMKI PMA reviewer</source>
        <translation>SMKI PMA reviewer</translation>
    </message>
    <message>
        <source>incident responder</source>
        <translation>incident responder</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow %2. Ask a person holding a role that does, or have your card&apos;s role changed by the workspace owner.</source>
        <translation>Your role (%1) does not allow %2. Ask a person holding a role that does, or have your card&apos;s role changed by the workspace owner.</translation>
    </message>
    <message>
        <source>The commissioning time is missing or invalid; the 7-day rotation deadline (CKMP (b)(iii)) cannot be computed without it.</source>
        <translation>The commissioning time is missing or invalid; the 7-day rotation deadline (CKMP (b)(iii)) cannot be computed without it.</translation>
    </message>
    <message>
        <source>The rotation completion time is invalid.</source>
        <translation>The rotation completion time is invalid.</translation>
    </message>
    <message>
        <source>The post-commissioning rotation is recorded as done before the device was commissioned: check both times in the inventory.</source>
        <translation>The post-commissioning rotation is recorded as done before the device was commissioned: check both times in the inventory.</translation>
    </message>
    <message>
        <source>The last connectivity time is invalid.</source>
        <translation>The last connectivity time is invalid.</translation>
    </message>
    <message>
        <source>done on %1 (%2 late)</source>
        <translation>done on %1 (%2 late)</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <source>due in %1 (by %2)</source>
        <translation>due in %1 (by %2)</translation>
    </message>
    <message>
        <source>overdue by %1 (deadline %2)</source>
        <translation>overdue by %1 (deadline %2)</translation>
    </message>
    <message>
        <source>; no connectivity since %1</source>
        <translation>; no connectivity since %1</translation>
    </message>
    <message>
        <source>an EUI-64 device id: 16 hex digits, written 00DB1234567890A0 or 00-DB-12-34-56-78-90-A0</source>
        <translation>an EUI-64 device id: 16 hex digits, written 00DB1234567890A0 or 00-DB-12-34-56-78-90-A0</translation>
    </message>
    <message>
        <source>Refused under the production profile: this token lacks the mechanism to do the operation inside the module, and the fallback would put clear key material in host memory, outside a FIPS 140-2 Level 3 module (CKMP (b)(ii), SEC G2.44). Use a token that supports the mechanism.</source>
        <translation>Refused under the production profile: this token lacks the mechanism to do the operation inside the module, and the fallback would put clear key material in host memory, outside a FIPS 140-2 Level 3 module (CKMP (b)(ii), SEC G2.44). Use a token that supports the mechanism.</translation>
    </message>
</context>
<context>
    <name>symbolon::quorum</name>
    <message>
        <source>the entry records no quorum request</source>
        <translation>the entry records no quorum request</translation>
    </message>
    <message>
        <source>the recorded request lacks its action, nonce, times or digest</source>
        <translation>the recorded request lacks its action, nonce, times or digest</translation>
    </message>
    <message>
        <source>the request rebuilt from the entry does not match its recorded digest</source>
        <translation>the request rebuilt from the entry does not match its recorded digest</translation>
    </message>
    <message>
        <source>the entry names the approver but records no signature to check</source>
        <translation>the entry names the approver but records no signature to check</translation>
    </message>
    <message>
        <source>the approval carries no signature</source>
        <translation>the approval carries no signature</translation>
    </message>
    <message>
        <source>the signature does not verify against the enrolled key of %1</source>
        <translation>the signature does not verify against the enrolled key of %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>This card already holds a share for %1.</source>
        <translation>This card already holds a share for %1.</translation>
    </message>
    <message>
        <source>Storing the share on the card</source>
        <translation>Storing the share on the card</translation>
    </message>
    <message>
        <source>This card holds no share for %1: is it enrolled, and are you logged in?</source>
        <translation>This card holds no share for %1: is it enrolled, and are you logged in?</translation>
    </message>
    <message>
        <source>The share on this card is malformed (expected version 1).</source>
        <translation>The share on this card is malformed (expected version 1).</translation>
    </message>
    <message>
        <source>Enrolment needs at least k = %1 cards; %2 were presented.</source>
        <translation>Enrolment needs at least k = %1 cards; %2 were presented.</translation>
    </message>
    <message>
        <source>The same card (serial %1) was presented twice.</source>
        <translation>The same card (serial %1) was presented twice.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; already holds a key-token share: each card serves one key token.</source>
        <translation>Card &quot;%1&quot; already holds a key-token share: each card serves one key token.</translation>
    </message>
    <message>
        <source>%1 of the %2 cards needed were presented.</source>
        <translation>%1 of the %2 cards needed were presented.</translation>
    </message>
    <message>
        <source>A quorum request needs an action, a 16-byte nonce and an expiry.</source>
        <translation>A quorum request needs an action, a 16-byte nonce and an expiry.</translation>
    </message>
    <message>
        <source>This quorum session has already been used: start a new one.</source>
        <translation>This quorum session has already been used: start a new one.</translation>
    </message>
    <message>
        <source>This quorum session was cancelled: start a new one.</source>
        <translation>This quorum session was cancelled: start a new one.</translation>
    </message>
    <message>
        <source>This quorum session expired at %1: start a new one.</source>
        <translation>This quorum session expired at %1: start a new one.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; (%2) has already approved: the same card never counts twice.</source>
        <translation>Card &quot;%1&quot; (%2) has already approved: the same card never counts twice.</translation>
    </message>
    <message>
        <source>%1 holds the role &quot;%2&quot;, which cannot approve a quorum: only ACS custodians can.</source>
        <translation>%1 holds the role &quot;%2&quot;, which cannot approve a quorum: only ACS custodians can.</translation>
    </message>
    <message>
        <source>The signature of card &quot;%1&quot; does not verify against the key enrolled for %2: the card is not the one enrolled.</source>
        <translation>The signature of card &quot;%1&quot; does not verify against the key enrolled for %2: the card is not the one enrolled.</translation>
    </message>
    <message>
        <source>%1 of the %2 approvals needed have been given.</source>
        <translation>%1 of the %2 approvals needed have been given.</translation>
    </message>
    <message>
        <source>The key token did not accept the PIN rebuilt from the approvals: %1</source>
        <translation>The key token did not accept the PIN rebuilt from the approvals: %1</translation>
    </message>
    <message>
        <source>A quorum needs 1 &lt;= k &lt;= n &lt;= 255 (k = %1, n = %2).</source>
        <translation>A quorum needs 1 &lt;= k &lt;= n &lt;= 255 (k = %1, n = %2).</translation>
    </message>
    <message>
        <source>There is no secret to split.</source>
        <translation>There is no secret to split.</translation>
    </message>
    <message>
        <source>libgfshare could not start the split.</source>
        <translation>libgfshare could not start the split.</translation>
    </message>
    <message>
        <source>No shares were given.</source>
        <translation>No shares were given.</translation>
    </message>
    <message>
        <source>A share has index 0, which is not a valid share.</source>
        <translation>A share has index 0, which is not a valid share.</translation>
    </message>
    <message>
        <source>The shares have different lengths: they come from different splits.</source>
        <translation>The shares have different lengths: they come from different splits.</translation>
    </message>
    <message>
        <source>The same share (index %1) was given twice.</source>
        <translation>The same share (index %1) was given twice.</translation>
    </message>
    <message>
        <source>libgfshare could not start combining.</source>
        <translation>libgfshare could not start combining.</translation>
    </message>
    <message>
        <source>The ceremony ran on the key token, but the journal entry that records it could not be written: %1 The key token keeps the ceremony&apos;s result and the journal does not show it: tell the PMA before anything else is done with this workspace.</source>
        <translation>The ceremony ran on the key token, but the journal entry that records it could not be written: %1 The key token keeps the ceremony&apos;s result and the journal does not show it: tell the PMA before anything else is done with this workspace.</translation>
    </message>
    <message>
        <source>no key with this fingerprint is enrolled in the site register</source>
        <translation>no key with this fingerprint is enrolled in the site register</translation>
    </message>
    <message>
        <source>The card with serial %1 is not in this site&apos;s register.</source>
        <translation>The card with serial %1 is not in this site&apos;s register.</translation>
    </message>
    <message>
        <source>%1 has already approved with another card: one person approves once, whatever cards they hold.</source>
        <translation>%1 has already approved with another card: one person approves once, whatever cards they hold.</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>does not match</translation>
    </message>
    <message>
        <source>%1: the approving cards hold %2 shares of the %3 sharing; %4 are needed.</source>
        <translation>%1: the approving cards hold %2 shares of the %3 sharing; %4 are needed.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>The share of card %1 (%2, generation %3) kept in the workspace does not open: %4</source>
        <translation>The share of card %1 (%2, generation %3) kept in the workspace does not open: %4</translation>
    </message>
    <message>
        <source>A re-share of the key token&apos;s PINs (generation %1) was interrupted and must be undone first; that needs approving custodians who hold shares of both the current and the interrupted sharing.</source>
        <translation>A re-share of the key token&apos;s PINs (generation %1) was interrupted and must be undone first; that needs approving custodians who hold shares of both the current and the interrupted sharing.</translation>
    </message>
    <message>
        <source>SO PIN</source>
        <translation>SO PIN</translation>
    </message>
    <message>
        <source>User PIN</source>
        <translation>User PIN</translation>
    </message>
    <message>
        <source>A re-share of the key token&apos;s PINs (generation %1) is still pending: undo it first.</source>
        <translation>A re-share of the key token&apos;s PINs (generation %1) is still pending: undo it first.</translation>
    </message>
    <message>
        <source>The new sharing needs k = %1 of the active custodians, and there are %2.</source>
        <translation>The new sharing needs k = %1 of the active custodians, and there are %2.</translation>
    </message>
    <message>
        <source>Changing the key token&apos;s PINs failed: %1 %2</source>
        <translation>Changing the key token&apos;s PINs failed: %1 %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Putting the old PINs back failed too (%1): the re-share stays pending, and the next quorum undoes it.</source>
        <translation>Putting the old PINs back failed too (%1): the re-share stays pending, and the next quorum undoes it.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; (%2) holds no share of the key token&apos;s PIN: it cannot approve.</source>
        <translation>Card &quot;%1&quot; (%2) holds no share of the key token&apos;s PIN: it cannot approve.</translation>
    </message>
    <message>
        <source>Card %1 (%2) holds no share of the key token&apos;s current PINs: it cannot approve a change that re-shares them.</source>
        <translation>Card %1 (%2) holds no share of the key token&apos;s current PINs: it cannot approve a change that re-shares them.</translation>
    </message>
    <message>
        <source>The key token did not accept the %1 rebuilt from the approvals: %2 Nothing was changed.</source>
        <translation>The key token did not accept the %1 rebuilt from the approvals: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>Enter the key token&apos;s current user PIN (its HSM administrator&apos;s).</source>
        <translation>Enter the key token&apos;s current user PIN (its HSM administrator&apos;s).</translation>
    </message>
    <message>
        <source>The user PIN of the key token &quot;%1&quot; is locked: its security officer must unblock it first.</source>
        <translation>The user PIN of the key token &quot;%1&quot; is locked: its security officer must unblock it first.</translation>
    </message>
    <message>
        <source>The key token &quot;%1&quot;: %2</source>
        <translation>The key token &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 The key token may have taken the new PIN: the custodians&apos; cards keep their shares, which rebuild it.</source>
        <translation>%1 The key token may have taken the new PIN: the custodians&apos; cards keep their shares, which rebuild it.</translation>
    </message>
    <message>
        <source>the token accepts neither the old nor the new PIN.</source>
        <translation>the token accepts neither the old nor the new PIN.</translation>
    </message>
    <message>
        <source>The card with serial %1 (%2) has left the site: it is %3 in the site register.</source>
        <translation>The card with serial %1 (%2) has left the site: it is %3 in the site register.</translation>
    </message>
</context>
<context>
    <name>symbolon::rekey</name>
    <message>
        <source>Confirmation file, line %1: %2 Nothing was changed.</source>
        <translation>Confirmation file, line %1: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>Device %1: %2</source>
        <translation>Device %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key export recipient: expected &quot;dco&quot; (AK and MK packages) or &quot;s1sp&quot; (GUEK packages).</source>
        <translation>&quot;%1&quot; is not a key export recipient: expected &quot;dco&quot; (AK and MK packages) or &quot;s1sp&quot; (GUEK packages).</translation>
    </message>
    <message>
        <source>it has no current master key record</source>
        <translation>it has no current master key record</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key kind a re-key replaces: expected MK, AK, GUEK (comma-separated) or &quot;all&quot;.</source>
        <translation>&quot;%1&quot; is not a key kind a re-key replaces: expected MK, AK, GUEK (comma-separated) or &quot;all&quot;.</translation>
    </message>
    <message>
        <source>Name at least one key kind to replace: MK, AK or GUEK.</source>
        <translation>Name at least one key kind to replace: MK, AK or GUEK.</translation>
    </message>
    <message>
        <source>Device list, line %1: %2</source>
        <translation>Device list, line %1: %2</translation>
    </message>
    <message>
        <source>Device list, line %1: device %2 is already on line %3; list each device once.</source>
        <translation>Device list, line %1: device %2 is already on line %3; list each device once.</translation>
    </message>
    <message>
        <source>The device list names no device: expected one device id per line (blank lines and # comments are ignored).</source>
        <translation>The device list names no device: expected one device id per line (blank lines and # comments are ignored).</translation>
    </message>
    <message>
        <source>Devices: %1 (%2 post-commissioning rotation, %3 under a PMA instruction)
</source>
        <translation>Devices: %1 (%2 post-commissioning rotation, %3 under a PMA instruction)
</translation>
    </message>
    <message>
        <source>New keys: %1
</source>
        <translation>New keys: %1
</translation>
    </message>
    <message>
        <source>By cohort: %1
</source>
        <translation>By cohort: %1
</translation>
    </message>
    <message>
        <source>By S1SP: %1
</source>
        <translation>By S1SP: %1
</translation>
    </message>
    <message>
        <source>By device type: %1
</source>
        <translation>By device type: %1
</translation>
    </message>
    <message>
        <source>Refused, %1 device(s): %2 (e.g. %3)
</source>
        <translation>Refused, %1 device(s): %2 (e.g. %3)
</translation>
    </message>
    <message>
        <source>the line is %1 bytes long; a result line is at most 4096.</source>
        <translation>the line is %1 bytes long; a result line is at most 4096.</translation>
    </message>
    <message>
        <source>expected one JSON object {&quot;run&quot;, &quot;device_id&quot;, &quot;result&quot;}.</source>
        <translation>expected one JSON object {&quot;run&quot;, &quot;device_id&quot;, &quot;result&quot;}.</translation>
    </message>
    <message>
        <source>&quot;run&quot; must be the re-key run number (a positive integer).</source>
        <translation>&quot;run&quot; must be the re-key run number (a positive integer).</translation>
    </message>
    <message>
        <source>&quot;device_id&quot;: %1</source>
        <translation>&quot;device_id&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;result&quot; must be &quot;success&quot; or &quot;failure&quot;; found &quot;%1&quot;.</source>
        <translation>&quot;result&quot; must be &quot;success&quot; or &quot;failure&quot;; found &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a failure needs a &quot;reason&quot; (what the device or the DCO reported).</source>
        <translation>a failure needs a &quot;reason&quot; (what the device or the DCO reported).</translation>
    </message>
    <message>
        <source>device %1 of run %2 is already on line %3.</source>
        <translation>device %1 of run %2 is already on line %3.</translation>
    </message>
    <message>
        <source>The confirmation file has no result line. Nothing was changed.</source>
        <translation>The confirmation file has no result line. Nothing was changed.</translation>
    </message>
    <message>
        <source>device %1 is not in re-key run %2.</source>
        <translation>device %1 is not in re-key run %2.</translation>
    </message>
    <message>
        <source>device %1 was already confirmed active in run %2; a later failure cannot undo that — mark its keys compromised instead if they are.</source>
        <translation>device %1 was already confirmed active in run %2; a later failure cannot undo that — mark its keys compromised instead if they are.</translation>
    </message>
    <message>
        <source>device %1 of run %2 is &quot;%3&quot;: only devices whose instructions were sent can be confirmed.</source>
        <translation>device %1 of run %2 is &quot;%3&quot;: only devices whose instructions were sent can be confirmed.</translation>
    </message>
    <message>
        <source>its master key package could not be opened: %1</source>
        <translation>its master key package could not be opened: %1</translation>
    </message>
    <message>
        <source>its master key package opens to KCV %1, but the record says %2: the package is not under this DCO Key or was altered</source>
        <translation>its master key package opens to KCV %1, but the record says %2: the package is not under this DCO Key or was altered</translation>
    </message>
    <message>
        <source>Run %1 has no committed or distributed device awaiting confirmation: nothing to send.</source>
        <translation>Run %1 has no committed or distributed device awaiting confirmation: nothing to send.</translation>
    </message>
    <message>
        <source>Run %1 has no committed device that has not been sent yet: nothing to send (use --resend to send again the ones awaiting confirmation).</source>
        <translation>Run %1 has no committed device that has not been sent yet: nothing to send (use --resend to send again the ones awaiting confirmation).</translation>
    </message>
    <message>
        <source>Could not write the instruction batch %1: %2. Nothing was changed.</source>
        <translation>Could not write the instruction batch %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device key kind: expected MK, AK or GUEK (or none for all).</source>
        <translation>&quot;%1&quot; is not a device key kind: expected MK, AK or GUEK (or none for all).</translation>
    </message>
    <message>
        <source>Device %1 has no current %2 key to mark: check the device id (is it in the inventory, and migrated?).</source>
        <translation>Device %1 has no current %2 key to mark: check the device id (is it in the inventory, and migrated?).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <source>Run %1 has no new %2 keys to export.</source>
        <translation>Run %1 has no new %2 keys to export.</translation>
    </message>
    <message>
        <source>AK or MK</source>
        <translation>AK or MK</translation>
    </message>
    <message>
        <source>GUEK</source>
        <translation>GUEK</translation>
    </message>
    <message>
        <source>Could not write the key export %1: %2.</source>
        <translation>Could not write the key export %1: %2.</translation>
    </message>
    <message>
        <source>The chunk size must be between 1 and 100000 devices.</source>
        <translation>The chunk size must be between 1 and 100000 devices.</translation>
    </message>
    <message>
        <source>Re-key run %1 is %2: there is nothing left to execute.</source>
        <translation>Re-key run %1 is %2: there is nothing left to execute.</translation>
    </message>
    <message>
        <source>Device %1 was not re-keyed: %2</source>
        <translation>Device %1 was not re-keyed: %2</translation>
    </message>
    <message>
        <source>no current master key: run the migration unwrap for it first</source>
        <translation>no current master key: run the migration unwrap for it first</translation>
    </message>
    <message>
        <source>an earlier re-key&apos;s keys are not yet confirmed active: confirm or retry that run first (one new key set per device)</source>
        <translation>an earlier re-key&apos;s keys are not yet confirmed active: confirm or retry that run first (one new key set per device)</translation>
    </message>
    <message>
        <source>already in open re-key run %1</source>
        <translation>already in open re-key run %1</translation>
    </message>
    <message>
        <source>not in this workspace&apos;s inventory</source>
        <translation>not in this workspace&apos;s inventory</translation>
    </message>
    <message>
        <source>not in the inventory, or outside the filter</source>
        <translation>not in the inventory, or outside the filter</translation>
    </message>
    <message>
        <source>The re-key was not planned: %1 device(s) refused. First reason (%2 device(s), e.g. %3): %4. Nothing was changed.</source>
        <translation>The re-key was not planned: %1 device(s) refused. First reason (%2 device(s), e.g. %3): %4. Nothing was changed.</translation>
    </message>
    <message>
        <source>No device matches this selection: nothing to re-key. Nothing was changed.</source>
        <translation>No device matches this selection: nothing to re-key. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no re-key run %1 in this workspace.</source>
        <translation>There is no re-key run %1 in this workspace.</translation>
    </message>
    <message>
        <source>Re-key run %1: %2 on %3 device(s)</source>
        <translation>Re-key run %1: %2 on %3 device(s)</translation>
    </message>
    <message>
        <source>The file does not end with a newline: it is truncated or not a %1 file.</source>
        <translation>The file does not end with a newline: it is truncated or not a %1 file.</translation>
    </message>
    <message>
        <source>The file has fewer than two lines: it is not a %1 file.</source>
        <translation>The file has fewer than two lines: it is not a %1 file.</translation>
    </message>
    <message>
        <source>Line %1: expected one JSON object (%2).</source>
        <translation>Line %1: expected one JSON object (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>Line 1: the header&apos;s &quot;format&quot; is &quot;%1&quot;; expected &quot;%2&quot;.</source>
        <translation>Line 1: the header&apos;s &quot;format&quot; is &quot;%1&quot;; expected &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1: expected the signature line {&quot;signature&quot;: …, &quot;signer&quot;: …}.</source>
        <translation>Line %1: expected the signature line {&quot;signature&quot;: …, &quot;signer&quot;: …}.</translation>
    </message>
    <message>
        <source>The file is signed by key %1, not by the public key given (%2).</source>
        <translation>The file is signed by key %1, not by the public key given (%2).</translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered after it was signed.</source>
        <translation>The signature does not verify: the file was altered after it was signed.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Device %1 has no key records: migrate its keys first.</source>
        <translation>Device %1 has no key records: migrate its keys first.</translation>
    </message>
    <message>
        <source>Run %1 planned %2 devices but lists %3.</source>
        <translation>Run %1 planned %2 devices but lists %3.</translation>
    </message>
    <message>
        <source>Run %1, device %2 is %3 but has new keys or an instruction.</source>
        <translation>Run %1, device %2 is %3 but has new keys or an instruction.</translation>
    </message>
    <message>
        <source>Run %1, device %2 is %3 with %4 new keys (expected %5), or without its instruction or chunk journal entry.</source>
        <translation>Run %1, device %2 is %3 with %4 new keys (expected %5), or without its instruction or chunk journal entry.</translation>
    </message>
    <message>
        <source>Run %1, device %2 is %3 but its new %4 (client %5) is %6.</source>
        <translation>Run %1, device %2 is %3 but its new %4 (client %5) is %6.</translation>
    </message>
    <message>
        <source>Device %1 has %4 current %2 keys for client %3 (at most one may be current).</source>
        <translation>Device %1 has %4 current %2 keys for client %3 (at most one may be current).</translation>
    </message>
    <message>
        <source>Line %1 is empty: a %2 file has its header on line 1 and one record on every following line.</source>
        <translation>Line %1 is empty: a %2 file has its header on line 1 and one record on every following line.</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Line %1: %2.</translation>
    </message>
    <message>
        <source>Re-key run %1 has the state &quot;%2&quot;, which this version does not know.</source>
        <translation>Re-key run %1 has the state &quot;%2&quot;, which this version does not know.</translation>
    </message>
    <message>
        <source>Run %1: its stored kinds &quot;%2&quot; or justification cannot be read, so its plan digest %3 cannot be recomputed: the plan was changed after it was made.</source>
        <translation>Run %1: its stored kinds &quot;%2&quot; or justification cannot be read, so its plan digest %3 cannot be recomputed: the plan was changed after it was made.</translation>
    </message>
    <message>
        <source>Run %1: its plan digest is %2 as stored (and approved), but its kinds, justification and devices as stored now give %3: the plan was changed after it was made.</source>
        <translation>Run %1: its plan digest is %2 as stored (and approved), but its kinds, justification and devices as stored now give %3: the plan was changed after it was made.</translation>
    </message>
    <message>
        <source>Run %1: its plan digest is %2 as stored, but its rekey.planned journal entry #%3 records %4: the plan was changed after it was made.</source>
        <translation>Run %1: its plan digest is %2 as stored, but its rekey.planned journal entry #%3 records %4: the plan was changed after it was made.</translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>no digest</translation>
    </message>
    <message>
        <source>Say why the devices are excluded (it is journaled). Nothing was changed.</source>
        <translation>Say why the devices are excluded (it is journaled). Nothing was changed.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most 200. Nothing was changed.</source>
        <translation>The reason is %1 characters long; at most 200. Nothing was changed.</translation>
    </message>
    <message>
        <source>No device to exclude from run %1. Nothing was changed.</source>
        <translation>No device to exclude from run %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Device %1 (&quot;%2&quot;): %3 Nothing was changed.</source>
        <translation>Device %1 (&quot;%2&quot;): %3 Nothing was changed.</translation>
    </message>
    <message>
        <source>Device %1 is not in re-key run %2. Nothing was changed.</source>
        <translation>Device %1 is not in re-key run %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Run %1 is running (or was interrupted while running): its engine may be re-keying device %2. Stop the run, or resume it, before excluding pending devices. Nothing was changed.</source>
        <translation>Run %1 is running (or was interrupted while running): its engine may be re-keying device %2. Stop the run, or resume it, before excluding pending devices. Nothing was changed.</translation>
    </message>
    <message>
        <source>Run %1 is %2: its pending devices are no longer re-keyed. Nothing was changed.</source>
        <translation>Run %1 is %2: its pending devices are no longer re-keyed. Nothing was changed.</translation>
    </message>
    <message>
        <source>its new keys are made and its instruction not yet sent: send the batch first</source>
        <translation>its new keys are made and its instruction not yet sent: send the batch first</translation>
    </message>
    <message>
        <source>its instruction was sent and the DCO has not reported a failure: import the DCO&apos;s confirmations first</source>
        <translation>its instruction was sent and the DCO has not reported a failure: import the DCO&apos;s confirmations first</translation>
    </message>
    <message>
        <source>it was confirmed active</source>
        <translation>it was confirmed active</translation>
    </message>
    <message>
        <source>Device %1 of run %2 cannot be excluded: %3. Nothing was changed.</source>
        <translation>Device %1 of run %2 cannot be excluded: %3. Nothing was changed.</translation>
    </message>
    <message>
        <source>Every device named is already excluded from run %1. Nothing was changed.</source>
        <translation>Every device named is already excluded from run %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>its master key is packaged under DCO Key v%1, which is neither active nor being rolled over</source>
        <translation>its master key is packaged under DCO Key v%1, which is neither active nor being rolled over</translation>
    </message>
    <message>
        <source>Run %1&apos;s packages name a %2 with KCV %3, which is no version the workspace recorded: nothing was written. Compare the key records with the journal.</source>
        <translation>Run %1&apos;s packages name a %2 with KCV %3, which is no version the workspace recorded: nothing was written. Compare the key records with the journal.</translation>
    </message>
    <message>
        <source>Run %1&apos;s packages are under two versions of the %2 (KCVs %3 and %4): a KEK rollover is moving them. Export them when it has completed (the KEK versions show it); nothing was written.</source>
        <translation>Run %1&apos;s packages are under two versions of the %2 (KCVs %3 and %4): a KEK rollover is moving them. Export them when it has completed (the KEK versions show it); nothing was written.</translation>
    </message>
    <message>
        <source>The number of worker sessions must be between 1 and 64, or automatic.</source>
        <translation>The number of worker sessions must be between 1 and 64, or automatic.</translation>
    </message>
</context>
<context>
    <name>symbolon::site</name>
    <message>
        <source>The cards&apos; module</source>
        <translation>The cards&apos; module</translation>
    </message>
    <message>
        <source>The key token&apos;s module</source>
        <translation>The key token&apos;s module</translation>
    </message>
    <message>
        <source>The journal token&apos;s module</source>
        <translation>The journal token&apos;s module</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>name the folder of the new workspace.</source>
        <translation>name the folder of the new workspace.</translation>
    </message>
    <message>
        <source>workspace: %1 is already a workspace; nothing was changed.</source>
        <translation>workspace: %1 is already a workspace; nothing was changed.</translation>
    </message>
    <message>
        <source>workspace: %1 is not empty; name a new or empty folder.</source>
        <translation>workspace: %1 is not empty; name a new or empty folder.</translation>
    </message>
    <message>
        <source>give the site a name.</source>
        <translation>give the site a name.</translation>
    </message>
    <message>
        <source>expected &quot;production&quot; or &quot;development&quot;.</source>
        <translation>expected &quot;production&quot; or &quot;development&quot;.</translation>
    </message>
    <message>
        <source>the production profile needs the HSM&apos;s FIPS 140-2 Level 3 declaration: manufacturer, model, serial and certificate number.</source>
        <translation>the production profile needs the HSM&apos;s FIPS 140-2 Level 3 declaration: manufacturer, model, serial and certificate number.</translation>
    </message>
    <message>
        <source>name the cards&apos; PKCS#11 module.</source>
        <translation>name the cards&apos; PKCS#11 module.</translation>
    </message>
    <message>
        <source>name the token by its PKCS#11 URI (pkcs11:token=...).</source>
        <translation>name the token by its PKCS#11 URI (pkcs11:token=...).</translation>
    </message>
    <message>
        <source>its parameters are given, but not the module: name the module too (the cards&apos; module&apos;s parameters are the card module&apos;s own).</source>
        <translation>its parameters are given, but not the module: name the module too (the cards&apos; module&apos;s parameters are the card module&apos;s own).</translation>
    </message>
    <message>
        <source>enter the key token&apos;s current user PIN.</source>
        <translation>enter the key token&apos;s current user PIN.</translation>
    </message>
    <message>
        <source>enter the journal token&apos;s user PIN.</source>
        <translation>enter the journal token&apos;s user PIN.</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>card %1</translation>
    </message>
    <message>
        <source>name its holder.</source>
        <translation>name its holder.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is not one of custodian, reviewer, responder, operator.</source>
        <translation>role &quot;%1&quot; is not one of custodian, reviewer, responder, operator.</translation>
    </message>
    <message>
        <source>enter %1&apos;s PIN.</source>
        <translation>enter %1&apos;s PIN.</translation>
    </message>
    <message>
        <source>the same card (%1) is listed twice.</source>
        <translation>the same card (%1) is listed twice.</translation>
    </message>
    <message>
        <source>k = %1 needs at least k custodian cards (n &gt;= k); %2 are listed.</source>
        <translation>k = %1 needs at least k custodian cards (n &gt;= k); %2 are listed.</translation>
    </message>
    <message>
        <source>Loading the PKCS#11 modules</source>
        <translation>Loading the PKCS#11 modules</translation>
    </message>
    <message>
        <source>Checking the tokens and every PIN</source>
        <translation>Checking the tokens and every PIN</translation>
    </message>
    <message>
        <source>The key token URI %1</source>
        <translation>The key token URI %1</translation>
    </message>
    <message>
        <source>The journal token URI %1</source>
        <translation>The journal token URI %1</translation>
    </message>
    <message>
        <source>The key token and the journal token are the same token (%1): the journal token&apos;s PIN is kept in the workspace, so it must not open the key token.</source>
        <translation>The key token and the journal token are the same token (%1): the journal token&apos;s PIN is kept in the workspace, so it must not open the key token.</translation>
    </message>
    <message>
        <source>The card of %1 (%2)</source>
        <translation>The card of %1 (%2)</translation>
    </message>
    <message>
        <source>The card of %1 (%2) is a card listed before it.</source>
        <translation>The card of %1 (%2) is a card listed before it.</translation>
    </message>
    <message>
        <source>The card of %1 (%2) is the key token or the journal token.</source>
        <translation>The card of %1 (%2) is the key token or the journal token.</translation>
    </message>
    <message>
        <source>The card of %1</source>
        <translation>The card of %1</translation>
    </message>
    <message>
        <source>The card of %1 (&quot;%2&quot;)</source>
        <translation>The card of %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The key token &quot;%1&quot;</source>
        <translation>The key token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The key token &quot;%1&quot; (SO PIN)</source>
        <translation>The key token &quot;%1&quot; (SO PIN)</translation>
    </message>
    <message>
        <source>Preparing the cards&apos; key pairs</source>
        <translation>Preparing the cards&apos; key pairs</translation>
    </message>
    <message>
        <source>The card of %1 cannot make its EC P-256 key pair</source>
        <translation>The card of %1 cannot make its EC P-256 key pair</translation>
    </message>
    <message>
        <source>Generating the journal signing key on the journal token</source>
        <translation>Generating the journal signing key on the journal token</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace (site register version 1)</source>
        <translation>Creating the encrypted workspace (site register version 1)</translation>
    </message>
    <message>
        <source>Taking over the key token&apos;s PIN and splitting it %1-of-%2 onto the custodians&apos; cards</source>
        <translation>Taking over the key token&apos;s PIN and splitting it %1-of-%2 onto the custodians&apos; cards</translation>
    </message>
    <message>
        <source>%1 The site folder %2 is kept with this in its journal: a quorum of the custodians&apos; cards can log the key token in if it took the new PIN.</source>
        <translation>%1 The site folder %2 is kept with this in its journal: a quorum of the custodians&apos; cards can log the key token in if it took the new PIN.</translation>
    </message>
    <message>
        <source>%1 Putting the key token&apos;s PINs back failed too (%2): its PIN is in the custodians&apos; cards&apos; shares.</source>
        <translation>%1 Putting the key token&apos;s PINs back failed too (%2): its PIN is in the custodians&apos; cards&apos; shares.</translation>
    </message>
    <message>
        <source>The site is made, but its newest journal entries are not signed yet: %1 They are signed at the next operation.</source>
        <translation>The site is made, but its newest journal entries are not signed yet: %1 They are signed at the next operation.</translation>
    </message>
    <message>
        <source>its entry point is given, but not the module: name the module too.</source>
        <translation>its entry point is given, but not the module: name the module too.</translation>
    </message>
    <message>
        <source>The key token &quot;%1&quot; takes PINs of %2 to %3 characters, but the PINs Symbolon sets and splits among the custodians are %4 characters long (128 random bits). Raise the token&apos;s PIN length limit, or use a token that allows it.</source>
        <translation>The key token &quot;%1&quot; takes PINs of %2 to %3 characters, but the PINs Symbolon sets and splits among the custodians are %4 characters long (128 random bits). Raise the token&apos;s PIN length limit, or use a token that allows it.</translation>
    </message>
</context>
<context>
    <name>symbolon::store</name>
    <message>
        <source>A batch insert got a row of %1 values for %2 columns.</source>
        <translation>A batch insert got a row of %1 values for %2 columns.</translation>
    </message>
    <message>
        <source>The workspace key must be 32 bytes.</source>
        <translation>The workspace key must be 32 bytes.</translation>
    </message>
    <message>
        <source>A workspace database already exists at %1.</source>
        <translation>A workspace database already exists at %1.</translation>
    </message>
    <message>
        <source>The workspace database %1 is missing.</source>
        <translation>The workspace database %1 is missing.</translation>
    </message>
    <message>
        <source>The workspace database %1 is empty (0 bytes): it was truncated or replaced. Restore the workspace from its backup; nothing was changed.</source>
        <translation>The workspace database %1 is empty (0 bytes): it was truncated or replaced. Restore the workspace from its backup; nothing was changed.</translation>
    </message>
    <message>
        <source>Opening the workspace database</source>
        <translation>Opening the workspace database</translation>
    </message>
    <message>
        <source>Keying the workspace database</source>
        <translation>Keying the workspace database</translation>
    </message>
    <message>
        <source>Configuring the workspace database</source>
        <translation>Configuring the workspace database</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher: refusing to open the workspace unencrypted.</source>
        <translation>The SQLite library in use is not SQLCipher: refusing to open the workspace unencrypted.</translation>
    </message>
    <message>
        <source>The workspace database did not open with this card&apos;s key: the file is corrupted, or it belongs to another workspace.</source>
        <translation>The workspace database did not open with this card&apos;s key: the file is corrupted, or it belongs to another workspace.</translation>
    </message>
    <message>
        <source>The workspace database failed</source>
        <translation>The workspace database failed</translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation>Preparing a database statement</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>The query returned no row.</translation>
    </message>
    <message>
        <source> The disk is full: free space and try again; nothing was written.</source>
        <translation> The disk is full: free space and try again; nothing was written.</translation>
    </message>
    <message>
        <source> The workspace is read-only: check the folder&apos;s permissions.</source>
        <translation> The workspace is read-only: check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source> A file grew past this process&apos;s file size limit (ulimit -f): raise the limit and try again; nothing was written.</source>
        <translation> A file grew past this process&apos;s file size limit (ulimit -f): raise the limit and try again; nothing was written.</translation>
    </message>
    <message>
        <source> The workspace is on a read-only file system.</source>
        <translation> The workspace is on a read-only file system.</translation>
    </message>
    <message>
        <source> The database file is damaged: restore the workspace from its backup.</source>
        <translation> The database file is damaged: restore the workspace from its backup.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer Symbolon (schema %1; this version reads up to %2): upgrade Symbolon to open it.</source>
        <translation>This workspace was written by a newer Symbolon (schema %1; this version reads up to %2): upgrade Symbolon to open it.</translation>
    </message>
    <message>
        <source>The workspace database has no schema.</source>
        <translation>The workspace database has no schema.</translation>
    </message>
    <message>
        <source>Running a database statement</source>
        <translation>Running a database statement</translation>
    </message>
    <message>
        <source>%1 exists already: nothing was exported.</source>
        <translation>%1 exists already: nothing was exported.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
</context>
<context>
    <name>symbolon::ui</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 device</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>due in %1</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message>
        <source>custodian</source>
        <translation>custodian</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>responder</source>
        <translation>responder</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>DCO Key</source>
        <translation>DCO Key</translation>
    </message>
    <message>
        <source>Shared Key</source>
        <translation>Shared Key</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <extracomment>A KEK and its version number: &quot;DCO Key v2&quot;</extracomment>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>retiring</source>
        <translation>retiring</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>%1 / %2 packages, %3/s, ETA %4</source>
        <extracomment>A KEK rollover&apos;s progress: packages moved of all, packages per second, time left</extracomment>
        <translation>%1 / %2 packages, %3/s, ETA %4</translation>
    </message>
    <message>
        <source>1 package</source>
        <translation>1 package</translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages</source>
        <translation>
            <numerusform>%Ln package</numerusform>
            <numerusform>%Ln packages</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Give the reason for the change (field &quot;Reason&quot;): it is signed into the register and journaled.</source>
        <translation>Give the reason for the change (field &quot;Reason&quot;): it is signed into the register and journaled.</translation>
    </message>
    <message>
        <source>Choose an active card of the site register (field &quot;Card&quot;).</source>
        <translation>Choose an active card of the site register (field &quot;Card&quot;).</translation>
    </message>
    <message>
        <source>Choose the new role (field &quot;New role&quot;).</source>
        <translation>Choose the new role (field &quot;New role&quot;).</translation>
    </message>
    <message>
        <source>%1 is already in this role: choose another (field &quot;New role&quot;).</source>
        <translation>%1 is already in this role: choose another (field &quot;New role&quot;).</translation>
    </message>
    <message>
        <source>k must be at least 1 (field &quot;k&quot;).</source>
        <translation>k must be at least 1 (field &quot;k&quot;).</translation>
    </message>
    <message>
        <source>The quorum is already %1: choose another k (field &quot;k&quot;).</source>
        <translation>The quorum is already %1: choose another k (field &quot;k&quot;).</translation>
    </message>
    <message>
        <source>After this change %1 custodians would remain, fewer than the %2 a quorum needs: enrol a custodian first, or lower k.</source>
        <translation>After this change %1 custodians would remain, fewer than the %2 a quorum needs: enrol a custodian first, or lower k.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>share %1, on the card</source>
        <translation>share %1, on the card</translation>
    </message>
    <message>
        <source>on the card (enrolment)</source>
        <translation>on the card (enrolment)</translation>
    </message>
    <message>
        <source>sealed to the card, in the workspace (sharing %1)</source>
        <translation>sealed to the card, in the workspace (sharing %1)</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ActionPermissions</name>
    <message>
        <source>Opens the ceremony wizard; a quorum of custodian cards approves it.</source>
        <translation>Opens the ceremony wizard; a quorum of custodian cards approves it.</translation>
    </message>
    <message>
        <source>Only ACS custodians run ceremonies: your role is %1.</source>
        <translation>Only ACS custodians run ceremonies: your role is %1.</translation>
    </message>
    <message>
        <source>Plan a targeted re-key of this device; a quorum of custodians approves it.</source>
        <translation>Plan a targeted re-key of this device; a quorum of custodians approves it.</translation>
    </message>
    <message>
        <source>Only the incident responder or an operator plans re-keys (custodians approve them): your role is %1.</source>
        <translation>Only the incident responder or an operator plans re-keys (custodians approve them): your role is %1.</translation>
    </message>
    <message>
        <source>Flag this device&apos;s current keys compromised, with the incident or PMA reference.</source>
        <translation>Flag this device&apos;s current keys compromised, with the incident or PMA reference.</translation>
    </message>
    <message>
        <source>Only the incident responder marks keys compromised: your role is %1.</source>
        <translation>Only the incident responder marks keys compromised: your role is %1.</translation>
    </message>
    <message>
        <source>Import the DCO&apos;s results for an instruction batch: new keys become active.</source>
        <translation>Import the DCO&apos;s results for an instruction batch: new keys become active.</translation>
    </message>
    <message>
        <source>Only the incident responder or an operator imports the DCO&apos;s confirmations: your role is %1.</source>
        <translation>Only the incident responder or an operator imports the DCO&apos;s confirmations: your role is %1.</translation>
    </message>
    <message>
        <source>A new version of the site register: k custodians&apos; cards approve it.</source>
        <translation>A new version of the site register: k custodians&apos; cards approve it.</translation>
    </message>
    <message>
        <source>Only custodians propose changes of the site register: your role is %1.</source>
        <translation>Only custodians propose changes of the site register: your role is %1.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyChoosePage</name>
    <message>
        <source>Choose the ceremony</source>
        <translation>Choose the ceremony</translation>
    </message>
    <message>
        <source>Every ceremony is a quorum action: k custodians approve it with their own cards.</source>
        <translation>Every ceremony is a quorum action: k custodians approve it with their own cards.</translation>
    </message>
    <message>
        <source>&amp;Transport Key label:</source>
        <translation>&amp;Transport Key label:</translation>
    </message>
    <message>
        <source>Clear &amp;components:</source>
        <translation>Clear &amp;components:</translation>
    </message>
    <message>
        <source>/path/to/shared-key-package.json</source>
        <translation>/path/to/shared-key-package.json</translation>
    </message>
    <message>
        <source>Key &amp;package file:</source>
        <translation>Key &amp;package file:</translation>
    </message>
    <message>
        <source>the signer&apos;s public key (PEM), received by another channel</source>
        <translation>the signer&apos;s public key (PEM), received by another channel</translation>
    </message>
    <message>
        <source>Signer&apos;s public &amp;key:</source>
        <translation>Signer&apos;s public &amp;key:</translation>
    </message>
    <message>
        <source>Devices per &amp;chunk:</source>
        <translation>Devices per &amp;chunk:</translation>
    </message>
    <message>
        <source>Name the Transport Key.</source>
        <translation>Name the Transport Key.</translation>
    </message>
    <message>
        <source>Name the file the key package will be written to.</source>
        <translation>Name the file the key package will be written to.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>Choose this ceremony; the next pages show exactly what it will do before anyone approves</source>
        <translation>Choose this ceremony; the next pages show exactly what it will do before anyone approves</translation>
    </message>
    <message>
        <source>The label the Transport Key will have on the key token</source>
        <translation>The label the Transport Key will have on the key token</translation>
    </message>
    <message>
        <source>How many custodians each type one clear component (2 or 3)</source>
        <translation>How many custodians each type one clear component (2 or 3)</translation>
    </message>
    <message>
        <source>Devices unwrapped and committed together; an interrupted migration resumes after the last committed chunk</source>
        <translation>Devices unwrapped and committed together; an interrupted migration resumes after the last committed chunk</translation>
    </message>
    <message>
        <source>Roll a KEK over to a new version</source>
        <translation>Roll a KEK over to a new version</translation>
    </message>
    <message>
        <source>Destroy a retired KEK version</source>
        <translation>Destroy a retired KEK version</translation>
    </message>
    <message>
        <source>%1
No quorum was convened.</source>
        <translation>%1
No quorum was convened.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyComponentsPage</name>
    <message>
        <source>Transport Key components</source>
        <translation>Transport Key components</translation>
    </message>
    <message>
        <source>Each custodian types their own component (32 hex digits, hidden) and checks its KCV against their sealed envelope. The others look away.</source>
        <translation>Each custodian types their own component (32 hex digits, hidden) and checks its KCV against their sealed envelope. The others look away.</translation>
    </message>
    <message>
        <source>&amp;Build the Transport Key</source>
        <translation>&amp;Build the Transport Key</translation>
    </message>
    <message>
        <source>Component %1 (hidden)</source>
        <translation>Component %1 (hidden)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Component %1:</source>
        <translation>Component %1:</translation>
    </message>
    <message>
        <source>KCV %1</source>
        <translation>KCV %1</translation>
    </message>
    <message>
        <source>32 hexadecimal digits from your sealed envelope; hidden, never copied</source>
        <translation>32 hexadecimal digits from your sealed envelope; hidden, never copied</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyQuorumPage</name>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Each custodian in turn: choose your card, type its PIN (not shown), approve.</source>
        <translation>Each custodian in turn: choose your card, type its PIN (not shown), approve.</translation>
    </message>
    <message>
        <source>The session was cancelled. Close the wizard and start again.</source>
        <translation>The session was cancelled. Close the wizard and start again.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyResultPage</name>
    <message>
        <source>Ceremony record</source>
        <translation>Ceremony record</translation>
    </message>
    <message>
        <source>Read it together; each KCV is labelled with its method. It is in the journal already.</source>
        <translation>Read it together; each KCV is labelled with its method. It is in the journal already.</translation>
    </message>
    <message>
        <source>&amp;Save record as text…</source>
        <translation>&amp;Save record as text…</translation>
    </message>
    <message>
        <source>FAILED: %1
</source>
        <translation>FAILED: %1
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run by %1 (%2), %3 profile.&lt;br&gt;Started %4, finished %5 (UTC).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Run by %1 (%2), %3 profile.&lt;br&gt;Started %4, finished %5 (UTC).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approved by&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Approved by&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;Key&lt;/th&gt;&lt;th&gt;KCV (method, value)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;Key&lt;/th&gt;&lt;th&gt;KCV (method, value)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Path: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Path: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Note: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Note: %1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stopped before completion; every chunk reported was committed.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Stopped before completion; every chunk reported was committed.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the ceremony record</source>
        <translation>Save the ceremony record</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:%2&apos;&gt;The ceremony failed&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The quorum session is used up and the failure is journaled. Nothing else was changed.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;color:%2&apos;&gt;The ceremony failed&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The quorum session is used up and the failure is journaled. Nothing else was changed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;FALLBACK — not for live keys:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;FALLBACK — not for live keys:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;Operation&lt;/th&gt;&lt;th&gt;Path&lt;/th&gt;&lt;th&gt;Mechanism&lt;/th&gt;&lt;th&gt;Outcome&lt;/th&gt;&lt;th&gt;Time per call&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;Operation&lt;/th&gt;&lt;th&gt;Path&lt;/th&gt;&lt;th&gt;Mechanism&lt;/th&gt;&lt;th&gt;Outcome&lt;/th&gt;&lt;th&gt;Time per call&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Packages moved: %1; left under the old version: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Packages moved: %1; left under the old version: %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyReviewPage</name>
    <message>
        <source>Review exactly what will happen</source>
        <translation>Review exactly what will happen</translation>
    </message>
    <message>
        <source>These parameters are what each custodian&apos;s card signs. Nothing has been done yet.</source>
        <translation>These parameters are what each custodian&apos;s card signs. Nothing has been done yet.</translation>
    </message>
    <message>
        <source>&amp;Ask for the quorum</source>
        <translation>&amp;Ask for the quorum</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; on %2 exactly as stated above, once the quorum approves. This cannot be undone.</source>
        <translation>Run &quot;%1&quot; on %2 exactly as stated above, once the quorum approves. This cannot be undone.</translation>
    </message>
    <message>
        <source>Confirm the ceremony</source>
        <translation>Confirm the ceremony</translation>
    </message>
    <message>
        <source>Tick once the custodians have read the parameters; nothing runs until the quorum approves</source>
        <translation>Tick once the custodians have read the parameters; nothing runs until the quorum approves</translation>
    </message>
    <message>
        <source>I have &amp;read the parameters above with the custodians</source>
        <translation>I have &amp;read the parameters above with the custodians</translation>
    </message>
    <message>
        <source>Key material will pass through this computer&apos;s memory (locked, wiped after use), because the key token cannot do it inside:
%1</source>
        <translation>Key material will pass through this computer&apos;s memory (locked, wiped after use), because the key token cannot do it inside:
%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Quorum action &lt;b&gt;%2&lt;/b&gt;, %3 of %4 custodian cards.&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%5&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Quorum action &lt;b&gt;%2&lt;/b&gt;, %3 of %4 custodian cards.&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%5&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyRunPage</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>The key token is logged in with the PIN rebuilt from the approvals; it is logged out and the PIN wiped when the ceremony ends.</source>
        <translation>The key token is logged in with the PIN rebuilt from the approvals; it is logged out and the PIN wiped when the ceremony ends.</translation>
    </message>
    <message>
        <source>&amp;Stop after this chunk</source>
        <translation>&amp;Stop after this chunk</translation>
    </message>
    <message>
        <source>Every committed chunk stays committed; running the migration again resumes.</source>
        <translation>Every committed chunk stays committed; running the migration again resumes.</translation>
    </message>
    <message>
        <source>Stopping after the chunk in progress…</source>
        <translation>Stopping after the chunk in progress…</translation>
    </message>
    <message>
        <source>Done, and journaled.</source>
        <translation>Done, and journaled.</translation>
    </message>
    <message>
        <source>The ceremony failed; see the record.</source>
        <translation>The ceremony failed; see the record.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>Running &quot;%1&quot;…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 of %n device</numerusform>
            <numerusform>%1 of %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Every committed chunk stays committed, and every package stays readable; running the rollover again resumes it under a new approval.</source>
        <translation>Every committed chunk stays committed, and every package stays readable; running the rollover again resumes it under a new approval.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CeremonyWizard</name>
    <message>
        <source>Ceremony — Symbolon</source>
        <translation>Ceremony — Symbolon</translation>
    </message>
    <message>
        <source>the ceremony wizard was closed</source>
        <translation>the ceremony wizard was closed</translation>
    </message>
    <message>
        <source>Close the ceremony</source>
        <translation>Close the ceremony</translation>
    </message>
    <message>
        <source>The quorum session is still open with %1 of %2 approvals. Closing cancels it (journaled), and the approvers would have to approve again. Close?</source>
        <translation>The quorum session is still open with %1 of %2 approvals. Closing cancels it (journaled), and the approvers would have to approve again. Close?</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CopyCellAction</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CustodianReportDialog</name>
    <message>
        <source>Custodian report</source>
        <translation>Custodian report</translation>
    </message>
    <message>
        <source>A PDF for the period: ceremonies, quorum sessions (cancelled ones too), re-keys with their PMA references, inventory imports and the result of verifying the whole journal. Dates are UTC days, both included.</source>
        <translation>A PDF for the period: ceremonies, quorum sessions (cancelled ones too), re-keys with their PMA references, inventory imports and the result of verifying the whole journal. Dates are UTC days, both included.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>The first day of the period (UTC), included</source>
        <translation>The first day of the period (UTC), included</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>The last day of the period (UTC), included</source>
        <translation>The last day of the period (UTC), included</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Report file</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced</source>
        <translation>The PDF file to write; an existing file is replaced</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the report file</source>
        <translation>Choose the report file</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Choose where to save the PDF</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Write report</translation>
    </message>
    <message>
        <source>Read and verify the journal and write the PDF</source>
        <translation>Read and verify the journal and write the PDF</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>Close this dialog</translation>
    </message>
    <message>
        <source>Save the custodian report</source>
        <translation>Save the custodian report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation>The period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Choose the PDF file to write.</translation>
    </message>
    <message>
        <source>Reading and verifying the journal, then writing %1…</source>
        <translation>Reading and verifying the journal, then writing %1…</translation>
    </message>
    <message>
        <source>The custodian report could not be written to %1: %2</source>
        <translation>The custodian report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Written to %1: %2 ceremonies, %3 quorum sessions, %4 re-key entries, %5 imports. %6</source>
        <translation>Written to %1: %2 ceremonies, %3 quorum sessions, %4 re-key entries, %5 imports. %6</translation>
    </message>
    <message>
        <source>The journal verified.</source>
        <translation>The journal verified.</translation>
    </message>
    <message>
        <source>The journal did NOT verify.</source>
        <translation>The journal did NOT verify.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::CustodianReportPdf</name>
    <message>
        <source>The period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation>The period ends before it starts: choose a &quot;to&quot; date on or after the &quot;from&quot; date.</translation>
    </message>
    <message>
        <source>Symbolon custodian report</source>
        <translation>Symbolon custodian report</translation>
    </message>
    <message>
        <source>Custodian report</source>
        <translation>Custodian report</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1, period %2 to %3 (UTC, end excluded). %Ln journal entries in the period.</source>
        <translation>
            <numerusform>Workspace %1, period %2 to %3 (UTC, end excluded). %Ln journal entry in the period.</numerusform>
            <numerusform>Workspace %1, period %2 to %3 (UTC, end excluded). %Ln journal entries in the period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal verification</source>
        <translation>Journal verification</translation>
    </message>
    <message>
        <source>Verified: every hash, link and checkpoint signature of the whole journal.</source>
        <translation>Verified: every hash, link and checkpoint signature of the whole journal.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>Verification FAILED.</translation>
    </message>
    <message>
        <source>The journal was not verified.</source>
        <translation>The journal was not verified.</translation>
    </message>
    <message>
        <source>Ceremonies</source>
        <translation>Ceremonies</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ceremonies in the period.</source>
        <translation>
            <numerusform>%Ln ceremony in the period.</numerusform>
            <numerusform>%Ln ceremonies in the period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Approvers</source>
        <translation>Approvers</translation>
    </message>
    <message>
        <source>Quorum sessions</source>
        <translation>Quorum sessions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quorum sessions: %1 completed, %2 failed, %3 cancelled.</source>
        <translation>
            <numerusform>%Ln quorum session: %1 completed, %2 failed, %3 cancelled.</numerusform>
            <numerusform>%Ln quorum sessions: %1 completed, %2 failed, %3 cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Re-keys</source>
        <translation>Re-keys</translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-key journal entries.</source>
        <translation>
            <numerusform>%Ln re-key journal entry.</numerusform>
            <numerusform>%Ln re-key journal entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>PMA references:</source>
        <translation>PMA references:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Inventory imports</source>
        <translation>Inventory imports</translation>
    </message>
    <message numerus="yes">
        <source>%Ln inventory imports.</source>
        <translation>
            <numerusform>%Ln inventory import.</numerusform>
            <numerusform>%Ln inventory imports.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::DeviceDetailPane</name>
    <message>
        <source>Selected device</source>
        <translation>Selected device</translation>
    </message>
    <message>
        <source>Select a device in the table to see all its fields.</source>
        <translation>Select a device in the table to see all its fields.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>System title</source>
        <translation>System title</translation>
    </message>
    <message>
        <source>G2.44A category</source>
        <translation>G2.44A category</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Commissioned</translation>
    </message>
    <message>
        <source>Rotation deadline</source>
        <translation>Rotation deadline</translation>
    </message>
    <message>
        <source>Rotation (CKMP (b)(iii))</source>
        <translation>Rotation (CKMP (b)(iii))</translation>
    </message>
    <message>
        <source>Migration keys</source>
        <translation>Migration keys</translation>
    </message>
    <message>
        <source>Held (imported at migration)</source>
        <translation>Held (imported at migration)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::DeviceFilterBar</name>
    <message>
        <source>Search devices</source>
        <translation>Search devices</translation>
    </message>
    <message>
        <source>Search: device ID, manufacturer, model or S1SP</source>
        <translation>Search: device ID, manufacturer, model or S1SP</translation>
    </message>
    <message>
        <source>Device ID prefix</source>
        <translation>Device ID prefix</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>Show only the devices of this type</source>
        <translation>Show only the devices of this type</translation>
    </message>
    <message>
        <source>Show only the keys of devices of this type</source>
        <translation>Show only the keys of devices of this type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Show only the devices of this cohort (IOC or FOC)</source>
        <translation>Show only the devices of this cohort (IOC or FOC)</translation>
    </message>
    <message>
        <source>Show only the keys of devices of this cohort (IOC or FOC)</source>
        <translation>Show only the keys of devices of this cohort (IOC or FOC)</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>All cohorts</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>Show only the devices of this S1SP</source>
        <translation>Show only the devices of this S1SP</translation>
    </message>
    <message>
        <source>Show only the keys of this S1SP&apos;s devices</source>
        <translation>Show only the keys of this S1SP&apos;s devices</translation>
    </message>
    <message>
        <source>All S1SPs</source>
        <translation>All S1SPs</translation>
    </message>
    <message>
        <source>Rotation state</source>
        <translation>Rotation state</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Rotation due</translation>
    </message>
    <message>
        <source>Show only the devices in this post-commissioning rotation state</source>
        <translation>Show only the devices in this post-commissioning rotation state</translation>
    </message>
    <message>
        <source>Show only the keys of devices in this post-commissioning rotation state</source>
        <translation>Show only the keys of devices in this post-commissioning rotation state</translation>
    </message>
    <message>
        <source>Any rotation state</source>
        <translation>Any rotation state</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>Due or overdue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::DeviceTableModel</name>
    <message>
        <source>Device ID</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Commissioned (UTC)</source>
        <translation>Commissioned (UTC)</translation>
    </message>
    <message>
        <source>Deadline (UTC)</source>
        <translation>Deadline (UTC)</translation>
    </message>
    <message>
        <source>Rotation state</source>
        <translation>Rotation state</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::DevicesView</name>
    <message>
        <source>Find devices</source>
        <translation>Find devices</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Could not read the inventory: %1</source>
        <translation>Could not read the inventory: %1</translation>
    </message>
    <message>
        <source>&amp;Mark compromised…</source>
        <translation>&amp;Mark compromised…</translation>
    </message>
    <message>
        <source>&amp;Re-key this device…</source>
        <translation>&amp;Re-key this device…</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::EvidenceExportedDialog</name>
    <message>
        <source>Evidence pack written</source>
        <translation>Evidence pack written</translation>
    </message>
    <message>
        <source>Evidence pack folder</source>
        <translation>Evidence pack folder</translation>
    </message>
    <message>
        <source>Where the evidence pack was written, read-only</source>
        <translation>Where the evidence pack was written, read-only</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copy path</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Entries:</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, #%1 to #%2</source>
        <translation>
            <numerusform>%n entry, #%1 to #%2</numerusform>
            <numerusform>%n entries, #%1 to #%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Checkpoints:</source>
        <translation>Checkpoints:</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoints</source>
        <translation>
            <numerusform>%n signed checkpoint</numerusform>
            <numerusform>%n signed checkpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>At export:</source>
        <translation>At export:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>report.html and report.pdf for people; journal.jsonl, checkpoints.jsonl, journal-signing-key.pem, cards.json and manifest.json (the SHA-256 of every file) for checking</source>
        <translation>report.html and report.pdf for people; journal.jsonl, checkpoints.jsonl, journal-signing-key.pem, cards.json and manifest.json (the SHA-256 of every file) for checking</translation>
    </message>
    <message>
        <source>A reviewer checks it against the journal key they hold, without the workspace:
symbolon-cli journal verify --evidence-pack &quot;%1&quot; --public-key JOURNAL-KEY.pem</source>
        <translation>A reviewer checks it against the journal key they hold, without the workspace:
symbolon-cli journal verify --evidence-pack &quot;%1&quot; --public-key JOURNAL-KEY.pem</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::HsmObjectModel</name>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensitive</translation>
    </message>
    <message>
        <source>extractable</source>
        <translation>extractable</translation>
    </message>
    <message>
        <source>never-extractable</source>
        <translation>never-extractable</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>encrypt</source>
        <translation>encrypt</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>decrypt</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>wrap</translation>
    </message>
    <message>
        <source>unwrap</source>
        <translation>unwrap</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>sign</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>derive</source>
        <translation>derive</translation>
    </message>
    <message>
        <source>wrap-with-trusted only</source>
        <translation>wrap-with-trusted only</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>no usage</source>
        <translation>no usage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
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
        <translation>Class</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Key type</translation>
    </message>
    <message>
        <source>KCV</source>
        <translation>KCV</translation>
    </message>
    <message>
        <source>Security attributes</source>
        <translation>Security attributes</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Policy findings</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::HsmSlotsView</name>
    <message>
        <source>Modules, slots, tokens, objects</source>
        <translation>Modules, slots, tokens, objects</translation>
    </message>
    <message>
        <source>HSM slots</source>
        <translation>HSM slots</translation>
    </message>
    <message>
        <source>Reading the HSM…</source>
        <translation>Reading the HSM…</translation>
    </message>
    <message>
        <source>Copy token &amp;URI</source>
        <translation>Copy token &amp;URI</translation>
    </message>
    <message>
        <source>&amp;Objects</source>
        <translation>&amp;Objects</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Key size</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Decrypt</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Wrap</translation>
    </message>
    <message>
        <source>Unwrap</source>
        <translation>Unwrap</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Derive</source>
        <translation>Derive</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>&amp;Mechanisms</source>
        <translation>&amp;Mechanisms</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Operation &amp;paths</source>
        <translation>Operation &amp;paths</translation>
    </message>
    <message>
        <source>All objects, as listed inside the quorum session at %1 (the key token was logged in by the quorum&apos;s rebuilt PIN). Refresh shows public objects only.</source>
        <translation>All objects, as listed inside the quorum session at %1 (the key token was logged in by the quorum&apos;s rebuilt PIN). Refresh shows public objects only.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The HSM cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;The HSM cannot be read:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (serial %2)</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source> ⚠</source>
        <translation> ⚠</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>not declared</translation>
    </message>
    <message>
        <source>login required</source>
        <translation>login required</translation>
    </message>
    <message>
        <source>user PIN set</source>
        <translation>user PIN set</translation>
    </message>
    <message>
        <source>write-protected</source>
        <translation>write-protected</translation>
    </message>
    <message>
        <source> — the workspace&apos;s key token</source>
        <translation> — the workspace&apos;s key token</translation>
    </message>
    <message>
        <source> — the journal token</source>
        <translation> — the journal token</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Slot %1&lt;/h3&gt;&lt;p&gt;No initialised token.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Slot %1&lt;/h3&gt;&lt;p&gt;No initialised token.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>in module</source>
        <translation>in module</translation>
    </message>
    <message>
        <source>FALLBACK — not for live keys</source>
        <translation>FALLBACK — not for live keys</translation>
    </message>
    <message>
        <source>fallback: refused (production)</source>
        <translation>fallback: refused (production)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <source>PIN count low</source>
        <translation>PIN count low</translation>
    </message>
    <message>
        <source>final PIN try</source>
        <translation>final PIN try</translation>
    </message>
    <message>
        <source>PIN LOCKED</source>
        <translation>PIN LOCKED</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Error&lt;/td&gt;&lt;td style=&apos;color:%2&apos;&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Error&lt;/td&gt;&lt;td style=&apos;color:%2&apos;&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Token objects</source>
        <translation>Token objects</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>UR&amp;I:</translation>
    </message>
    <message>
        <source>Token URI</source>
        <translation>Token URI</translation>
    </message>
    <message>
        <source>The PKCS#11 URI of the token, read-only</source>
        <translation>The PKCS#11 URI of the token, read-only</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1%2&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Manufacturer&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Model&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Serial&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Slot&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Flags&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PIN state&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;FIPS declaration&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;%10&lt;/table&gt;</source>
        <translation>&lt;h3&gt;%1%2&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Manufacturer&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Model&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Serial&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Slot&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Flags&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;PIN state&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;FIPS declaration&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;%10&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Its slots cannot be listed: %1</source>
        <translation>Its slots cannot be listed: %1</translation>
    </message>
    <message>
        <source>&amp;Readiness check…</source>
        <translation>&amp;Readiness check…</translation>
    </message>
    <message>
        <source>Try every operation the site needs on the key token, on scratch objects, under the quorum; the table goes into the journal</source>
        <translation>Try every operation the site needs on the key token, on scratch objects, under the quorum; the table goes into the journal</translation>
    </message>
    <message>
        <source>Module %1 (entry point %2)</source>
        <translation>Module %1 (entry point %2)</translation>
    </message>
    <message>
        <source>&amp;KEK versions</source>
        <translation>&amp;KEK versions</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::HsmSnapshot</name>
    <message>
        <source>No PKCS#11 module is loaded.</source>
        <translation>No PKCS#11 module is loaded.</translation>
    </message>
    <message>
        <source>No initialised token in this slot.</source>
        <translation>No initialised token in this slot.</translation>
    </message>
    <message>
        <source>All objects (the token is logged in by this application right now).</source>
        <translation>All objects (the token is logged in by this application right now).</translation>
    </message>
    <message>
        <source>Public objects only: private objects (secret keys, card keys, shares) need the token&apos;s PIN. The key token&apos;s PIN exists only inside a quorum session — its private objects appear here as listed at the end of the last ceremony run in this console.</source>
        <translation>Public objects only: private objects (secret keys, card keys, shares) need the token&apos;s PIN. The key token&apos;s PIN exists only inside a quorum session — its private objects appear here as listed at the end of the last ceremony run in this console.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ImportDialog</name>
    <message>
        <source>Import inventory — Symbolon</source>
        <translation>Import inventory — Symbolon</translation>
    </message>
    <message>
        <source>Import a device inventory (CSV). A file with any error is rejected as a whole and changes nothing; importing the same file twice is refused.</source>
        <translation>Import a device inventory (CSV). A file with any error is rejected as a whole and changes nothing; importing the same file twice is refused.</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>Inventory file</translation>
    </message>
    <message>
        <source>Path to the inventory CSV file</source>
        <translation>Path to the inventory CSV file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Errors in the inventory file</source>
        <translation>Errors in the inventory file</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Choose an inventory file</source>
        <translation>Choose an inventory file</translation>
    </message>
    <message>
        <source>Inventory CSV (*.csv);;All files (*)</source>
        <translation>Inventory CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>The import ended without an outcome.</source>
        <translation>The import ended without an outcome.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Imported %1 from %2.</translation>
    </message>
    <message>
        <source>This file has already been imported.</source>
        <translation>This file has already been imported.</translation>
    </message>
    <message>
        <source>The file was rejected: %1. Nothing was imported.</source>
        <translation>The file was rejected: %1. Nothing was imported.</translation>
    </message>
    <message>
        <source>… and %1 more not shown.</source>
        <translation>… and %1 more not shown.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::JournalDetailPane</name>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Select an entry to see it in full.</translation>
    </message>
    <message>
        <source>Quorum approvals (signatures re-checked against enrolled keys)</source>
        <translation>Quorum approvals (signatures re-checked against enrolled keys)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Entry #%1 is missing from the database: the chain is broken here.</source>
        <translation>Entry #%1 is missing from the database: the chain is broken here.</translation>
    </message>
    <message>
        <source>Entry #%1 — %2</source>
        <translation>Entry #%1 — %2</translation>
    </message>
    <message>
        <source>Key fingerprint %1</source>
        <translation>Key fingerprint %1</translation>
    </message>
    <message>
        <source>Entry details (JSON)</source>
        <translation>Entry details (JSON)</translation>
    </message>
    <message>
        <source>Quorum approvals</source>
        <translation>Quorum approvals</translation>
    </message>
    <message>
        <source>Entry fields</source>
        <translation>Entry fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copy value</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Fields</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Previous hash</translation>
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
        <translation>From (UTC)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Action type</translation>
    </message>
    <message>
        <source>All actions</source>
        <extracomment>Journal action types: the item data is the action prefix matched.</extracomment>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Quorum sessions</source>
        <translation>Quorum sessions</translation>
    </message>
    <message>
        <source>Ceremonies</source>
        <translation>Ceremonies</translation>
    </message>
    <message>
        <source>Key token</source>
        <translation>Key token</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Re-keys</source>
        <translation>Re-keys</translation>
    </message>
    <message>
        <source>Risk reviews</source>
        <translation>Risk reviews</translation>
    </message>
    <message>
        <source>Journal and evidence</source>
        <translation>Journal and evidence</translation>
    </message>
    <message>
        <source>Workspace (open, create)</source>
        <translation>Workspace (open, create)</translation>
    </message>
    <message>
        <source>SIEM forwarding</source>
        <translation>SIEM forwarding</translation>
    </message>
    <message>
        <source>Actor contains…</source>
        <translation>Actor contains…</translation>
    </message>
    <message>
        <source>Device ID (00-DB-… or 00DB…)</source>
        <translation>Device ID (00-DB-… or 00DB…)</translation>
    </message>
    <message>
        <source>PMA instruction reference</source>
        <translation>PMA instruction reference</translation>
    </message>
    <message>
        <source>Search actor, action, target, details…</source>
        <translation>Search actor, action, target, details…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>To (UTC)</translation>
    </message>
    <message>
        <source>Show only the entries made at or after this time (UTC)</source>
        <translation>Show only the entries made at or after this time (UTC)</translation>
    </message>
    <message>
        <source>Show only the entries made before this time (UTC)</source>
        <translation>Show only the entries made before this time (UTC)</translation>
    </message>
    <message>
        <source>Show only the entries of this kind of action</source>
        <translation>Show only the entries of this kind of action</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::JournalTableModel</name>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>MISSING — entry not in the database</source>
        <translation>MISSING — entry not in the database</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Quorum approvers</source>
        <translation>Quorum approvers</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::JournalView</name>
    <message>
        <source>Could not read the journal: %1</source>
        <translation>Could not read the journal: %1</translation>
    </message>
    <message>
        <source>&amp;Export evidence pack…</source>
        <translation>&amp;Export evidence pack…</translation>
    </message>
    <message>
        <source>Journal extract, checkpoints, public key and report (HTML and PDF) in a folder that can be verified with no workspace</source>
        <translation>Journal extract, checkpoints, public key and report (HTML and PDF) in a folder that can be verified with no workspace</translation>
    </message>
    <message>
        <source>Record &amp;risk review…</source>
        <translation>Record &amp;risk review…</translation>
    </message>
    <message>
        <source>Record the 5-yearly risk review (CKMP (b)(iii))</source>
        <translation>Record the 5-yearly risk review (CKMP (b)(iii))</translation>
    </message>
    <message>
        <source>Choose a folder for the evidence pack</source>
        <translation>Choose a folder for the evidence pack</translation>
    </message>
    <message>
        <source>Writing the evidence pack to %1…</source>
        <translation>Writing the evidence pack to %1…</translation>
    </message>
    <message>
        <source>Evidence pack not written</source>
        <translation>Evidence pack not written</translation>
    </message>
    <message>
        <source>The evidence pack could not be written to %1: %2</source>
        <translation>The evidence pack could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Evidence pack written to %1: %2 entries (#%3 to #%4), %5 checkpoints, report.html and report.pdf.</source>
        <translation>Evidence pack written to %1: %2 entries (#%3 to #%4), %5 checkpoints, report.html and report.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, newest first</source>
        <translation>
            <numerusform>%Ln entry, newest first</numerusform>
            <numerusform>%Ln entries, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match, newest first</source>
        <translation>
            <numerusform>%Ln entry matches, newest first</numerusform>
            <numerusform>%Ln entries match, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journal entries</translation>
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
        <translation>The key-encrypting key whose version the ceremony concerns</translation>
    </message>
    <message>
        <source>K&amp;EK:</source>
        <translation>K&amp;EK:</translation>
    </message>
    <message>
        <source>PMA instruction ground</source>
        <translation>PMA instruction ground</translation>
    </message>
    <message>
        <source>The ground of the SMKI PMA&apos;s instruction to replace the KEK (CKMP (b)(iii))</source>
        <translation>The ground of the SMKI PMA&apos;s instruction to replace the KEK (CKMP (b)(iii))</translation>
    </message>
    <message>
        <source>Choose the ground of the PMA&apos;s instruction</source>
        <translation>Choose the ground of the PMA&apos;s instruction</translation>
    </message>
    <message>
        <source>PMA &amp;ground:</source>
        <translation>PMA &amp;ground:</translation>
    </message>
    <message>
        <source>PMA instruction reference</source>
        <translation>PMA instruction reference</translation>
    </message>
    <message>
        <source>The SMKI PMA instruction reference</source>
        <translation>The SMKI PMA instruction reference</translation>
    </message>
    <message>
        <source>PMA &amp;reference:</source>
        <translation>PMA &amp;reference:</translation>
    </message>
    <message>
        <source>KEK version to destroy</source>
        <translation>KEK version to destroy</translation>
    </message>
    <message>
        <source>Only retired versions are offered: no package refers to them</source>
        <translation>Only retired versions are offered: no package refers to them</translation>
    </message>
    <message>
        <source>&amp;Version to destroy:</source>
        <translation>&amp;Version to destroy:</translation>
    </message>
    <message>
        <source>Packages moved and committed together; a stopped rollover resumes after the last committed chunk</source>
        <translation>Packages moved and committed together; a stopped rollover resumes after the last committed chunk</translation>
    </message>
    <message>
        <source>Packages per c&amp;hunk:</source>
        <translation>Packages per c&amp;hunk:</translation>
    </message>
    <message>
        <source>%1 (retired, KCV %2)</source>
        <translation>%1 (retired, KCV %2)</translation>
    </message>
    <message>
        <source>No retired version of the %1</source>
        <translation>No retired version of the %1</translation>
    </message>
    <message>
        <source>The KEK versions cannot be read: %1</source>
        <translation>The KEK versions cannot be read: %1</translation>
    </message>
    <message>
        <source>A destroyed version can never read again what was packaged under it, such as an S1SP&apos;s older exports. Only a retired version, with no package under it, can be destroyed.</source>
        <translation>A destroyed version can never read again what was packaged under it, such as an S1SP&apos;s older exports. Only a retired version, with no package under it, can be destroyed.</translation>
    </message>
    <message>
        <source>The rollover of %1 to v%2 is not finished: %3 of %4 moved. It resumes under its recorded PMA instruction %5; no new version is made.</source>
        <translation>The rollover of %1 to v%2 is not finished: %3 of %4 moved. It resumes under its recorded PMA instruction %5; no new version is made.</translation>
    </message>
    <message>
        <source>%1 is active, with %2: a new version, v%3, is generated in the HSM and every package moves to it.</source>
        <translation>%1 is active, with %2: a new version, v%3, is generated in the HSM and every package moves to it.</translation>
    </message>
    <message>
        <source>No version of the %1 is recorded yet: version 1 is recorded under the quorum.</source>
        <translation>No version of the %1 is recorded yet: version 1 is recorded under the quorum.</translation>
    </message>
    <message>
        <source>The %1 has no retired version to destroy.</source>
        <translation>The %1 has no retired version to destroy.</translation>
    </message>
    <message>
        <source>A KEK rollover needs the SMKI PMA&apos;s instruction: choose its ground (Major Incident or control shortfall) and give its reference (CKMP (b)(iii), (d)(vi)).</source>
        <translation>A KEK rollover needs the SMKI PMA&apos;s instruction: choose its ground (Major Incident or control shortfall) and give its reference (CKMP (b)(iii), (d)(vi)).</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KekVersionTable</name>
    <message>
        <source>KEK versions</source>
        <translation>KEK versions</translation>
    </message>
    <message>
        <source>KEK version</source>
        <translation>KEK version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>KCV</source>
        <translation>KCV</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>PMA instruction</source>
        <translation>PMA instruction</translation>
    </message>
    <message>
        <source>The KEK versions cannot be read: %1</source>
        <translation>The KEK versions cannot be read: %1</translation>
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
        <translation>Key record details</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a key record to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select a key record to see its details.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>%1, client %2, generation %3</source>
        <translation>%1, client %2, generation %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>KCV</source>
        <translation>KCV</translation>
    </message>
    <message>
        <source>Packaged under</source>
        <translation>Packaged under</translation>
    </message>
    <message>
        <source>%1, KCV &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>%1, KCV &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>Compromised</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Rotation deadline</source>
        <translation>Rotation deadline</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generated by</translation>
    </message>
    <message>
        <source>re-key run %1</source>
        <translation>re-key run %1</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>migration</translation>
    </message>
    <message>
        <source>%1, reference %2, flagged %3</source>
        <translation>%1, reference %2, flagged %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;yes&lt;/b&gt;</source>
        <translation>&lt;b&gt;yes&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KeyStateChart</name>
    <message>
        <source>Key records per state</source>
        <translation>Key records per state</translation>
    </message>
    <message>
        <source>Key records per state (current filter, superseded included)</source>
        <translation>Key records per state (current filter, superseded included)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Key records per state, superseded included: %1 in all, %2 flagged compromised</source>
        <translation>Key records per state, superseded included: %1 in all, %2 flagged compromised</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KeyStateTableModel</name>
    <message>
        <source>device (MK)</source>
        <translation>device (MK)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Yes: %1</translation>
    </message>
    <message>
        <source>Flagged compromised %1, reference %2. Replace it with a targeted re-key.</source>
        <translation>Flagged compromised %1, reference %2. Replace it with a targeted re-key.</translation>
    </message>
    <message>
        <source>Packaged for storage under the %1, whose KCV is %2.</source>
        <translation>Packaged for storage under the %1, whose KCV is %2.</translation>
    </message>
    <message>
        <source>Click to sort by this column.</source>
        <translation>Click to sort by this column.</translation>
    </message>
    <message>
        <source>Sort by device ID, state or rotation deadline.</source>
        <translation>Sort by device ID, state or rotation deadline.</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gen.</source>
        <translation>Gen.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>KCV</source>
        <translation>KCV</translation>
    </message>
    <message>
        <source>Packaging KEK (KCV)</source>
        <translation>Packaging KEK (KCV)</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Generated (UTC)</translation>
    </message>
    <message>
        <source>Distributed (UTC)</source>
        <translation>Distributed (UTC)</translation>
    </message>
    <message>
        <source>Activated (UTC)</source>
        <translation>Activated (UTC)</translation>
    </message>
    <message>
        <source>Compromised</source>
        <translation>Compromised</translation>
    </message>
    <message>
        <source>Rotation deadline (UTC)</source>
        <translation>Rotation deadline (UTC)</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::KeyStatesView</name>
    <message>
        <source>Key state</source>
        <translation>Key state</translation>
    </message>
    <message>
        <source>Current keys (not superseded)</source>
        <translation>Current keys (not superseded)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Key kind</source>
        <translation>Key kind</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>All keys</translation>
    </message>
    <message>
        <source>Compromised only</source>
        <translation>Compromised only</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Key records</source>
        <translation>Key records</translation>
    </message>
    <message>
        <source>&amp;Mark compromised…</source>
        <translation>&amp;Mark compromised…</translation>
    </message>
    <message>
        <source>&amp;Re-key this device…</source>
        <translation>&amp;Re-key this device…</translation>
    </message>
    <message>
        <source>Could not read the key records: %1</source>
        <translation>Could not read the key records: %1</translation>
    </message>
    <message>
        <source>Mark keys compromised</source>
        <translation>Mark keys compromised</translation>
    </message>
    <message>
        <source>Mark %1 key(s) of device %2 compromised with reference &quot;%3&quot;?

%4

This is journaled and cannot be undone.</source>
        <translation>Mark %1 key(s) of device %2 compromised with reference &quot;%3&quot;?

%4

This is journaled and cannot be undone.</translation>
    </message>
    <message>
        <source>The keys were not marked: %1</source>
        <translation>The keys were not marked: %1</translation>
    </message>
    <message>
        <source>%1 key record(s)</source>
        <translation>%1 key record(s)</translation>
    </message>
    <message>
        <source>Show only the keys in this state</source>
        <translation>Show only the keys in this state</translation>
    </message>
    <message>
        <source>Show only the keys of this kind (MK, AK or GUEK)</source>
        <translation>Show only the keys of this kind (MK, AK or GUEK)</translation>
    </message>
    <message>
        <source>Show only the keys flagged compromised</source>
        <translation>Show only the keys flagged compromised</translation>
    </message>
    <message>
        <source>KEK version</source>
        <translation>KEK version</translation>
    </message>
    <message>
        <source>Show only the keys packaged under this KEK version</source>
        <translation>Show only the keys packaged under this KEK version</translation>
    </message>
    <message>
        <source>Any KEK version</source>
        <translation>Any KEK version</translation>
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
        <translation>Views</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>HSM Slots</source>
        <translation>HSM Slots</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import inventory…</source>
        <translation>&amp;Import inventory…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Symbolon</source>
        <translation>&amp;About Symbolon</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>development</source>
        <translation>development</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>&amp;Ceremonies</source>
        <translation>&amp;Ceremonies</translation>
    </message>
    <message>
        <source>&amp;HSM Slots</source>
        <translation>&amp;HSM Slots</translation>
    </message>
    <message>
        <source>&amp;Quorum</source>
        <translation>&amp;Quorum</translation>
    </message>
    <message>
        <source>&amp;Generate KEKs…</source>
        <translation>&amp;Generate KEKs…</translation>
    </message>
    <message>
        <source>&amp;Transport Key from components…</source>
        <translation>&amp;Transport Key from components…</translation>
    </message>
    <message>
        <source>&amp;Export Shared Key…</source>
        <translation>&amp;Export Shared Key…</translation>
    </message>
    <message>
        <source>I&amp;mport Shared Key…</source>
        <translation>I&amp;mport Shared Key…</translation>
    </message>
    <message>
        <source>Migration &amp;unwrap…</source>
        <translation>Migration &amp;unwrap…</translation>
    </message>
    <message>
        <source>About Symbolon</source>
        <translation>About Symbolon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Symbolon %1&lt;/h3&gt;&lt;p&gt;Custodian console for SMETS1 DLMS symmetric keys: the SMETS1 Cryptographic Key Management Policy and SEC G2.44/G2.45 as a tool.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Symbolon %1&lt;/h3&gt;&lt;p&gt;Custodian console for SMETS1 DLMS symmetric keys: the SMETS1 Cryptographic Key Management Policy and SEC G2.44/G2.45 as a tool.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Development profile: not for live keys.</source>
        <translation>Development profile: not for live keys.</translation>
    </message>
    <message>
        <source>Production profile.</source>
        <translation>Production profile.</translation>
    </message>
    <message>
        <source>The key token (serial %1) is logged in only while a ceremony runs under a quorum.</source>
        <translation>The key token (serial %1) is logged in only while a ceremony runs under a quorum.</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <source>Opened with card &quot;%1&quot; (serial %2).</source>
        <translation>Opened with card &quot;%1&quot; (serial %2).</translation>
    </message>
    <message>
        <source>Key token: none enrolled</source>
        <translation>Key token: none enrolled</translation>
    </message>
    <message>
        <source>Key token: %1 — %2</source>
        <translation>Key token: %1 — %2</translation>
    </message>
    <message>
        <source>in session</source>
        <translation>in session</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>logged out</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Key States</source>
        <translation>Key States</translation>
    </message>
    <message>
        <source>&amp;Key States</source>
        <translation>&amp;Key States</translation>
    </message>
    <message>
        <source>&amp;Re-key</source>
        <translation>&amp;Re-key</translation>
    </message>
    <message>
        <source>&amp;Re-key…</source>
        <translation>&amp;Re-key…</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>the console</translation>
    </message>
    <message>
        <source>Custodian re&amp;port…</source>
        <translation>Custodian re&amp;port…</translation>
    </message>
    <message>
        <source>PDF of a period&apos;s ceremonies, quorum sessions, re-keys and imports, with the journal verification</source>
        <translation>PDF of a period&apos;s ceremonies, quorum sessions, re-keys and imports, with the journal verification</translation>
    </message>
    <message>
        <source>Site Register</source>
        <translation>Site Register</translation>
    </message>
    <message>
        <source>&amp;Site Register</source>
        <translation>&amp;Site Register</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>&amp;User guide…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>Re-key r&amp;uns…</source>
        <translation>Re-key r&amp;uns…</translation>
    </message>
    <message>
        <source>Every re-key run: resume it, export its instruction batch, import the DCO&apos;s confirmations, exclude failed or refused devices, list its devices.</source>
        <translation>Every re-key run: resume it, export its instruction batch, import the DCO&apos;s confirmations, exclude failed or refused devices, list its devices.</translation>
    </message>
    <message>
        <source>&amp;Import DCO confirmations…</source>
        <translation>&amp;Import DCO confirmations…</translation>
    </message>
    <message>
        <source>HSM rea&amp;diness check…</source>
        <translation>HSM rea&amp;diness check…</translation>
    </message>
    <message>
        <source>&amp;Roll a KEK over to a new version…</source>
        <translation>&amp;Roll a KEK over to a new version…</translation>
    </message>
    <message>
        <source>De&amp;stroy a retired KEK version…</source>
        <translation>De&amp;stroy a retired KEK version…</translation>
    </message>
    <message>
        <source>Site register change</source>
        <translation>Site register change</translation>
    </message>
    <message>
        <source>Close &quot;%1&quot; first: a change of the site register does not run beside another operation on the workspace.</source>
        <translation>Close &quot;%1&quot; first: a change of the site register does not run beside another operation on the workspace.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::MarkCompromisedDialog</name>
    <message>
        <source>Mark keys compromised — Symbolon</source>
        <translation>Mark keys compromised — Symbolon</translation>
    </message>
    <message>
        <source>Flag the current keys of device &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt; as compromised (CKMP (d)(vi)). Their state does not change: a targeted re-key replaces them.</source>
        <translation>Flag the current keys of device &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt; as compromised (CKMP (d)(vi)). Their state does not change: a targeted re-key replaces them.</translation>
    </message>
    <message>
        <source>Incident or PMA reference</source>
        <translation>Incident or PMA reference</translation>
    </message>
    <message>
        <source>e.g. INC-2026-0142 or the PMA instruction reference</source>
        <translation>e.g. INC-2026-0142 or the PMA instruction reference</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Which keys</source>
        <translation>Which keys</translation>
    </message>
    <message>
        <source>All current keys</source>
        <translation>All current keys</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Keys:</translation>
    </message>
    <message>
        <source>Keys that will be marked</source>
        <translation>Keys that will be marked</translation>
    </message>
    <message>
        <source>&amp;Mark compromised…</source>
        <translation>&amp;Mark compromised…</translation>
    </message>
    <message>
        <source>%1, %2, generation %3 (%4)</source>
        <translation>%1, %2, generation %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n key(s) will be flagged:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n key will be flagged:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n keys will be flagged:&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>symbolon::ui::OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace — Symbolon</source>
        <translation>Open workspace — Symbolon</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspace:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Workspace:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Choose your card:</source>
        <translation>Choose your card:</translation>
    </message>
    <message>
        <source>Cards that can open this workspace</source>
        <translation>Cards that can open this workspace</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>Card PIN</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>Card &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Refresh cards</source>
        <translation>&amp;Refresh cards</translation>
    </message>
    <message>
        <source>Looking for cards…</source>
        <translation>Looking for cards…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent — insert the card</source>
        <translation>Absent — insert the card</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>Serial %1</translation>
    </message>
    <message>
        <source>Present your card… (checking the PIN and opening the workspace)</source>
        <translation>Present your card… (checking the PIN and opening the workspace)</translation>
    </message>
    <message>
        <source>PIN — not shown as you type</source>
        <translation>PIN — not shown as you type</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::OverviewView</name>
    <message>
        <source>Post-commissioning rotation — CKMP (b)(iii)</source>
        <translation>Post-commissioning rotation — CKMP (b)(iii)</translation>
    </message>
    <message>
        <source>Every device&apos;s keys must be rotated within 7 days of commissioning.</source>
        <translation>Every device&apos;s keys must be rotated within 7 days of commissioning.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>in the inventory</source>
        <translation>in the inventory</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>not rotated yet, deadline ahead</source>
        <translation>not rotated yet, deadline ahead</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>7-day deadline passed without rotation</source>
        <translation>7-day deadline passed without rotation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>rotation recorded</source>
        <translation>rotation recorded</translation>
    </message>
    <message>
        <source>By S1SP and cohort</source>
        <translation>By S1SP and cohort</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Cards and tokens</source>
        <translation>Cards and tokens</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Next risk review (5-yearly)</source>
        <translation>Next risk review (5-yearly)</translation>
    </message>
    <message>
        <source>Reading the last risk review…</source>
        <translation>Reading the last risk review…</translation>
    </message>
    <message>
        <source>Policy profile</source>
        <translation>Policy profile</translation>
    </message>
    <message>
        <source>&lt;b&gt;Development&lt;/b&gt;: SoftHSM2 allowed, clear-key fallbacks allowed and labelled</source>
        <translation>&lt;b&gt;Development&lt;/b&gt;: SoftHSM2 allowed, clear-key fallbacks allowed and labelled</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production&lt;/b&gt;: FIPS 140-2 Level 3 key token required; no fallbacks</source>
        <translation>&lt;b&gt;Production&lt;/b&gt;: FIPS 140-2 Level 3 key token required; no fallbacks</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Quorum: %2 of %3 custodian cards&lt;br&gt;Key token: %4</source>
        <translation>%1&lt;br&gt;Quorum: %2 of %3 custodian cards&lt;br&gt;Key token: %4</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>not configured</translation>
    </message>
    <message>
        <source>Last review %1 (%2), recorded by %3.</source>
        <translation>Last review %1 (%2), recorded by %3.</translation>
    </message>
    <message>
        <source>The risk review record cannot be read: %1</source>
        <translation>The risk review record cannot be read: %1</translation>
    </message>
    <message>
        <source>No review recorded — %1</source>
        <translation>No review recorded — %1</translation>
    </message>
    <message>
        <source>No review recorded — first due by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>No review recorded — first due by &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next due by &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Next due by &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source> — &lt;b&gt;overdue&lt;/b&gt;</source>
        <translation> — &lt;b&gt;overdue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not list the cards: %1</source>
        <translation>Could not list the cards: %1</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>LOCKED</translation>
    </message>
    <message>
        <source>Final try left</source>
        <translation>Final try left</translation>
    </message>
    <message>
        <source>Count low (wrong PIN entered)</source>
        <translation>Count low (wrong PIN entered)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Could not read the inventory: %1</source>
        <translation>Could not read the inventory: %1</translation>
    </message>
    <message numerus="yes">
        <source> — due within %n day(s)</source>
        <translation>
            <numerusform> — due within %n day</numerusform>
            <numerusform> — due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Site progress</source>
        <translation>Site progress</translation>
    </message>
    <message>
        <source>Reading the journal and the inventory…</source>
        <translation>Reading the journal and the inventory…</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ProfileBanner</name>
    <message>
        <source>Policy profile warning</source>
        <translation>Policy profile warning</translation>
    </message>
    <message>
        <source>DEVELOPMENT PROFILE — not for live keys</source>
        <translation>DEVELOPMENT PROFILE — not for live keys</translation>
    </message>
    <message>
        <source>Demo cards: ACS card 1/2/3 PINs 111111/222222/333333, PMA reviewer 444444, Responder card 555555</source>
        <translation>Demo cards: ACS card 1/2/3 PINs 111111/222222/333333, PMA reviewer 444444, Responder card 555555</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::QuorumSessionWidget</name>
    <message>
        <source>Cancel the session</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <source>Ends this quorum session (journaled); the approvals given so far are discarded.</source>
        <translation>Ends this quorum session (journaled); the approvals given so far are discarded.</translation>
    </message>
    <message>
        <source>Approvals given</source>
        <translation>Approvals given</translation>
    </message>
    <message>
        <source>Custodian card</source>
        <translation>Custodian card</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Reading the cards…</translation>
    </message>
    <message>
        <source>Card PIN (not shown)</source>
        <translation>Card PIN (not shown)</translation>
    </message>
    <message>
        <source>PIN — not shown as you type</source>
        <translation>PIN — not shown as you type</translation>
    </message>
    <message>
        <source>&amp;Approve with this card</source>
        <translation>&amp;Approve with this card</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>Card &amp;PIN:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)%4</source>
        <translation>%1 — %2 (%3)%4</translation>
    </message>
    <message>
        <source> — not present</source>
        <translation> — not present</translation>
    </message>
    <message>
        <source>No quorum session.</source>
        <translation>No quorum session.</translation>
    </message>
    <message>
        <source>✔ %1 (%2) — card &quot;%3&quot;, signature verified, %4</source>
        <translation>✔ %1 (%2) — card &quot;%3&quot;, signature verified, %4</translation>
    </message>
    <message>
        <source>%1 of %2 approvals (quorum %2 of %3)</source>
        <translation>%1 of %2 approvals (quorum %2 of %3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Time left: %1:%2</translation>
    </message>
    <message>
        <source>Expired: start a new session</source>
        <translation>Expired: start a new session</translation>
    </message>
    <message>
        <source>Choose your card first.</source>
        <translation>Choose your card first.</translation>
    </message>
    <message>
        <source>Type the card&apos;s PIN.</source>
        <translation>Type the card&apos;s PIN.</translation>
    </message>
    <message>
        <source>Present your card… (checking the PIN and signing the approval)</source>
        <translation>Present your card… (checking the PIN and signing the approval)</translation>
    </message>
    <message>
        <source>The card of the custodian approving now: present it, then type its PIN</source>
        <translation>The card of the custodian approving now: present it, then type its PIN</translation>
    </message>
    <message>
        <source>&lt;b&gt;Asked:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Requested by:&lt;/b&gt; %2&lt;br&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%3&lt;/pre&gt;</source>
        <translation>&lt;b&gt;Asked:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Requested by:&lt;/b&gt; %2&lt;br&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%3&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Car&amp;d:</source>
        <translation>Car&amp;d:</translation>
    </message>
    <message>
        <source>Choose the approving card</source>
        <translation>Choose the approving card</translation>
    </message>
    <message>
        <source>No card is enrolled in this workspace</source>
        <translation>No card is enrolled in this workspace</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::QuorumView</name>
    <message>
        <source>&lt;b&gt;Card register&lt;/b&gt;</source>
        <translation>&lt;b&gt;Card register&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>PIN state</source>
        <translation>PIN state</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past quorum sessions&lt;/b&gt; (from the journal)</source>
        <translation>&lt;b&gt;Past quorum sessions&lt;/b&gt; (from the journal)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reading the cards and the journal…</source>
        <translation>Reading the cards and the journal…</translation>
    </message>
    <message>
        <source>(no enrolment entry)</source>
        <translation>(no enrolment entry)</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>LOCKED</translation>
    </message>
    <message>
        <source>final try</source>
        <translation>final try</translation>
    </message>
    <message>
        <source>count low</source>
        <translation>count low</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Card register</source>
        <translation>Card register</translation>
    </message>
    <message>
        <source>Past quorum sessions</source>
        <translation>Past quorum sessions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>PIN share</source>
        <translation>PIN share</translation>
    </message>
    <message>
        <source>&amp;Enrol a card…</source>
        <translation>&amp;Enrol a card…</translation>
    </message>
    <message>
        <source>A new card for a new or an existing holder: its key pair is made on the card.</source>
        <translation>A new card for a new or an existing holder: its key pair is made on the card.</translation>
    </message>
    <message>
        <source>Re&amp;tire the card…</source>
        <translation>Re&amp;tire the card…</translation>
    </message>
    <message>
        <source>The selected card leaves the site: a leaver&apos;s, a lost or a damaged card.</source>
        <translation>The selected card leaves the site: a leaver&apos;s, a lost or a damaged card.</translation>
    </message>
    <message>
        <source>Re&amp;place the card…</source>
        <translation>Re&amp;place the card…</translation>
    </message>
    <message>
        <source>The selected card leaves the site and a new card takes its place, for the same holder and role.</source>
        <translation>The selected card leaves the site and a new card takes its place, for the same holder and role.</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Change r&amp;ole…</translation>
    </message>
    <message>
        <source>The selected card&apos;s holder takes another role.</source>
        <translation>The selected card&apos;s holder takes another role.</translation>
    </message>
    <message>
        <source>Change &amp;k…</source>
        <translation>Change &amp;k…</translation>
    </message>
    <message>
        <source>The number of custodians whose cards a quorum needs.</source>
        <translation>The number of custodians whose cards a quorum needs.</translation>
    </message>
    <message>
        <source>The site register cannot be changed from a read-only open.</source>
        <translation>The site register cannot be changed from a read-only open.</translation>
    </message>
    <message>
        <source>Token URI</source>
        <translation>Token URI</translation>
    </message>
    <message>
        <source>Key token &lt;b&gt;%1&lt;/b&gt; (serial %2): quorum &lt;b&gt;%3 of %4&lt;/b&gt; custodian cards; enrolled %5. Cards&apos; module: %7. Live sessions run in the Ceremony wizard (Ceremonies menu).%6</source>
        <translation>Key token &lt;b&gt;%1&lt;/b&gt; (serial %2): quorum &lt;b&gt;%3 of %4&lt;/b&gt; custodian cards; enrolled %5. Cards&apos; module: %7. Live sessions run in the Ceremony wizard (Ceremonies menu).%6</translation>
    </message>
    <message>
        <source>This console runs on your card: another custodian changes it, from their console.</source>
        <translation>This console runs on your card: another custodian changes it, from their console.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ReaderThread</name>
    <message>
        <source>The workspace database is not open for reading.</source>
        <translation>The workspace database is not open for reading.</translation>
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
        <translation>Enrol a card</translation>
    </message>
    <message>
        <source>Retire a card</source>
        <translation>Retire a card</translation>
    </message>
    <message>
        <source>Replace a card</source>
        <translation>Replace a card</translation>
    </message>
    <message>
        <source>Change a person&apos;s role</source>
        <translation>Change a person&apos;s role</translation>
    </message>
    <message>
        <source>Change the quorum</source>
        <translation>Change the quorum</translation>
    </message>
    <message>
        <source>A new card is enrolled: its EC P-256 key pair is made on the card, which must be present now with its PIN. As a custodian&apos;s card it receives a share of the key token&apos;s PINs, which are changed and re-dealt over the custodians.</source>
        <translation>A new card is enrolled: its EC P-256 key pair is made on the card, which must be present now with its PIN. As a custodian&apos;s card it receives a share of the key token&apos;s PINs, which are changed and re-dealt over the custodians.</translation>
    </message>
    <message>
        <source>The card leaves the site: it can no longer open the workspace nor approve. The key token&apos;s PINs are changed and re-dealt, so that its share, with others, logs nothing in; the journal token&apos;s PIN and the database key change too, so that nothing its holder kept opens or signs.</source>
        <translation>The card leaves the site: it can no longer open the workspace nor approve. The key token&apos;s PINs are changed and re-dealt, so that its share, with others, logs nothing in; the journal token&apos;s PIN and the database key change too, so that nothing its holder kept opens or signs.</translation>
    </message>
    <message>
        <source>The card leaves the site and a new card is enrolled for the same holder and role (its key pair is made on the card, present now with its PIN). The key token&apos;s PINs, the journal token&apos;s PIN and the database key change, as when a card is retired.</source>
        <translation>The card leaves the site and a new card is enrolled for the same holder and role (its key pair is made on the card, present now with its PIN). The key token&apos;s PINs, the journal token&apos;s PIN and the database key change, as when a card is retired.</translation>
    </message>
    <message>
        <source>The person moves to another role, with every card they hold. A custodian who gains or loses that role changes who holds the key token&apos;s PIN shares: they are re-dealt.</source>
        <translation>The person moves to another role, with every card they hold. A custodian who gains or loses that role changes who holds the key token&apos;s PIN shares: they are re-dealt.</translation>
    </message>
    <message>
        <source>k is the number of custodians whose cards a quorum needs, and n the custodians who hold a share (one per person). A new k re-deals the key token&apos;s PINs k of n.</source>
        <translation>k is the number of custodians whose cards a quorum needs, and n the custodians who hold a share (one per person). A new k re-deals the key token&apos;s PINs k of n.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Choose the card</source>
        <translation>Choose the card</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Card:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>The holder has left</source>
        <translation>The holder has left</translation>
    </message>
    <message>
        <source>The card is lost</source>
        <translation>The card is lost</translation>
    </message>
    <message>
        <source>The card is damaged</source>
        <translation>The card is damaged</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Reading the cards…</translation>
    </message>
    <message>
        <source>Read the car&amp;ds again</source>
        <translation>Read the car&amp;ds again</translation>
    </message>
    <message>
        <source>&amp;New card:</source>
        <translation>&amp;New card:</translation>
    </message>
    <message>
        <source>The new card&apos;s PIN (not shown)</source>
        <translation>The new card&apos;s PIN (not shown)</translation>
    </message>
    <message>
        <source>PIN — not shown as you type</source>
        <translation>PIN — not shown as you type</translation>
    </message>
    <message>
        <source>New card&apos;s P&amp;IN:</source>
        <translation>New card&apos;s P&amp;IN:</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>New &amp;role:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source> of %1 custodians</source>
        <translation> of %1 custodians</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why, with the ticket or HR reference: signed into the register</source>
        <translation>Why, with the ticket or HR reference: signed into the register</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>&amp;Propose the change</source>
        <translation>&amp;Propose the change</translation>
    </message>
    <message>
        <source>Approvals given</source>
        <translation>Approvals given</translation>
    </message>
    <message>
        <source>Approving custodian&apos;s card</source>
        <translation>Approving custodian&apos;s card</translation>
    </message>
    <message>
        <source>Appro&amp;ving card:</source>
        <translation>Appro&amp;ving card:</translation>
    </message>
    <message>
        <source>Card PIN (not shown)</source>
        <translation>Card PIN (not shown)</translation>
    </message>
    <message>
        <source>&amp;Approve with this card</source>
        <translation>&amp;Approve with this card</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>Card &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Make the change</source>
        <translation>&amp;Make the change</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (serial %2)</translation>
    </message>
    <message>
        <source>Choose the new card</source>
        <translation>Choose the new card</translation>
    </message>
    <message>
        <source>No card outside the register is present: insert it, then read the cards again</source>
        <translation>No card outside the register is present: insert it, then read the cards again</translation>
    </message>
    <message>
        <source>%1 — not present</source>
        <translation>%1 — not present</translation>
    </message>
    <message>
        <source>Choose the approving custodian&apos;s card</source>
        <translation>Choose the approving custodian&apos;s card</translation>
    </message>
    <message>
        <source>Choose the new card (field &quot;New card&quot;): present it, then read the cards again.</source>
        <translation>Choose the new card (field &quot;New card&quot;): present it, then read the cards again.</translation>
    </message>
    <message>
        <source>Give the new card&apos;s holder (field &quot;Holder&quot;).</source>
        <translation>Give the new card&apos;s holder (field &quot;Holder&quot;).</translation>
    </message>
    <message>
        <source>Type the new card&apos;s PIN (field &quot;New card&apos;s PIN&quot;).</source>
        <translation>Type the new card&apos;s PIN (field &quot;New card&apos;s PIN&quot;).</translation>
    </message>
    <message>
        <source>Checking the proposed register…</source>
        <translation>Checking the proposed register…</translation>
    </message>
    <message>
        <source>Present the new card… (its key pair is being made on it)</source>
        <translation>Present the new card… (its key pair is being made on it)</translation>
    </message>
    <message>
        <source>Site register version %1, proposed by %2. It changes:</source>
        <translation>Site register version %1, proposed by %2. It changes:</translation>
    </message>
    <message>
        <source>  • %1</source>
        <translation>  • %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>The key token&apos;s user and SO PINs will be changed and re-dealt %1 of %2 over the new version&apos;s custodians: an old share no longer logs the key token in.</source>
        <translation>The key token&apos;s user and SO PINs will be changed and re-dealt %1 of %2 over the new version&apos;s custodians: an old share no longer logs the key token in.</translation>
    </message>
    <message>
        <source>A card leaves: the journal token&apos;s PIN and the database key change with it.</source>
        <translation>A card leaves: the journal token&apos;s PIN and the database key change with it.</translation>
    </message>
    <message>
        <source>%1 of %2 custodians have approved</source>
        <translation>%1 of %2 custodians have approved</translation>
    </message>
    <message>
        <source>Choose your card first (field &quot;Approving card&quot;).</source>
        <translation>Choose your card first (field &quot;Approving card&quot;).</translation>
    </message>
    <message>
        <source>Type the card&apos;s PIN (field &quot;Card PIN&quot;).</source>
        <translation>Type the card&apos;s PIN (field &quot;Card PIN&quot;).</translation>
    </message>
    <message>
        <source>Present your card… (checking the PIN and signing the proposed version)</source>
        <translation>Present your card… (checking the PIN and signing the proposed version)</translation>
    </message>
    <message>
        <source>✔ %1 — signature verified</source>
        <translation>✔ %1 — signature verified</translation>
    </message>
    <message>
        <source>Making the change: re-dealing the key token&apos;s PINs…</source>
        <translation>Making the change: re-dealing the key token&apos;s PINs…</translation>
    </message>
    <message>
        <source>Making the change…</source>
        <translation>Making the change…</translation>
    </message>
    <message>
        <source>The change was not made: %1</source>
        <translation>The change was not made: %1</translation>
    </message>
    <message>
        <source>Register version %1 is recorded (digest %2…), approved by %3 custodians.</source>
        <translation>Register version %1 is recorded (digest %2…), approved by %3 custodians.</translation>
    </message>
    <message>
        <source>The key token&apos;s PINs were changed and re-dealt: the old shares no longer log it in.</source>
        <translation>The key token&apos;s PINs were changed and re-dealt: the old shares no longer log it in.</translation>
    </message>
    <message>
        <source>The journal token&apos;s PIN was changed and sealed to the cards that stay.</source>
        <translation>The journal token&apos;s PIN was changed and sealed to the cards that stay.</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1</source>
        <translation>The database key could not be changed: %1</translation>
    </message>
    <message>
        <source>The database key could not be changed yet (another connection to the database was open): it changes when you close the console, or at the next open.</source>
        <translation>The database key could not be changed yet (another connection to the database was open): it changes when you close the console, or at the next open.</translation>
    </message>
    <message>
        <source>The database key was changed: a copy of the old key opens nothing current.</source>
        <translation>The database key was changed: a copy of the old key opens nothing current.</translation>
    </message>
    <message>
        <source>Afterwards: %1</source>
        <translation>Afterwards: %1</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyConfirmPage</name>
    <message>
        <source>Confirm and create the plan</source>
        <translation>Confirm and create the plan</translation>
    </message>
    <message>
        <source>Creating the plan records its devices and justification in the journal; nothing is generated until the quorum approves the run.</source>
        <translation>Creating the plan records its devices and justification in the journal; nothing is generated until the quorum approves the run.</translation>
    </message>
    <message>
        <source>&amp;Ask for the quorum</source>
        <translation>&amp;Ask for the quorum</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Plan summary</translation>
    </message>
    <message>
        <source>Worker sessions</source>
        <translation>Worker sessions</translation>
    </message>
    <message>
        <source>&amp;Worker sessions:</source>
        <translation>&amp;Worker sessions:</translation>
    </message>
    <message>
        <source>Devices per committed chunk</source>
        <translation>Devices per committed chunk</translation>
    </message>
    <message>
        <source>Each chunk commits with its journal entry; stopping or a crash loses at most one.</source>
        <translation>Each chunk commits with its journal entry; stopping or a crash loses at most one.</translation>
    </message>
    <message>
        <source>Devices per &amp;chunk:</source>
        <translation>Devices per &amp;chunk:</translation>
    </message>
    <message>
        <source>&amp;Create the plan…</source>
        <translation>&amp;Create the plan…</translation>
    </message>
    <message>
        <source>Create the re-key plan</source>
        <translation>Create the re-key plan</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Plan status</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Re-key %1 device(s): %2 new key(s) (%3)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Re-key %1 device(s): %2 new key(s) (%3)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Selection:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Selection:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Justification:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Justification:&lt;/b&gt; &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plan the re-key of %1 device(s): %2 new key(s) (%3)?

The plan and its justification are journaled now; the keys are generated only when the quorum approves the run.</source>
        <translation>Plan the re-key of %1 device(s): %2 new key(s) (%3)?

The plan and its justification are journaled now; the keys are generated only when the quorum approves the run.</translation>
    </message>
    <message>
        <source>Creating the plan…</source>
        <translation>Creating the plan…</translation>
    </message>
    <message>
        <source>Resume re-key run %1</source>
        <translation>Resume re-key run %1</translation>
    </message>
    <message>
        <source>The devices still pending are re-keyed under a new quorum approval; committed chunks stay.</source>
        <translation>The devices still pending are re-keyed under a new quorum approval; committed chunks stay.</translation>
    </message>
    <message>
        <source>Ask the quorum to &amp;resume</source>
        <translation>Ask the quorum to &amp;resume</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading run %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reading run %1…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;State: &lt;b&gt;%1&lt;/b&gt;; %2 device(s) still pending. Planned %3 by %4; plan digest &lt;tt&gt;%5&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;State: &lt;b&gt;%1&lt;/b&gt;; %2 device(s) still pending. Planned %3 by %4; plan digest &lt;tt&gt;%5&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run %1 is %2 with %3 device(s) pending: there is nothing to resume.</source>
        <translation>Run %1 is %2 with %3 device(s) pending: there is nothing to resume.</translation>
    </message>
    <message>
        <source>%1 (plan digest %2). Opening the quorum session…</source>
        <translation>%1 (plan digest %2). Opening the quorum session…</translation>
    </message>
    <message>
        <source>%1 was planned, but the quorum session did not open: %2</source>
        <translation>%1 was planned, but the quorum session did not open: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, plan digest &lt;tt&gt;%2&lt;/tt&gt;, journal entry #%3. Next: the custodians approve the run with their cards.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, plan digest &lt;tt&gt;%2&lt;/tt&gt;, journal entry #%3. Next: the custodians approve the run with their cards.</translation>
    </message>
    <message>
        <source>Show the devices of the plan</source>
        <translation>Show the devices of the plan</translation>
    </message>
    <message>
        <source>Show &amp;devices (%1)…</source>
        <translation>Show &amp;devices (%1)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Justification:&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Justification:&lt;/b&gt;&lt;/p&gt;&lt;pre style=&apos;white-space: pre-wrap&apos;&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>PKCS#11 sessions working in parallel. Automatic chooses the number from the measured rate, within what the token allows.</source>
        <translation>PKCS#11 sessions working in parallel. Automatic chooses the number from the measured rate, within what the token allows.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyDeviceListModel</name>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Key kinds</source>
        <translation>Key kinds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyDevicesDialog</name>
    <message>
        <source>Devices of re-key run %1</source>
        <translation>Devices of re-key run %1</translation>
    </message>
    <message>
        <source>Reading the devices of run %1…</source>
        <translation>Reading the devices of run %1…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>%1, in the order they are re-keyed.</source>
        <translation>%1, in the order they are re-keyed.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyJustificationPage</name>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Recorded with the plan and signed by the quorum.</source>
        <translation>Recorded with the plan and signed by the quorum.</translation>
    </message>
    <message>
        <source>PMA instruction ground</source>
        <translation>PMA instruction ground</translation>
    </message>
    <message>
        <source>No PMA instruction</source>
        <translation>No PMA instruction</translation>
    </message>
    <message>
        <source>PMA &amp;ground:</source>
        <translation>PMA &amp;ground:</translation>
    </message>
    <message>
        <source>PMA instruction reference</source>
        <translation>PMA instruction reference</translation>
    </message>
    <message>
        <source>The SMKI PMA instruction reference</source>
        <translation>The SMKI PMA instruction reference</translation>
    </message>
    <message>
        <source>PMA &amp;reference:</source>
        <translation>PMA &amp;reference:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why this re-key (journaled)</source>
        <translation>Why this re-key (journaled)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required:&lt;/b&gt; %1 device(s) in this re-key have had their post-commissioning rotation. Keys may be replaced after it only on the SMKI PMA&apos;s instruction (CKMP (b)(iii), (d)(v), (d)(vi)): give its ground and reference.</source>
        <translation>&lt;b&gt;Required:&lt;/b&gt; %1 device(s) in this re-key have had their post-commissioning rotation. Keys may be replaced after it only on the SMKI PMA&apos;s instruction (CKMP (b)(iii), (d)(v), (d)(vi)): give its ground and reference.</translation>
    </message>
    <message>
        <source>Every device is within its post-commissioning rotation: a PMA instruction is optional (give it if there is one).</source>
        <translation>Every device is within its post-commissioning rotation: a PMA instruction is optional (give it if there is one).</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyRadiusPage</name>
    <message>
        <source>Blast radius</source>
        <translation>Blast radius</translation>
    </message>
    <message>
        <source>Exactly what the re-key would touch, and every device the policy refuses, with the reason.</source>
        <translation>Exactly what the re-key would touch, and every device the policy refuses, with the reason.</translation>
    </message>
    <message>
        <source>Blast radius status</source>
        <translation>Blast radius status</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Previewing…</translation>
    </message>
    <message>
        <source>The preview is still running.</source>
        <translation>The preview is still running.</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>No preview.</translation>
    </message>
    <message>
        <source>%1 device(s) are refused (reasons below): narrow the selection, or resolve them first.</source>
        <translation>%1 device(s) are refused (reasons below): narrow the selection, or resolve them first.</translation>
    </message>
    <message>
        <source>No device is selected: widen the selection.</source>
        <translation>No device is selected: widen the selection.</translation>
    </message>
    <message>
        <source>Nothing is refused. Next: the justification.</source>
        <translation>Nothing is refused. Next: the justification.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 device(s), %2 new key(s) (%3)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 device(s), %2 new key(s) (%3)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 as their post-commissioning rotation; %2 after it (these need the PMA&apos;s instruction, CKMP (d)(vi)).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 as their post-commissioning rotation; %2 after it (these need the PMA&apos;s instruction, CKMP (d)(vi)).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By cohort</source>
        <translation>By cohort</translation>
    </message>
    <message>
        <source>By S1SP</source>
        <translation>By S1SP</translation>
    </message>
    <message>
        <source>By device type</source>
        <translation>By device type</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1 device(s)&lt;/b&gt;: %2&lt;br&gt;&lt;small&gt;e.g. %3&lt;/small&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1 device(s)&lt;/b&gt;: %2&lt;br&gt;&lt;small&gt;e.g. %3&lt;/small&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next is disabled:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Next is disabled:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 device(s) have had their post-commissioning rotation:&lt;/b&gt; re-keying them needs a PMA instruction (ground and reference) on the next page.</source>
        <translation>&lt;b&gt;%1 device(s) have had their post-commissioning rotation:&lt;/b&gt; re-keying them needs a PMA instruction (ground and reference) on the next page.</translation>
    </message>
    <message>
        <source>Refused: %1 device(s)</source>
        <translation>Refused: %1 device(s)</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>The run&apos;s record is in the journal. Hand the instruction batch to the DCO; import its confirmations to make the new keys active.</source>
        <translation>The run&apos;s record is in the journal. Hand the instruction batch to the DCO; import its confirmations to make the new keys active.</translation>
    </message>
    <message>
        <source>Re-key results</source>
        <translation>Re-key results</translation>
    </message>
    <message>
        <source>Export &amp;instruction batch…</source>
        <translation>Export &amp;instruction batch…</translation>
    </message>
    <message>
        <source>Export the instruction batch for the DCO</source>
        <translation>Export the instruction batch for the DCO</translation>
    </message>
    <message>
        <source>Export &amp;keys for DCO / S1SP…</source>
        <translation>Export &amp;keys for DCO / S1SP…</translation>
    </message>
    <message>
        <source>Export the packaged keys for the DCO or an S1SP</source>
        <translation>Export the packaged keys for the DCO or an S1SP</translation>
    </message>
    <message>
        <source>&lt;p&gt;The run has not finished.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The run has not finished.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Devices&lt;/h3&gt;&lt;p&gt;</source>
        <translation>&lt;h3&gt;Devices&lt;/h3&gt;&lt;p&gt;</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No device failed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No device failed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Exports&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Exports&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Export the instruction batch</source>
        <translation>Export the instruction batch</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>DCO: AK and MK packages (under the DCO Key)</source>
        <translation>DCO: AK and MK packages (under the DCO Key)</translation>
    </message>
    <message>
        <source>S1SP: GUEK packages (under the Shared Key)</source>
        <translation>S1SP: GUEK packages (under the Shared Key)</translation>
    </message>
    <message>
        <source>Export keys</source>
        <translation>Export keys</translation>
    </message>
    <message>
        <source>Recipient (role separation, CKMP (b)(ii)):</source>
        <translation>Recipient (role separation, CKMP (b)(ii)):</translation>
    </message>
    <message>
        <source>Only this S1SP&apos;s devices (blank: all):</source>
        <translation>Only this S1SP&apos;s devices (blank: all):</translation>
    </message>
    <message>
        <source>Instruction batch %1: %2 device(s) (%3 newly distributed), SHA-256 &lt;tt&gt;%4&lt;/tt&gt;, journal entry #%5.</source>
        <translation>Instruction batch %1: %2 device(s) (%3 newly distributed), SHA-256 &lt;tt&gt;%4&lt;/tt&gt;, journal entry #%5.</translation>
    </message>
    <message>
        <source>Keys for %1 in %2: %3 packaged key(s), SHA-256 &lt;tt&gt;%4&lt;/tt&gt;.</source>
        <translation>Keys for %1 in %2: %3 packaged key(s), SHA-256 &lt;tt&gt;%4&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>The run failed</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Every chunk committed before the failure stays committed; running the plan again resumes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Every chunk committed before the failure stays committed; running the plan again resumes it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 device(s) failed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 device(s) failed:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped before completion.&lt;/b&gt; Every chunk reported was committed. Resume it with &lt;i&gt;Re-key → Re-key runs…&lt;/i&gt; (run %1) or symbolon-cli rekey run %1, under a new quorum approval.</source>
        <translation>&lt;b&gt;Stopped before completion.&lt;/b&gt; Every chunk reported was committed. Resume it with &lt;i&gt;Re-key → Re-key runs…&lt;/i&gt; (run %1) or symbolon-cli rekey run %1, under a new quorum approval.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyRunPage</name>
    <message>
        <source>%1h%2m</source>
        <translation>%1h%2m</translation>
    </message>
    <message>
        <source>%1m%2s</source>
        <translation>%1m%2s</translation>
    </message>
    <message>
        <source>Re-keying</source>
        <translation>Re-keying</translation>
    </message>
    <message>
        <source>The key token is logged in with the PIN rebuilt from the approvals. Each chunk of devices commits with its journal entry; the token is logged out and the PIN wiped at the end.</source>
        <translation>The key token is logged in with the PIN rebuilt from the approvals. Each chunk of devices commits with its journal entry; the token is logged out and the PIN wiped at the end.</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Run status</translation>
    </message>
    <message>
        <source>Re-key progress</source>
        <translation>Re-key progress</translation>
    </message>
    <message>
        <source>Devices done</source>
        <translation>Devices done</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Estimated time left</source>
        <translation>Estimated time left</translation>
    </message>
    <message>
        <source>Failed devices</source>
        <translation>Failed devices</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Devices:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Time left:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <source>&amp;Stop after this chunk</source>
        <translation>&amp;Stop after this chunk</translation>
    </message>
    <message>
        <source>Stop after this chunk</source>
        <translation>Stop after this chunk</translation>
    </message>
    <message>
        <source>Every committed chunk stays committed; running the plan again resumes it.</source>
        <translation>Every committed chunk stays committed; running the plan again resumes it.</translation>
    </message>
    <message>
        <source>Stopping after the chunk in progress…</source>
        <translation>Stopping after the chunk in progress…</translation>
    </message>
    <message>
        <source>Done, and journaled.</source>
        <translation>Done, and journaled.</translation>
    </message>
    <message>
        <source>The run failed; see the results.</source>
        <translation>The run failed; see the results.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>Running &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>%1 of %2 devices (%p%)</source>
        <translation>%1 of %2 devices (%p%)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 chunk(s) committed)</source>
        <translation>%1 of %2 (%3 chunk(s) committed)</translation>
    </message>
    <message>
        <source>%1 devices/s</source>
        <translation>%1 devices/s</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyRunsChart</name>
    <message>
        <source>Re-key runs by device status</source>
        <translation>Re-key runs by device status</translation>
    </message>
    <message>
        <source>The newest re-key runs: devices confirmed, distributed (awaiting confirmation), committed (not yet sent), failed and pending</source>
        <translation>The newest re-key runs: devices confirmed, distributed (awaiting confirmation), committed (not yet sent), failed and pending</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Run %1 (%2, %3): %4 devices; %5 confirmed, %6 distributed, %7 committed, %8 failed, %9 pending</source>
        <translation>Run %1 (%2, %3): %4 devices; %5 confirmed, %6 distributed, %7 committed, %8 failed, %9 pending</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Run %1: %2</translation>
    </message>
    <message>
        <source>Re-key runs: none yet</source>
        <translation>Re-key runs: none yet</translation>
    </message>
    <message numerus="yes">
        <source>Re-key runs by device status (newest %n)</source>
        <translation>
            <numerusform>Re-key runs by device status (newest %n)</numerusform>
            <numerusform>Re-key runs by device status (newest %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyRunsDialog</name>
    <message>
        <source>Re-key runs — Symbolon</source>
        <translation>Re-key runs — Symbolon</translation>
    </message>
    <message>
        <source>Every re-key run of this workspace. Select one to resume it, export its instruction batch for the DCO, exclude the devices that failed or that the DCO refused, or list its devices.</source>
        <translation>Every re-key run of this workspace. Select one to resume it, export its instruction batch for the DCO, exclude the devices that failed or that the DCO refused, or list its devices.</translation>
    </message>
    <message>
        <source>Re-key runs</source>
        <translation>Re-key runs</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Failed or refused</source>
        <translation>Failed or refused</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Created (UTC)</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Resume…</translation>
    </message>
    <message>
        <source>Re-key the run&apos;s pending devices under a new quorum approval.</source>
        <translation>Re-key the run&apos;s pending devices under a new quorum approval.</translation>
    </message>
    <message>
        <source>Export &amp;batch…</source>
        <translation>Export &amp;batch…</translation>
    </message>
    <message>
        <source>The signed instruction batch for the DCO, from the committed devices.</source>
        <translation>The signed instruction batch for the DCO, from the committed devices.</translation>
    </message>
    <message>
        <source>Re-&amp;send those awaiting confirmation</source>
        <translation>Re-&amp;send those awaiting confirmation</translation>
    </message>
    <message>
        <source>Also the devices sent before and not yet confirmed (the same instructions), except those excluded.</source>
        <translation>Also the devices sent before and not yet confirmed (the same instructions), except those excluded.</translation>
    </message>
    <message>
        <source>E&amp;xclude failed and refused…</source>
        <translation>E&amp;xclude failed and refused…</translation>
    </message>
    <message>
        <source>Take the devices that failed, or that the DCO refused, out of the run (with the reason, journaled) so that the rest go on.</source>
        <translation>Take the devices that failed, or that the DCO refused, out of the run (with the reason, journaled) so that the rest go on.</translation>
    </message>
    <message>
        <source>Show &amp;devices…</source>
        <translation>Show &amp;devices…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Outcome details</source>
        <translation>Outcome details</translation>
    </message>
    <message>
        <source>&amp;Import DCO confirmations…</source>
        <translation>&amp;Import DCO confirmations…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
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
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>No re-key run yet: plan one with Re-key ▸ Re-key….</source>
        <translation>No re-key run yet: plan one with Re-key ▸ Re-key….</translation>
    </message>
    <message>
        <source>Import the DCO&apos;s confirmations</source>
        <translation>Import the DCO&apos;s confirmations</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Importing the confirmations in %1…</source>
        <translation>Importing the confirmations in %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>The confirmations in %1 were not imported: %2</source>
        <translation>The confirmations in %1 were not imported: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 confirmed — %3 key(s) now Active, %4 superseded; %5 already confirmed; %6 failed (still Distributed: re-send them, or exclude them). Journal entry #%7.</source>
        <translation>Imported %1: %2 confirmed — %3 key(s) now Active, %4 superseded; %5 already confirmed; %6 failed (still Distributed: re-send them, or exclude them). Journal entry #%7.</translation>
    </message>
    <message>
        <source>Export the instruction batch</source>
        <translation>Export the instruction batch</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Writing the instruction batch of run %1…</source>
        <translation>Writing the instruction batch of run %1…</translation>
    </message>
    <message>
        <source>No instruction batch for run %1: %2</source>
        <translation>No instruction batch for run %1: %2</translation>
    </message>
    <message>
        <source>Instruction batch for run %1 in %2: %3 (%4 newly distributed), SHA-256 %5. Journal entry #%6.</source>
        <translation>Instruction batch for run %1 in %2: %3 (%4 newly distributed), SHA-256 %5. Journal entry #%6.</translation>
    </message>
    <message>
        <source>Exclude failed and refused devices</source>
        <translation>Exclude failed and refused devices</translation>
    </message>
    <message>
        <source>Run %1 has %2 that failed and %3 that the DCO refused. Excluded, they are no longer re-keyed nor re-sent, and the rest of the run goes on. Why (journaled)?</source>
        <translation>Run %1 has %2 that failed and %3 that the DCO refused. Excluded, they are no longer re-keyed nor re-sent, and the rest of the run goes on. Why (journaled)?</translation>
    </message>
    <message>
        <source>Excluding the failed and refused devices of run %1…</source>
        <translation>Excluding the failed and refused devices of run %1…</translation>
    </message>
    <message>
        <source>Nothing was excluded from run %1: %2</source>
        <translation>Nothing was excluded from run %1: %2</translation>
    </message>
    <message>
        <source>No device is left pending: the run is closed.</source>
        <translation>No device is left pending: the run is closed.</translation>
    </message>
    <message>
        <source>Resume the run for its %1 still pending.</source>
        <translation>Resume the run for its %1 still pending.</translation>
    </message>
    <message>
        <source>Export the batch with Re-send for the %1 awaiting confirmation.</source>
        <translation>Export the batch with Re-send for the %1 awaiting confirmation.</translation>
    </message>
    <message>
        <source>Excluded from run %1: %2 that failed, %3 that the DCO refused. %4 Journal entry #%5.</source>
        <translation>Excluded from run %1: %2 that failed, %3 that the DCO refused. %4 Journal entry #%5.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeySelectPage</name>
    <message>
        <source>Select the devices and keys</source>
        <translation>Select the devices and keys</translation>
    </message>
    <message>
        <source>Nothing is changed until the plan is created and the quorum approves it.</source>
        <translation>Nothing is changed until the plan is created and the quorum approves it.</translation>
    </message>
    <message>
        <source>Post-commissioning rotation</source>
        <translation>Post-commissioning rotation</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>Due or overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Done (needs a PMA instruction)</source>
        <translation>Done (needs a PMA instruction)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotation:</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>All cohorts</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>S1SP</source>
        <translation>S1SP</translation>
    </message>
    <message>
        <source>All S1SPs</source>
        <translation>All S1SPs</translation>
    </message>
    <message>
        <source>&amp;S1SP:</source>
        <translation>&amp;S1SP:</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Device &amp;type:</source>
        <translation>Device &amp;type:</translation>
    </message>
    <message>
        <source>Device-list file</source>
        <translation>Device-list file</translation>
    </message>
    <message>
        <source>Optional: a file with one device ID per line</source>
        <translation>Optional: a file with one device ID per line</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose a device-list file</source>
        <translation>Choose a device-list file</translation>
    </message>
    <message>
        <source>Device &amp;list:</source>
        <translation>Device &amp;list:</translation>
    </message>
    <message>
        <source>AK (4 clients)</source>
        <translation>AK (4 clients)</translation>
    </message>
    <message>
        <source>Replace the authentication keys</source>
        <translation>Replace the authentication keys</translation>
    </message>
    <message>
        <source>GUEK (4 clients)</source>
        <translation>GUEK (4 clients)</translation>
    </message>
    <message>
        <source>Replace the global unicast encryption keys</source>
        <translation>Replace the global unicast encryption keys</translation>
    </message>
    <message>
        <source>MK (where the device supports it)</source>
        <translation>MK (where the device supports it)</translation>
    </message>
    <message>
        <source>Replace the master key</source>
        <translation>Replace the master key</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Keys:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Devices:&lt;/b&gt; %1%2 (from %3). The filters below still apply; rotation is set to any.</source>
        <translation>&lt;b&gt;Devices:&lt;/b&gt; %1%2 (from %3). The filters below still apply; rotation is set to any.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>Device list</translation>
    </message>
    <message>
        <source>Text (*.txt *.csv);;All files (*)</source>
        <translation>Text (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read the device list %1: %2.</source>
        <translation>Cannot read the device list %1: %2.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RekeyWizard</name>
    <message>
        <source>Re-key — Symbolon</source>
        <translation>Re-key — Symbolon</translation>
    </message>
    <message>
        <source>&amp;Run the re-key</source>
        <translation>&amp;Run the re-key</translation>
    </message>
    <message>
        <source>Resume re-key run %1 — Symbolon</source>
        <translation>Resume re-key run %1 — Symbolon</translation>
    </message>
    <message>
        <source>Show the devices to approve</source>
        <translation>Show the devices to approve</translation>
    </message>
    <message>
        <source>Show &amp;devices (%1)…</source>
        <translation>Show &amp;devices (%1)…</translation>
    </message>
    <message>
        <source>Devices to re-key</source>
        <translation>Devices to re-key</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ReportPdf</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Symbolon evidence pack</source>
        <translation>Symbolon evidence pack</translation>
    </message>
    <message>
        <source>The PDF report %1 could not be written.</source>
        <translation>The PDF report %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RiskReviewDialog</name>
    <message>
        <source>Record risk review</source>
        <translation>Record risk review</translation>
    </message>
    <message>
        <source>CKMP (b)(iii): the use of symmetric keys and their controls are risk-reviewed at most every 5 years, with evidence to the SMKI PMA. The record is journaled in your name; the next review falls due 5 years after the review date.</source>
        <translation>CKMP (b)(iii): the use of symmetric keys and their controls are risk-reviewed at most every 5 years, with evidence to the SMKI PMA. The record is journaled in your name; the next review falls due 5 years after the review date.</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>Review date:</translation>
    </message>
    <message>
        <source>e.g. PMA-RR-2025-01</source>
        <translation>e.g. PMA-RR-2025-01</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Summary of findings (at most %1 characters)</source>
        <translation>Summary of findings (at most %1 characters)</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>The review was not recorded: %1</source>
        <translation>The review was not recorded: %1</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::RotationComplianceChart</name>
    <message>
        <source>Rotation compliance per commissioning week</source>
        <translation>Rotation compliance per commissioning week</translation>
    </message>
    <message>
        <source>Devices commissioned each week (Monday to Sunday, UTC) and how their post-commissioning rotation went: within 7 days, late, not yet (deadline ahead) or overdue</source>
        <translation>Devices commissioned each week (Monday to Sunday, UTC) and how their post-commissioning rotation went: within 7 days, late, not yet (deadline ahead) or overdue</translation>
    </message>
    <message numerus="yes">
        <source>Rotation compliance per commissioning week (last %n week(s))</source>
        <translation>
            <numerusform>Rotation compliance per commissioning week (last %n week)</numerusform>
            <numerusform>Rotation compliance per commissioning week (last %n weeks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated within 7 days</source>
        <translation>Rotated within 7 days</translation>
    </message>
    <message>
        <source>Rotated late</source>
        <translation>Rotated late</translation>
    </message>
    <message>
        <source>Not yet rotated (due)</source>
        <translation>Not yet rotated (due)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Week of %1: %2 commissioned; %3 rotated within 7 days, %4 late, %5 not yet (due), %6 overdue</source>
        <translation>Week of %1: %2 commissioned; %3 rotated within 7 days, %4 late, %5 not yet (due), %6 overdue</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Rotation compliance per commissioning week: %1 devices in %2 weeks, %3% rotated within 7 days</source>
        <translation>Rotation compliance per commissioning week: %1 devices in %2 weeks, %3% rotated within 7 days</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SettingsDialog</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem with %1</translation>
    </message>
    <message>
        <source>Settings — Symbolon</source>
        <translation>Settings — Symbolon</translation>
    </message>
    <message>
        <source>Hardware security module</source>
        <translation>Hardware security module</translation>
    </message>
    <message>
        <source>PKCS#11 module path</source>
        <translation>PKCS#11 module path</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the PKCS#11 module</source>
        <translation>Browse for the PKCS#11 module</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>PKCS#11 &amp;module:</translation>
    </message>
    <message>
        <source>Key token URI</source>
        <translation>Key token URI</translation>
    </message>
    <message>
        <source>An RFC 7512 PKCS#11 URI such as pkcs11:token=Symbolon%20HSM; empty uses the workspace&apos;s key token.</source>
        <translation>An RFC 7512 PKCS#11 URI such as pkcs11:token=Symbolon%20HSM; empty uses the workspace&apos;s key token.</translation>
    </message>
    <message>
        <source>pkcs11:token=…  (empty: as the workspace says)</source>
        <translation>pkcs11:token=…  (empty: as the workspace says)</translation>
    </message>
    <message>
        <source>&amp;Key token URI:</source>
        <translation>&amp;Key token URI:</translation>
    </message>
    <message>
        <source>Journal token URI</source>
        <translation>Journal token URI</translation>
    </message>
    <message>
        <source>An RFC 7512 PKCS#11 URI for the journal signing token; empty uses the workspace&apos;s journal token.</source>
        <translation>An RFC 7512 PKCS#11 URI for the journal signing token; empty uses the workspace&apos;s journal token.</translation>
    </message>
    <message>
        <source>pkcs11:serial=…  (empty: as the workspace says)</source>
        <translation>pkcs11:serial=…  (empty: as the workspace says)</translation>
    </message>
    <message>
        <source>&amp;Journal token URI:</source>
        <translation>&amp;Journal token URI:</translation>
    </message>
    <message>
        <source>Syslog collector (SIEM)</source>
        <translation>Syslog collector (SIEM)</translation>
    </message>
    <message>
        <source>Syslog collector host</source>
        <translation>Syslog collector host</translation>
    </message>
    <message>
        <source>siem.example.net  (empty: no collector)</source>
        <translation>siem.example.net  (empty: no collector)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Syslog collector port</source>
        <translation>Syslog collector port</translation>
    </message>
    <message>
        <source>The collector&apos;s TCP port (RELP usually 2514).</source>
        <translation>The collector&apos;s TCP port (RELP usually 2514).</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Reliable delivery (RELP)</source>
        <translation>&amp;Reliable delivery (RELP)</translation>
    </message>
    <message>
        <source>Use RELP</source>
        <translation>Use RELP</translation>
    </message>
    <message>
        <source>Acknowledged delivery: a message counts as sent only when the collector confirms it.</source>
        <translation>Acknowledged delivery: a message counts as sent only when the collector confirms it.</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Use TLS</translation>
    </message>
    <message>
        <source>Encrypt the connection to the collector (needs RELP).</source>
        <translation>Encrypt the connection to the collector (needs RELP).</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The console&apos;s language; it applies when Symbolon starts again.</source>
        <translation>The console&apos;s language; it applies when Symbolon starts again.</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The language menu&apos;s first entry: follow the desktop&apos;s language.</extracomment>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Default quorum timeout in minutes</source>
        <translation>Default quorum timeout in minutes</translation>
    </message>
    <message>
        <source>How long custodians have to approve a quorum request (1 to 60 minutes).</source>
        <translation>How long custodians have to approve a quorum request (1 to 60 minutes).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Quorum timeout:</source>
        <translation>&amp;Quorum timeout:</translation>
    </message>
    <message>
        <source>A new language applies when Symbolon starts again. The quorum timeout applies to quorum requests opened from now on.</source>
        <translation>A new language applies when Symbolon starts again. The quorum timeout applies to quorum requests opened from now on.</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 module</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.so.*);;All files (*)</source>
        <translation>Shared libraries (*.so *.so.*);;All files (*)</translation>
    </message>
    <message>
        <source>The module this machine loads for workspaces that keep their keys on an HSM; the default means: as the workspace says. A demo workspace always uses its own SoftHSM2 store. Applies from the next workspace opened.</source>
        <translation>The module this machine loads for workspaces that keep their keys on an HSM; the default means: as the workspace says. A demo workspace always uses its own SoftHSM2 store. Applies from the next workspace opened.</translation>
    </message>
    <message>
        <source>Time-stamping authority URL</source>
        <translation>Time-stamping authority URL</translation>
    </message>
    <message>
        <source>The site&apos;s RFC 3161 time-stamping authority: every checkpoint this machine signs is timestamped there, so that nobody can later make the journal look older than it is.</source>
        <translation>The site&apos;s RFC 3161 time-stamping authority: every checkpoint this machine signs is timestamped there, so that nobody can later make the journal look older than it is.</translation>
    </message>
    <message>
        <source>http://tsa.example.net/  (empty: no timestamps)</source>
        <translation>http://tsa.example.net/  (empty: no timestamps)</translation>
    </message>
    <message>
        <source>Time&amp;stamp authority:</source>
        <translation>Time&amp;stamp authority:</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Menu and action</source>
        <translation>Menu and action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiemStatusIndicator</name>
    <message>
        <source>SIEM: off</source>
        <translation>SIEM: off</translation>
    </message>
    <message>
        <source>No syslog collector is set: the journal is not forwarded (Settings).</source>
        <translation>No syslog collector is set: the journal is not forwarded (Settings).</translation>
    </message>
    <message>
        <source>SIEM: not forwarding</source>
        <translation>SIEM: not forwarding</translation>
    </message>
    <message>
        <source>RELP is off in Settings: plain syslog cannot prove that %1 received an entry, so Symbolon forwards only over RELP.</source>
        <translation>RELP is off in Settings: plain syslog cannot prove that %1 received an entry, so Symbolon forwards only over RELP.</translation>
    </message>
    <message>
        <source>SIEM: connecting to %1</source>
        <translation>SIEM: connecting to %1</translation>
    </message>
    <message>
        <source>Forwarding the journal to %1 over RELP.</source>
        <translation>Forwarding the journal to %1 over RELP.</translation>
    </message>
    <message>
        <source>SIEM: up to date (#%1)</source>
        <translation>SIEM: up to date (#%1)</translation>
    </message>
    <message numerus="yes">
        <source>SIEM: sending, %n waiting</source>
        <translation>
            <numerusform>SIEM: sending, %n waiting</numerusform>
            <numerusform>SIEM: sending, %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SIEM: %1 unreachable, %n waiting</source>
        <translation>
            <numerusform>SIEM: %1 unreachable, %n waiting</numerusform>
            <numerusform>SIEM: %1 unreachable, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>SIEM: stopped</source>
        <translation>SIEM: stopped</translation>
    </message>
    <message>
        <source>Collector %1 (RELP): every entry up to #%2 acknowledged; newest #%3.</source>
        <translation>Collector %1 (RELP): every entry up to #%2 acknowledged; newest #%3.</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Last error (%1): %2</translation>
    </message>
    <message>
        <source>SIEM: STOPPED on an error</source>
        <translation>SIEM: STOPPED on an error</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteRegisterView</name>
    <message>
        <source>Site register</source>
        <translation>Site register</translation>
    </message>
    <message>
        <source>NOT TRUSTED — %1 What is shown below is the last version that verifies.</source>
        <translation>NOT TRUSTED — %1 What is shown below is the last version that verifies.</translation>
    </message>
    <message>
        <source>Safety settings</source>
        <translation>Safety settings</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>%1 of %2 custodians</source>
        <translation>%1 of %2 custodians</translation>
    </message>
    <message>
        <source>Key token</source>
        <translation>Key token</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (serial %2)</translation>
    </message>
    <message>
        <source>Journal token</source>
        <translation>Journal token</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Journal signing key (SHA-256)</source>
        <translation>Journal signing key (SHA-256)</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 module</translation>
    </message>
    <message>
        <source>Module SHA-256</source>
        <translation>Module SHA-256</translation>
    </message>
    <message>
        <source>Module loaded now</source>
        <translation>Module loaded now</translation>
    </message>
    <message>
        <source>%1 (development module, by path)</source>
        <translation>%1 (development module, by path)</translation>
    </message>
    <message>
        <source>%1 (p11-kit: %2)</source>
        <translation>%1 (p11-kit: %2)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Card key (SHA-256)</source>
        <translation>Card key (SHA-256)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>site created</source>
        <translation>site created</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>A re-share of the key token&apos;s PINs (sharing %1) was interrupted: the next quorum puts the old PINs back.</source>
        <translation>A re-share of the key token&apos;s PINs (sharing %1) was interrupted: the next quorum puts the old PINs back.</translation>
    </message>
    <message>
        <source>Key token PIN share</source>
        <translation>Key token PIN share</translation>
    </message>
    <message>
        <source>%1: module</source>
        <translation>%1: module</translation>
    </message>
    <message>
        <source>the cards&apos; module</source>
        <translation>the cards&apos; module</translation>
    </message>
    <message>
        <source>%1: module SHA-256</source>
        <translation>%1: module SHA-256</translation>
    </message>
    <message>
        <source>%1: module parameters</source>
        <translation>%1: module parameters</translation>
    </message>
    <message>
        <source>%1: token URI</source>
        <translation>%1: token URI</translation>
    </message>
    <message>
        <source>Key token SO PIN</source>
        <translation>Key token SO PIN</translation>
    </message>
    <message>
        <source>split among the custodians, like the user PIN</source>
        <translation>split among the custodians, like the user PIN</translation>
    </message>
    <message>
        <source>not Symbolon&apos;s: kept by the site (or the token has none)</source>
        <translation>not Symbolon&apos;s: kept by the site (or the token has none)</translation>
    </message>
    <message>
        <source>%1: entry point</source>
        <translation>%1: entry point</translation>
    </message>
    <message>
        <source>Version %1 (digest %2) is trusted: every version is signed by the custodians the one before named, and your card&apos;s record of the register is in it. Changes need %3 custodians&apos; cards (the Quorum view&apos;s turnover actions, or symbolon-cli site change).</source>
        <translation>Version %1 (digest %2) is trusted: every version is signed by the custodians the one before named, and your card&apos;s record of the register is in it. Changes need %3 custodians&apos; cards (the Quorum view&apos;s turnover actions, or symbolon-cli site change).</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupCardDialog</name>
    <message>
        <source>Add a card — Symbolon</source>
        <translation>Add a card — Symbolon</translation>
    </message>
    <message>
        <source>Edit a card — Symbolon</source>
        <translation>Edit a card — Symbolon</translation>
    </message>
    <message>
        <source>The person who holds the card, as the site register will name them</source>
        <translation>The person who holds the card, as the site register will name them</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <source>Custodians hold a share of the key token&apos;s PIN and approve ceremonies; reviewers and responders hold none</source>
        <translation>Custodians hold a share of the key token&apos;s PIN and approve ceremonies; reviewers and responders hold none</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>pkcs11:token=…</source>
        <translation>pkcs11:token=…</translation>
    </message>
    <message>
        <source>The RFC 7512 URI of the card in the cards&apos; module (pkcs11:token=LABEL or pkcs11:serial=…)</source>
        <translation>The RFC 7512 URI of the card in the cards&apos; module (pkcs11:token=LABEL or pkcs11:serial=…)</translation>
    </message>
    <message>
        <source>&amp;List cards…</source>
        <translation>&amp;List cards…</translation>
    </message>
    <message>
        <source>Lists the tokens of the cards&apos; module to choose this card from</source>
        <translation>Lists the tokens of the cards&apos; module to choose this card from</translation>
    </message>
    <message>
        <source>Card &amp;URI:</source>
        <translation>Card &amp;URI:</translation>
    </message>
    <message>
        <source>Card PIN (not shown)</source>
        <translation>Card PIN (not shown)</translation>
    </message>
    <message>
        <source>Typed by the card&apos;s holder: the card signs the site register with it</source>
        <translation>Typed by the card&apos;s holder: the card signs the site register with it</translation>
    </message>
    <message>
        <source>PIN — typed by its holder, not shown</source>
        <translation>PIN — typed by its holder, not shown</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>Card &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Entered (not shown). Type it again only to replace it.</source>
        <translation>Entered (not shown). Type it again only to replace it.</translation>
    </message>
    <message>
        <source>card module: name the cards&apos; PKCS#11 module first (on the tokens page).</source>
        <translation>card module: name the cards&apos; PKCS#11 module first (on the tokens page).</translation>
    </message>
    <message>
        <source>the custodians&apos; cards</source>
        <translation>the custodians&apos; cards</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupCardsPage</name>
    <message>
        <source>The cards</source>
        <translation>The cards</translation>
    </message>
    <message>
        <source>Every card of the site, each with its holder&apos;s PIN, typed by the holder. The custodians&apos; cards will hold the shares of the key token&apos;s PIN.</source>
        <translation>Every card of the site, each with its holder&apos;s PIN, typed by the holder. The custodians&apos; cards will hold the shares of the key token&apos;s PIN.</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation>&amp;Cards:</translation>
    </message>
    <message>
        <source>The site&apos;s cards</source>
        <translation>The site&apos;s cards</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Card URI</source>
        <translation>Card URI</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Add card…</source>
        <translation>&amp;Add card…</translation>
    </message>
    <message>
        <source>Adds a card: its holder, role, URI and PIN</source>
        <translation>Adds a card: its holder, role, URI and PIN</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>&amp;Edit card…</translation>
    </message>
    <message>
        <source>Changes the chosen card, or its PIN</source>
        <translation>Changes the chosen card, or its PIN</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Remove card</translation>
    </message>
    <message>
        <source>Removes the chosen card from the list (nothing on the card changes)</source>
        <translation>Removes the chosen card from the list (nothing on the card changes)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 — k (on the first page) of the custodians&apos; cards (n = %2); reviewers and responders hold no share.</source>
        <translation>Quorum: %1 of %2 — k (on the first page) of the custodians&apos; cards (n = %2); reviewers and responders hold no share.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupPinsPage</name>
    <message>
        <source>PIN — not shown as you type</source>
        <translation>PIN — not shown as you type</translation>
    </message>
    <message>
        <source>The tokens&apos; PINs</source>
        <translation>The tokens&apos; PINs</translation>
    </message>
    <message>
        <source>Typed by the HSM administrator, once. No PIN is ever shown, written to a log or put in the summary.</source>
        <translation>Typed by the HSM administrator, once. No PIN is ever shown, written to a log or put in the summary.</translation>
    </message>
    <message>
        <source>The key token&apos;s current user PIN (not shown)</source>
        <translation>The key token&apos;s current user PIN (not shown)</translation>
    </message>
    <message>
        <source>The key token&apos;s user PIN as the HSM administrator set it</source>
        <translation>The key token&apos;s user PIN as the HSM administrator set it</translation>
    </message>
    <message>
        <source>Key token&apos;s current user &amp;PIN:</source>
        <translation>Key token&apos;s current user &amp;PIN:</translation>
    </message>
    <message>
        <source>Symbolon checks this PIN, then replaces it with a random PIN of %1 characters that it splits k-of-n onto the custodians&apos; cards and never shows to anyone. From then on this PIN no longer opens the key token: k custodians&apos; cards do.</source>
        <translation>Symbolon checks this PIN, then replaces it with a random PIN of %1 characters that it splits k-of-n onto the custodians&apos; cards and never shows to anyone. From then on this PIN no longer opens the key token: k custodians&apos; cards do.</translation>
    </message>
    <message>
        <source>Take over the key token&apos;s &amp;SO PIN too</source>
        <translation>Take over the key token&apos;s &amp;SO PIN too</translation>
    </message>
    <message>
        <source>Its SO PIN is replaced and split like the user PIN; unticked, the SO PIN stays the HSM administrator&apos;s and the site register says so</source>
        <translation>Its SO PIN is replaced and split like the user PIN; unticked, the SO PIN stays the HSM administrator&apos;s and the site register says so</translation>
    </message>
    <message>
        <source>The key token&apos;s SO PIN (not shown)</source>
        <translation>The key token&apos;s SO PIN (not shown)</translation>
    </message>
    <message>
        <source>The key token&apos;s security officer PIN, to be taken over too</source>
        <translation>The key token&apos;s security officer PIN, to be taken over too</translation>
    </message>
    <message>
        <source>SO P&amp;IN:</source>
        <translation>SO P&amp;IN:</translation>
    </message>
    <message>
        <source>Without it the SO PIN stays with the HSM administrator (NSS softoken has none).</source>
        <translation>Without it the SO PIN stays with the HSM administrator (NSS softoken has none).</translation>
    </message>
    <message>
        <source>The journal token&apos;s PIN (not shown)</source>
        <translation>The journal token&apos;s PIN (not shown)</translation>
    </message>
    <message>
        <source>The journal token&apos;s user PIN</source>
        <translation>The journal token&apos;s user PIN</translation>
    </message>
    <message>
        <source>&amp;Journal token&apos;s PIN:</source>
        <translation>&amp;Journal token&apos;s PIN:</translation>
    </message>
    <message>
        <source>The journal signing key is generated on the journal token; the workspace keeps this PIN to sign checkpoints.</source>
        <translation>The journal signing key is generated on the journal token; the workspace keeps this PIN to sign checkpoints.</translation>
    </message>
    <message>
        <source>Entered (not shown). Type it again only to replace it.</source>
        <translation>Entered (not shown). Type it again only to replace it.</translation>
    </message>
    <message>
        <source>key token SO PIN: type the SO PIN the site gives, or untick &quot;Take over the key token&apos;s SO PIN too&quot;.</source>
        <translation>key token SO PIN: type the SO PIN the site gives, or untick &quot;Take over the key token&apos;s SO PIN too&quot;.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupSitePage</name>
    <message>
        <source>The site</source>
        <translation>The site</translation>
    </message>
    <message>
        <source>A new site: a workspace on tokens that exist already (an HSM partition, a journal token, the custodians&apos; cards). Nothing changes until you press Create site on the last page.</source>
        <translation>A new site: a workspace on tokens that exist already (an HSM partition, a journal token, the custodians&apos; cards). Nothing changes until you press Create site on the last page.</translation>
    </message>
    <message>
        <source>The folder of the new workspace: a new or empty folder</source>
        <translation>The folder of the new workspace: a new or empty folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the folder of the new workspace</source>
        <translation>Choose the folder of the new workspace</translation>
    </message>
    <message>
        <source>&amp;Workspace folder:</source>
        <translation>&amp;Workspace folder:</translation>
    </message>
    <message>
        <source>The site&apos;s name, as the console and the journal show it (for example North DCO)</source>
        <translation>The site&apos;s name, as the console and the journal show it (for example North DCO)</translation>
    </message>
    <message>
        <source>Site n&amp;ame:</source>
        <translation>Site n&amp;ame:</translation>
    </message>
    <message>
        <source>Production: an HSM with a FIPS 140-2 Level 3 declaration, registered modules only, and a quorum of at least 2. Development: test tokens.</source>
        <translation>Production: an HSM with a FIPS 140-2 Level 3 declaration, registered modules only, and a quorum of at least 2. Development: test tokens.</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>k: how many custodians&apos; cards must be presented together to use the key token</source>
        <translation>k: how many custodians&apos; cards must be presented together to use the key token</translation>
    </message>
    <message>
        <source>Custodian cards a &amp;quorum needs (k):</source>
        <translation>Custodian cards a &amp;quorum needs (k):</translation>
    </message>
    <message>
        <source>The key token&apos;s FIPS 140-2 Level 3 declaration</source>
        <translation>The key token&apos;s FIPS 140-2 Level 3 declaration</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Manufacturer:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;del:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>&amp;Certificate number:</source>
        <translation>&amp;Certificate number:</translation>
    </message>
    <message>
        <source>The HSM&apos;s manufacturer, as its FIPS 140-2 certificate names it</source>
        <translation>The HSM&apos;s manufacturer, as its FIPS 140-2 certificate names it</translation>
    </message>
    <message>
        <source>The HSM&apos;s model</source>
        <translation>The HSM&apos;s model</translation>
    </message>
    <message>
        <source>The HSM&apos;s serial number</source>
        <translation>The HSM&apos;s serial number</translation>
    </message>
    <message>
        <source>The HSM&apos;s FIPS 140-2 certificate number (Level 3)</source>
        <translation>The HSM&apos;s FIPS 140-2 certificate number (Level 3)</translation>
    </message>
    <message>
        <source>The folder of the new workspace</source>
        <translation>The folder of the new workspace</translation>
    </message>
    <message>
        <source>Production: modules registered with p11-kit only, k of at least 2, and the HSM&apos;s FIPS 140-2 Level 3 declaration below.</source>
        <translation>Production: modules registered with p11-kit only, k of at least 2, and the HSM&apos;s FIPS 140-2 Level 3 declaration below.</translation>
    </message>
    <message>
        <source>Development: for test tokens (SoftHSM2, NSS softoken); a module may be named by path where this machine allows development modules.</source>
        <translation>Development: for test tokens (SoftHSM2, NSS softoken); a module may be named by path where this machine allows development modules.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupSummaryPage</name>
    <message>
        <source>Create the site</source>
        <translation>Create the site</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Create site checks every module, token and PIN first; a refusal leaves the folder and the tokens as they were.</source>
        <translation>Nothing has changed yet. Create site checks every module, token and PIN first; a refusal leaves the folder and the tokens as they were.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Summary of the site</source>
        <translation>Summary of the site</translation>
    </message>
    <message>
        <source>Pro&amp;gress:</source>
        <translation>Pro&amp;gress:</translation>
    </message>
    <message>
        <source>Steps of the creation</source>
        <translation>Steps of the creation</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>  Folder: %1</source>
        <translation>  Folder: %1</translation>
    </message>
    <message>
        <source>  Name: %1</source>
        <translation>  Name: %1</translation>
    </message>
    <message>
        <source>  Profile: %1</source>
        <translation>  Profile: %1</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>development</source>
        <translation>development</translation>
    </message>
    <message>
        <source>  Quorum: %1 of %2 custodians&apos; cards</source>
        <translation>  Quorum: %1 of %2 custodians&apos; cards</translation>
    </message>
    <message>
        <source>  FIPS 140-2 Level 3: %1 %2, serial %3, certificate %4</source>
        <translation>  FIPS 140-2 Level 3: %1 %2, serial %3, certificate %4</translation>
    </message>
    <message>
        <source>the cards&apos; module</source>
        <translation>the cards&apos; module</translation>
    </message>
    <message>
        <source>, parameters %1</source>
        <translation>, parameters %1</translation>
    </message>
    <message>
        <source>, entry point %1</source>
        <translation>, entry point %1</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>  Cards&apos; module: %1</source>
        <translation>  Cards&apos; module: %1</translation>
    </message>
    <message>
        <source>  Key token: %1</source>
        <translation>  Key token: %1</translation>
    </message>
    <message>
        <source>    its module: %1</source>
        <translation>    its module: %1</translation>
    </message>
    <message>
        <source>  Journal token: %1</source>
        <translation>  Journal token: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>PINs (none is shown)</source>
        <translation>PINs (none is shown)</translation>
    </message>
    <message>
        <source>  Key token&apos;s user PIN: %1; it will be replaced by a random PIN, split %2-of-%3 onto the custodians&apos; cards and never shown.</source>
        <translation>  Key token&apos;s user PIN: %1; it will be replaced by a random PIN, split %2-of-%3 onto the custodians&apos; cards and never shown.</translation>
    </message>
    <message>
        <source>  Key token&apos;s SO PIN: %1; taken over and split too.</source>
        <translation>  Key token&apos;s SO PIN: %1; taken over and split too.</translation>
    </message>
    <message>
        <source>  Key token&apos;s SO PIN: not taken over; it stays with the HSM administrator.</source>
        <translation>  Key token&apos;s SO PIN: not taken over; it stays with the HSM administrator.</translation>
    </message>
    <message>
        <source>  Journal token&apos;s PIN: %1; kept in the workspace to sign checkpoints.</source>
        <translation>  Journal token&apos;s PIN: %1; kept in the workspace to sign checkpoints.</translation>
    </message>
    <message numerus="yes">
        <source>Cards (%n)</source>
        <translation>
            <numerusform>Cards (%n)</numerusform>
            <numerusform>Cards (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 — %3 — %4 — PIN %5</source>
        <translation>  %1. %2 — %3 — %4 — PIN %5</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The site is made. Open it, and before its first ceremony run Ceremonies ▸ HSM readiness check under a quorum of the custodians&apos; cards.</source>
        <translation>The site is made. Open it, and before its first ceremony run Ceremonies ▸ HSM readiness check under a quorum of the custodians&apos; cards.</translation>
    </message>
    <message>
        <source>The site is made. The key token&apos;s PIN was replaced by a random one, split among the custodians&apos; cards; nobody has seen it.</source>
        <translation>The site is made. The key token&apos;s PIN was replaced by a random one, split among the custodians&apos; cards; nobody has seen it.</translation>
    </message>
    <message>
        <source>The site folder was kept, as the message says: open it with a custodian&apos;s card rather than creating the site again.</source>
        <translation>The site folder was kept, as the message says: open it with a custodian&apos;s card rather than creating the site again.</translation>
    </message>
    <message>
        <source>Nothing was made. Go back, correct what the message names and press Create site again.</source>
        <translation>Nothing was made. Go back, correct what the message names and press Create site again.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupTokenPicker</name>
    <message>
        <source>Tokens — Symbolon</source>
        <translation>Tokens — Symbolon</translation>
    </message>
    <message>
        <source>The tokens of %1 for %2. The module is loaded in this program with the parameters given; to load it with others later, restart Symbolon.</source>
        <translation>The tokens of %1 for %2. The module is loaded in this program with the parameters given; to load it with others later, restart Symbolon.</translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation>&amp;Tokens:</translation>
    </message>
    <message>
        <source>Tokens of the module</source>
        <translation>Tokens of the module</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>Manufacturer and model</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>&amp;Use this token</source>
        <translation>&amp;Use this token</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>Loading the module and listing its tokens…</source>
        <translation>Loading the module and listing its tokens…</translation>
    </message>
    <message>
        <source>The module shows no token.</source>
        <translation>The module shows no token.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s). Choose one and press Use this token.</source>
        <translation>
            <numerusform>%n token. Choose it and press Use this token.</numerusform>
            <numerusform>%n tokens. Choose one and press Use this token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupTokensPage</name>
    <message>
        <source>The tokens</source>
        <translation>The tokens</translation>
    </message>
    <message>
        <source>Modules by their p11-kit name (p11-kit list-modules), tokens by RFC 7512 URI. Each of the three may be behind a module of its own.</source>
        <translation>Modules by their p11-kit name (p11-kit list-modules), tokens by RFC 7512 URI. Each of the three may be behind a module of its own.</translation>
    </message>
    <message>
        <source>The module&apos;s C_Initialize parameter string (p11-kit&apos;s x-init-reserved), if it needs one: NSS softoken&apos;s names its database (configdir=&apos;sql:DIR&apos; …)</source>
        <translation>The module&apos;s C_Initialize parameter string (p11-kit&apos;s x-init-reserved), if it needs one: NSS softoken&apos;s names its database (configdir=&apos;sql:DIR&apos; …)</translation>
    </message>
    <message>
        <source>The custodians&apos; cards</source>
        <translation>The custodians&apos; cards</translation>
    </message>
    <message>
        <source>The PKCS#11 module of the custodians&apos; smart cards (their middleware): a p11-kit module name, or a path where this machine allows development modules</source>
        <translation>The PKCS#11 module of the custodians&apos; smart cards (their middleware): a p11-kit module name, or a path where this machine allows development modules</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameters:</translation>
    </message>
    <message>
        <source>The key token (the HSM partition that will hold the KEKs)</source>
        <translation>The key token (the HSM partition that will hold the KEKs)</translation>
    </message>
    <message>
        <source>M&amp;odule:</source>
        <translation>M&amp;odule:</translation>
    </message>
    <message>
        <source>P&amp;arameters:</source>
        <translation>P&amp;arameters:</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>&amp;Entry point:</translation>
    </message>
    <message>
        <source>&amp;Token URI:</source>
        <translation>&amp;Token URI:</translation>
    </message>
    <message>
        <source>&amp;List tokens…</source>
        <translation>&amp;List tokens…</translation>
    </message>
    <message>
        <source>the key token</source>
        <translation>the key token</translation>
    </message>
    <message>
        <source>The journal token (holds the journal signing key)</source>
        <translation>The journal token (holds the journal signing key)</translation>
    </message>
    <message>
        <source>Mod&amp;ule:</source>
        <translation>Mod&amp;ule:</translation>
    </message>
    <message>
        <source>Pa&amp;rameters:</source>
        <translation>Pa&amp;rameters:</translation>
    </message>
    <message>
        <source>Entry po&amp;int:</source>
        <translation>Entry po&amp;int:</translation>
    </message>
    <message>
        <source>To&amp;ken URI:</source>
        <translation>To&amp;ken URI:</translation>
    </message>
    <message>
        <source>Li&amp;st tokens…</source>
        <translation>Li&amp;st tokens…</translation>
    </message>
    <message>
        <source>the journal token</source>
        <translation>the journal token</translation>
    </message>
    <message>
        <source>Its PKCS#11 module when it is not the cards&apos; (a p11-kit module name, or a path where this machine allows development modules); empty: the cards&apos;</source>
        <translation>Its PKCS#11 module when it is not the cards&apos; (a p11-kit module name, or a path where this machine allows development modules); empty: the cards&apos;</translation>
    </message>
    <message>
        <source>pkcs11:token=…</source>
        <translation>pkcs11:token=…</translation>
    </message>
    <message>
        <source>The RFC 7512 URI that selects exactly one token in the module (pkcs11:token=LABEL, or with serial=…)</source>
        <translation>The RFC 7512 URI that selects exactly one token in the module (pkcs11:token=LABEL, or with serial=…)</translation>
    </message>
    <message>
        <source>Lists the module&apos;s tokens to choose the URI from</source>
        <translation>Lists the module&apos;s tokens to choose the URI from</translation>
    </message>
    <message>
        <source>the cards&apos; module</source>
        <translation>the cards&apos; module</translation>
    </message>
    <message>
        <source>a p11-kit module name, or a path</source>
        <translation>a p11-kit module name, or a path</translation>
    </message>
    <message>
        <source>The module&apos;s entry point: the standard&apos;s, or NSS softoken&apos;s FIPS 140-2 mode (FC_GetFunctionList)</source>
        <translation>The module&apos;s entry point: the standard&apos;s, or NSS softoken&apos;s FIPS 140-2 mode (FC_GetFunctionList)</translation>
    </message>
    <message>
        <source>%1 (the standard)</source>
        <translation>%1 (the standard)</translation>
    </message>
    <message>
        <source>%1 (NSS softoken in FIPS mode)</source>
        <translation>%1 (NSS softoken in FIPS mode)</translation>
    </message>
    <message>
        <source>This machine allows development modules: a module may be named by path (never under the production profile).</source>
        <translation>This machine allows development modules: a module may be named by path (never under the production profile).</translation>
    </message>
    <message>
        <source>This machine allows only modules registered with p11-kit (Settings: development modules are off).</source>
        <translation>This machine allows only modules registered with p11-kit (Settings: development modules are off).</translation>
    </message>
    <message>
        <source>card module: name the cards&apos; PKCS#11 module first (or this token&apos;s own module).</source>
        <translation>card module: name the cards&apos; PKCS#11 module first (or this token&apos;s own module).</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::SiteSetupWizard</name>
    <message>
        <source>Site Setup — Symbolon</source>
        <translation>Site Setup — Symbolon</translation>
    </message>
    <message>
        <source>&amp;Create site</source>
        <translation>&amp;Create site</translation>
    </message>
    <message>
        <source>%1 holds no Symbolon workspace yet. This wizard sets up a new site there, on the tokens the site has already: its HSM partition (the key token), a journal token and the custodians&apos; cards. To open an existing workspace instead, cancel and choose its folder.</source>
        <translation>%1 holds no Symbolon workspace yet. This wizard sets up a new site there, on the tokens the site has already: its HSM partition (the key token), a journal token and the custodians&apos; cards. To open an existing workspace instead, cancel and choose its folder.</translation>
    </message>
    <message>
        <source>&amp;Open the site</source>
        <translation>&amp;Open the site</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::TrustBanner</name>
    <message>
        <source>Site register check</source>
        <translation>Site register check</translation>
    </message>
    <message>
        <source>READ-ONLY — %1 Custodial actions are refused; you can read, verify and export. Tell the other card holders and your security officer.</source>
        <translation>READ-ONLY — %1 Custodial actions are refused; you can read, verify and export. Tell the other card holders and your security officer.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::UserGuide</name>
    <message>
        <source>The order of things</source>
        <translation>The order of things</translation>
    </message>
    <message>
        <source>A site is brought up once, in this order, each step under a quorum of custodian cards: 1. Generate the KEKs (the DCO Key and the Shared Key, made inside the key token). 2. Enter the Transport Key from its components, each typed by a different custodian who checks its KCV against the sealed envelope. 3. Import the inventory with the migration keys. 4. Run the migration unwrap: every device&apos;s keys are unwrapped and packaged inside the key token. After that, keys are rotated by re-key runs: plan, run under a quorum, issue the instruction batch to the DCO, import the DCO&apos;s confirmations. The Overview&apos;s Site progress says which step comes next.</source>
        <translation>A site is brought up once, in this order, each step under a quorum of custodian cards: 1. Generate the KEKs (the DCO Key and the Shared Key, made inside the key token). 2. Enter the Transport Key from its components, each typed by a different custodian who checks its KCV against the sealed envelope. 3. Import the inventory with the migration keys. 4. Run the migration unwrap: every device&apos;s keys are unwrapped and packaged inside the key token. After that, keys are rotated by re-key runs: plan, run under a quorum, issue the instruction batch to the DCO, import the DCO&apos;s confirmations. The Overview&apos;s Site progress says which step comes next.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Custodians (ACS card holders) approve ceremonies and re-key runs with their card and PIN; k of them must approve, and one person counts once whatever cards they hold. The PMA reviewer reads everything and verifies the journal, but changes nothing. The incident responder plans re-keys and marks keys compromised; custodians approve the run. Roles come from the site register, which k custodians sign: a role cannot be changed by the person who holds it alone.</source>
        <translation>Custodians (ACS card holders) approve ceremonies and re-key runs with their card and PIN; k of them must approve, and one person counts once whatever cards they hold. The PMA reviewer reads everything and verifies the journal, but changes nothing. The incident responder plans re-keys and marks keys compromised; custodians approve the run. Roles come from the site register, which k custodians sign: a role cannot be changed by the person who holds it alone.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>The post-commissioning rotation deadline (CKMP (b)(iii): 7 days), the site&apos;s progress and its next step, the next 5-yearly risk review, the policy profile, the rotation compliance and re-key charts, and the cards and tokens present.</source>
        <translation>The post-commissioning rotation deadline (CKMP (b)(iii): 7 days), the site&apos;s progress and its next step, the next 5-yearly risk review, the policy profile, the rotation compliance and re-key charts, and the cards and tokens present.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>The inventory: search by device ID, manufacturer, model or S1SP, filter by type, cohort, S1SP and rotation state. Select a device for its details; from there it can be re-keyed or marked compromised, if your role allows.</source>
        <translation>The inventory: search by device ID, manufacturer, model or S1SP, filter by type, cohort, S1SP and rotation state. Select a device for its details; from there it can be re-keyed or marked compromised, if your role allows.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Every custodial action, hash-chained and signed at checkpoints by the journal key and by the acting person&apos;s own card. The banner verifies the whole chain at every open and says what it checked and what only an outside copy can check. Select an entry for its fields (copy a value with Ctrl+C) and the quorum approvals, each signature checked again. File ▸ Export evidence pack writes an extract a reviewer verifies without the workspace.</source>
        <translation>Every custodial action, hash-chained and signed at checkpoints by the journal key and by the acting person&apos;s own card. The banner verifies the whole chain at every open and says what it checked and what only an outside copy can check. Select an entry for its fields (copy a value with Ctrl+C) and the quorum approvals, each signature checked again. File ▸ Export evidence pack writes an extract a reviewer verifies without the workspace.</translation>
    </message>
    <message>
        <source>HSM Slots</source>
        <translation>HSM Slots</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>The enrolled cards and the history of quorum sessions: what was asked, who approved with which card, and how it ended.</source>
        <translation>The enrolled cards and the history of quorum sessions: what was asked, who approved with which card, and how it ended.</translation>
    </message>
    <message>
        <source>Key States</source>
        <translation>Key States</translation>
    </message>
    <message>
        <source>Site Register</source>
        <translation>Site Register</translation>
    </message>
    <message>
        <source>The signed register of the site: profile, k of n, the key and journal tokens, the PKCS#11 module and its hash, and every card with its holder and role. Each version is signed by k custodians of the version before; every open checks the chain and your card&apos;s anchor.</source>
        <translation>The signed register of the site: profile, k of n, the key and journal tokens, the PKCS#11 module and its hash, and every card with its holder and role. Each version is signed by k custodians of the version before; every open checks the chain and your card&apos;s anchor.</translation>
    </message>
    <message>
        <source>Symbolon user guide</source>
        <translation>Symbolon user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut. F1 opens this guide at the view in front.</source>
        <translation>Help ▸ Keyboard shortcuts lists every shortcut. F1 opens this guide at the view in front.</translation>
    </message>
    <message>
        <source>The PKCS#11 module, its slots and tokens, each token&apos;s mechanisms and the path each key operation will take on it: inside the module, or (development profile only) through host memory. Private objects are listed only inside a quorum session. KEK versions lists each version of the DCO Key and the Shared Key with its state, KCV and packages: a rollover (Ceremonies ▸ Roll a KEK over to a new version, on the SMKI PMA&apos;s instruction) makes a new active version and retires the old one once no package is under it; a retired version can then be destroyed under a quorum.</source>
        <translation>The PKCS#11 module, its slots and tokens, each token&apos;s mechanisms and the path each key operation will take on it: inside the module, or (development profile only) through host memory. Private objects are listed only inside a quorum session. KEK versions lists each version of the DCO Key and the Shared Key with its state, KCV and packages: a rollover (Ceremonies ▸ Roll a KEK over to a new version, on the SMKI PMA&apos;s instruction) makes a new active version and retires the old one once no package is under it; a retired version can then be destroyed under a quorum.</translation>
    </message>
    <message>
        <source>Every device key record (device × client × key kind) and its state: Migrated, Committed, Distributed, Active, Superseded, and the KEK version that packages it. Filter by state, kind, KEK version and the device filters; mark a key compromised (incident responder) or re-key a device.</source>
        <translation>Every device key record (device × client × key kind) and its state: Migrated, Committed, Distributed, Active, Superseded, and the KEK version that packages it. Filter by state, kind, KEK version and the device filters; mark a key compromised (incident responder) or re-key a device.</translation>
    </message>
</context>
<context>
    <name>symbolon::ui::VerificationBanner</name>
    <message>
        <source>Verify again</source>
        <translation>Verify again</translation>
    </message>
    <message>
        <source>Re-check every hash, link and checkpoint signature of the journal</source>
        <translation>Re-check every hash, link and checkpoint signature of the journal</translation>
    </message>
    <message>
        <source>Chain verified up to #%1 (%2 entries), but no signed checkpoint anchors it.</source>
        <translation>Chain verified up to #%1 (%2 entries), but no signed checkpoint anchors it.</translation>
    </message>
    <message>
        <source>Chain verified up to #%1, last checkpoint signed at %2 by key %3 (%4 entries, %5 checkpoint signatures verified).</source>
        <translation>Chain verified up to #%1, last checkpoint signed at %2 by key %3 (%4 entries, %5 checkpoint signatures verified).</translation>
    </message>
    <message>
        <source>Verifying the journal: every hash, link and checkpoint signature…</source>
        <translation>Verifying the journal: every hash, link and checkpoint signature…</translation>
    </message>
    <message>
        <source>every hash, link and checkpoint signature</source>
        <translation>every hash, link and checkpoint signature</translation>
    </message>
    <message numerus="yes">
        <source>each person&apos;s entries co-signed by their own card (%n card signature(s))</source>
        <translation>
            <numerusform>each person&apos;s entries co-signed by their own card (%n card signature)</numerusform>
            <numerusform>each person&apos;s entries co-signed by their own card (%n card signatures)</numerusform>
        </translation>
    </message>
    <message>
        <source>card co-signatures (this site was made before they were required)</source>
        <translation>card co-signatures (this site was made before they were required)</translation>
    </message>
    <message>
        <source>your card&apos;s witness: entry #%1, which your card last co-signed, was unchanged at open</source>
        <translation>your card&apos;s witness: entry #%1, which your card last co-signed, was unchanged at open</translation>
    </message>
    <message>
        <source>your card&apos;s witness (it had co-signed nothing here before this session)</source>
        <translation>your card&apos;s witness (it had co-signed nothing here before this session)</translation>
    </message>
    <message>
        <source>the SIEM&apos;s copy (checked by siem forward and journal verify --siem-log)</source>
        <translation>the SIEM&apos;s copy (checked by siem forward and journal verify --siem-log)</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Checked: %1.</translation>
    </message>
    <message>
        <source>Not checked here: %1.</source>
        <translation>Not checked here: %1.</translation>
    </message>
    <message>
        <source>the last evidence pack exported (its newest entry #%1 and checkpoint are still here)</source>
        <translation>the last evidence pack exported (its newest entry #%1 and checkpoint are still here)</translation>
    </message>
    <message>
        <source>the last evidence pack exported: it does NOT match (see below)</source>
        <translation>the last evidence pack exported: it does NOT match (see below)</translation>
    </message>
    <message>
        <source>the last evidence pack exported (see below why)</source>
        <translation>the last evidence pack exported (see below why)</translation>
    </message>
    <message>
        <source>an earlier evidence pack (none exported from this workspace yet; or journal verify --evidence-pack NEW --extends OLD)</source>
        <translation>an earlier evidence pack (none exported from this workspace yet; or journal verify --evidence-pack NEW --extends OLD)</translation>
    </message>
    <message numerus="yes">
        <source>trusted timestamps: %n checkpoint(s) carry one; check them against the time-stamping authority&apos;s root with journal verify --tsa-cert</source>
        <translation>
            <numerusform>trusted timestamps: %n checkpoint carries one; check them against the time-stamping authority&apos;s root with journal verify --tsa-cert</numerusform>
            <numerusform>trusted timestamps: %n checkpoints carry one; check them against the time-stamping authority&apos;s root with journal verify --tsa-cert</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted timestamps (no checkpoint has one: no time-stamping authority is set in the Settings of the machines that signed)</source>
        <translation>trusted timestamps (no checkpoint has one: no time-stamping authority is set in the Settings of the machines that signed)</translation>
    </message>
    <message>
        <source>The last evidence pack (exported on %1 to %2, entry #%3) was not compared: the journal itself does not verify.</source>
        <translation>The last evidence pack (exported on %1 to %2, entry #%3) was not compared: the journal itself does not verify.</translation>
    </message>
    <message>
        <source>The last evidence pack, exported on %1 to %2, was not checked: that folder no longer holds it (moved, deleted, or on media that is not attached). Check a copy with journal verify --extends.</source>
        <translation>The last evidence pack, exported on %1 to %2, was not checked: that folder no longer holds it (moved, deleted, or on media that is not attached). Check a copy with journal verify --extends.</translation>
    </message>
    <message>
        <source>This journal extends the evidence pack exported on %1 to %2 (entry #%3): it still holds that pack&apos;s newest entry with the same hash and its newest checkpoint.</source>
        <translation>This journal extends the evidence pack exported on %1 to %2 (entry #%3): it still holds that pack&apos;s newest entry with the same hash and its newest checkpoint.</translation>
    </message>
    <message>
        <source>This journal does NOT extend the evidence pack exported on %1 to %2: %3</source>
        <translation>This journal does NOT extend the evidence pack exported on %1 to %2: %3</translation>
    </message>
    <message>
        <source>The last evidence pack exported could not be checked: %1</source>
        <translation>The last evidence pack exported could not be checked: %1</translation>
    </message>
    <message>
        <source>The last evidence pack (exported on %1, folder &quot;%2&quot;, entry #%3) was not checked: its export entry does not record where the folder was written (exports made before this check was added do not record it). Check a copy with journal verify --extends.</source>
        <translation>The last evidence pack (exported on %1, folder &quot;%2&quot;, entry #%3) was not checked: its export entry does not record where the folder was written (exports made before this check was added do not record it). Check a copy with journal verify --extends.</translation>
    </message>
</context>
<context>
    <name>symbolon::workspace</name>
    <message>
        <source>The workspace key must be 32 bytes.</source>
        <translation>The workspace key must be 32 bytes.</translation>
    </message>
    <message>
        <source>The workspace database %1 is missing.</source>
        <translation>The workspace database %1 is missing.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>This card&apos;s key is not the one this keyslot was made for.</source>
        <translation>This card&apos;s key is not the one this keyslot was made for.</translation>
    </message>
    <message>
        <source>The keyslot of %1 is malformed.</source>
        <translation>The keyslot of %1 is malformed.</translation>
    </message>
    <message>
        <source>The keyslot of %1 does not open: it was altered (holder, role or card changed in keyslots.json) or damaged.</source>
        <translation>The keyslot of %1 does not open: it was altered (holder, role or card changed in keyslots.json) or damaged.</translation>
    </message>
    <message>
        <source>A keyslot in keyslots.json is incomplete (holder &quot;%1&quot;): expected holder, role, token_serial, key_id, public_key, ephemeral_point (65 bytes), nonce (12 bytes) and wrapped_key (48 bytes).</source>
        <translation>A keyslot in keyslots.json is incomplete (holder &quot;%1&quot;): expected holder, role, token_serial, key_id, public_key, ephemeral_point (65 bytes), nonce (12 bytes) and wrapped_key (48 bytes).</translation>
    </message>
    <message>
        <source>The review date is not a valid date.</source>
        <translation>The review date is not a valid date.</translation>
    </message>
    <message>
        <source>The review date %1 is in the future: record a review once it has taken place.</source>
        <translation>The review date %1 is in the future: record a review once it has taken place.</translation>
    </message>
    <message>
        <source>The review date %1 is more than a year before this workspace was created (%2): such a review cannot be the baseline of its 5-yearly clock.</source>
        <translation>The review date %1 is more than a year before this workspace was created (%2): such a review cannot be the baseline of its 5-yearly clock.</translation>
    </message>
    <message>
        <source>Enter the review&apos;s reference (the report or PMA correspondence it is filed under).</source>
        <translation>Enter the review&apos;s reference (the report or PMA correspondence it is filed under).</translation>
    </message>
    <message>
        <source>The reference has %1 characters; at most %2 are allowed.</source>
        <translation>The reference has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The reference may hold printable characters only (found U+%1).</source>
        <translation>The reference may hold printable characters only (found U+%1).</translation>
    </message>
    <message>
        <source>The findings have %1 characters; at most %2 are allowed.</source>
        <translation>The findings have %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>%1 is missing: is this a Symbolon workspace folder?</source>
        <translation>%1 is missing: is this a Symbolon workspace folder?</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3</source>
        <translation>%1 is not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>keyslots.json holds no keyslot: nobody can open this workspace.</source>
        <translation>keyslots.json holds no keyslot: nobody can open this workspace.</translation>
    </message>
    <message>
        <source>The workspace&apos;s token store %1 is missing.</source>
        <translation>The workspace&apos;s token store %1 is missing.</translation>
    </message>
    <message>
        <source>The card with serial %1 has no keyslot in this workspace: ask a custodian to enrol it.</source>
        <translation>The card with serial %1 has no keyslot in this workspace: ask a custodian to enrol it.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s PIN.</source>
        <translation>Enter the card&apos;s PIN.</translation>
    </message>
    <message>
        <source>The PIN of card &quot;%1&quot; is locked: its security officer must unblock it.</source>
        <translation>The PIN of card &quot;%1&quot; is locked: its security officer must unblock it.</translation>
    </message>
    <message>
        <source>The keyslot of %1 does not match the people enrolled in the workspace database.</source>
        <translation>The keyslot of %1 does not match the people enrolled in the workspace database.</translation>
    </message>
    <message>
        <source>A workspace needs at least one enrolled person.</source>
        <translation>A workspace needs at least one enrolled person.</translation>
    </message>
    <message>
        <source>%1 is already a workspace.</source>
        <translation>%1 is already a workspace.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; of %2 is unknown: nothing is allowed.</source>
        <translation>The role &quot;%1&quot; of %2 is unknown: nothing is allowed.</translation>
    </message>
    <message>
        <source>The journal signing key %1 cannot be read: %2</source>
        <translation>The journal signing key %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a PEM public key.</source>
        <translation>%1 is not a PEM public key.</translation>
    </message>
    <message>
        <source>workspace.json: field &quot;format&quot; must be 1 (this version of Symbolon reads format 1).</source>
        <translation>workspace.json: field &quot;format&quot; must be 1 (this version of Symbolon reads format 1).</translation>
    </message>
    <message>
        <source>workspace.json: field &quot;profile&quot; must be &quot;production&quot; or &quot;development&quot;.</source>
        <translation>workspace.json: field &quot;profile&quot; must be &quot;production&quot; or &quot;development&quot;.</translation>
    </message>
    <message>
        <source>workspace.json: field &quot;quorum&quot; must have 1 &lt;= k &lt;= n &lt;= 255.</source>
        <translation>workspace.json: field &quot;quorum&quot; must have 1 &lt;= k &lt;= n &lt;= 255.</translation>
    </message>
    <message>
        <source>This workspace has no journal signing token, so it cannot sign the documents it issues.</source>
        <translation>This workspace has no journal signing token, so it cannot sign the documents it issues.</translation>
    </message>
    <message>
        <source>The key token URI in Settings (%1) selects no single token: %2</source>
        <translation>The key token URI in Settings (%1) selects no single token: %2</translation>
    </message>
    <message>
        <source>The journal token URI in Settings (%1) selects no single token: %2</source>
        <translation>The journal token URI in Settings (%1) selects no single token: %2</translation>
    </message>
    <message>
        <source>The journal token %1 holds a different signing key (%2) from this workspace&apos;s (%3): its checkpoints would not verify. Check the journal token URI in Settings.</source>
        <translation>The journal token %1 holds a different signing key (%2) from this workspace&apos;s (%3): its checkpoints would not verify. Check the journal token URI in Settings.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, line %2: %3.</translation>
    </message>
    <message>
        <source>The workspace database %1 is empty (0 bytes): it was truncated or replaced. Restore the workspace from its backup; nothing was changed.</source>
        <translation>The workspace database %1 is empty (0 bytes): it was truncated or replaced. Restore the workspace from its backup; nothing was changed.</translation>
    </message>
    <message>
        <source>The register anchor on this card is malformed: the card was written by something other than Symbolon.</source>
        <translation>The register anchor on this card is malformed: the card was written by something other than Symbolon.</translation>
    </message>
    <message>
        <source>this card last saw site register version %1, but the workspace&apos;s register ends at version %2: versions were removed</source>
        <translation>this card last saw site register version %1, but the workspace&apos;s register ends at version %2: versions were removed</translation>
    </message>
    <message>
        <source>site register version %1 is not the one this card saw (card: %2…, workspace: %3…): the register was rewritten from version %1 on</source>
        <translation>site register version %1 is not the one this card saw (card: %2…, workspace: %3…): the register was rewritten from version %1 on</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>site register%1: field &quot;%2&quot; must be %3.</source>
        <translation>site register%1: field &quot;%2&quot; must be %3.</translation>
    </message>
    <message>
        <source>an ISO 8601 time</source>
        <translation>an ISO 8601 time</translation>
    </message>
    <message>
        <source>1 &lt;= k &lt;= n &lt;= 255</source>
        <translation>1 &lt;= k &lt;= n &lt;= 255</translation>
    </message>
    <message>
        <source>site register: card %1 is listed twice.</source>
        <translation>site register: card %1 is listed twice.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>quorum</translation>
    </message>
    <message>
        <source>key token</source>
        <translation>key token</translation>
    </message>
    <message>
        <source>journal token</source>
        <translation>journal token</translation>
    </message>
    <message>
        <source>journal signing key</source>
        <translation>journal signing key</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 module</translation>
    </message>
    <message>
        <source>module SHA-256</source>
        <translation>module SHA-256</translation>
    </message>
    <message>
        <source>FIPS declaration changed</source>
        <translation>FIPS declaration changed</translation>
    </message>
    <message>
        <source>card %1 enrolled for %2 (%3)</source>
        <translation>card %1 enrolled for %2 (%3)</translation>
    </message>
    <message>
        <source>card %1: holder %2 → %3</source>
        <translation>card %1: holder %2 → %3</translation>
    </message>
    <message>
        <source>card %1 (%2): role %3 → %4</source>
        <translation>card %1 (%2): role %3 → %4</translation>
    </message>
    <message>
        <source>card %1 (%2): %3 → %4</source>
        <translation>card %1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>card %1 (%2): new card key</source>
        <translation>card %1 (%2): new card key</translation>
    </message>
    <message>
        <source>card %1 of %2 removed</source>
        <translation>card %1 of %2 removed</translation>
    </message>
    <message>
        <source>card %1 is not an active custodian&apos;s card in version %2</source>
        <translation>card %1 is not an active custodian&apos;s card in version %2</translation>
    </message>
    <message>
        <source>the signature of card %1 (%2) does not verify</source>
        <translation>the signature of card %1 (%2) does not verify</translation>
    </message>
    <message>
        <source>The workspace holds no site register.</source>
        <translation>The workspace holds no site register.</translation>
    </message>
    <message>
        <source>Site register version %1 is not valid: %2.</source>
        <translation>Site register version %1 is not valid: %2.</translation>
    </message>
    <message>
        <source>it is numbered %1 where %2 was expected</source>
        <translation>it is numbered %1 where %2 was expected</translation>
    </message>
    <message>
        <source>the first version names a previous one</source>
        <translation>the first version names a previous one</translation>
    </message>
    <message>
        <source>it does not follow version %1 (its digest is not the one named)</source>
        <translation>it does not follow version %1 (its digest is not the one named)</translation>
    </message>
    <message>
        <source>%1 of the %2 custodians needed signed it%3</source>
        <translation>%1 of the %2 custodians needed signed it%3</translation>
    </message>
    <message>
        <source>The site register cannot be changed from a read-only open: %1</source>
        <translation>The site register cannot be changed from a read-only open: %1</translation>
    </message>
    <message>
        <source>Only a custodian can propose a site register change; %1 is %2.</source>
        <translation>Only a custodian can propose a site register change; %1 is %2.</translation>
    </message>
    <message>
        <source>The proposed register changes nothing.</source>
        <translation>The proposed register changes nothing.</translation>
    </message>
    <message>
        <source>A register change needs a reason (field &quot;reason&quot;).</source>
        <translation>A register change needs a reason (field &quot;reason&quot;).</translation>
    </message>
    <message>
        <source>profile must be &quot;production&quot; or &quot;development&quot;, not &quot;%1&quot;.</source>
        <translation>profile must be &quot;production&quot; or &quot;development&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>card %1: role &quot;%2&quot; is not one of custodian, reviewer, responder, operator.</source>
        <translation>card %1: role &quot;%2&quot; is not one of custodian, reviewer, responder, operator.</translation>
    </message>
    <message>
        <source>A quorum of %1 needs at least %1 active custodians; the proposed register has %2.</source>
        <translation>A quorum of %1 needs at least %1 active custodians; the proposed register has %2.</translation>
    </message>
    <message>
        <source>This register change has already been made.</source>
        <translation>This register change has already been made.</translation>
    </message>
    <message>
        <source>The card with serial %1 is not an active custodian&apos;s card in register version %2: it cannot approve a register change.</source>
        <translation>The card with serial %1 is not an active custodian&apos;s card in register version %2: it cannot approve a register change.</translation>
    </message>
    <message>
        <source>%1 has already approved this change: one person approves once, whatever cards they hold.</source>
        <translation>%1 has already approved this change: one person approves once, whatever cards they hold.</translation>
    </message>
    <message>
        <source>The signature of card &quot;%1&quot; does not verify against the key the register enrolled for %2: the card is not the one enrolled.</source>
        <translation>The signature of card &quot;%1&quot; does not verify against the key the register enrolled for %2: the card is not the one enrolled.</translation>
    </message>
    <message>
        <source>%1 of the %2 custodians needed have approved.</source>
        <translation>%1 of the %2 custodians needed have approved.</translation>
    </message>
    <message>
        <source>Site register version %1: %2 is not valid JSON: %3.</source>
        <translation>Site register version %1: %2 is not valid JSON: %3.</translation>
    </message>
    <message>
        <source>Site register version %1: %2: %3.</source>
        <translation>Site register version %1: %2: %3.</translation>
    </message>
    <message>
        <source>Site register version %1: %2</source>
        <translation>Site register version %1: %2</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 is refused before loading: its SHA-256 is %2, but the site register records %3. Restore the module the site registered, or have the custodians record the new one through a site register change.</source>
        <translation>The PKCS#11 module %1 is refused before loading: its SHA-256 is %2, but the site register records %3. Restore the module the site registered, or have the custodians record the new one through a site register change.</translation>
    </message>
    <message>
        <source>This workspace holds no site register (an earlier Symbolon made it): names, roles and safety settings cannot be checked. Create a new workspace.</source>
        <translation>This workspace holds no site register (an earlier Symbolon made it): names, roles and safety settings cannot be checked. Create a new workspace.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; holds no anchor for this site&apos;s register (site %2): the register was replaced from version 1, or the card was never enrolled here.</source>
        <translation>Card &quot;%1&quot; holds no anchor for this site&apos;s register (site %2): the register was replaced from version 1, or the card was never enrolled here.</translation>
    </message>
    <message>
        <source>The site register was changed behind this card&apos;s back: %1.</source>
        <translation>The site register was changed behind this card&apos;s back: %1.</translation>
    </message>
    <message>
        <source>This card&apos;s register anchor could not be moved on to version %1: %2</source>
        <translation>This card&apos;s register anchor could not be moved on to version %1: %2</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; (serial %2) is not an active card of this site&apos;s register (version %3)%4: ask the custodians to enrol it.</source>
        <translation>Card &quot;%1&quot; (serial %2) is not an active card of this site&apos;s register (version %3)%4: ask the custodians to enrol it.</translation>
    </message>
    <message>
        <source>workspace.json says %1 = &quot;%2&quot;, but the site register says &quot;%3&quot;: the register&apos;s value is used.</source>
        <translation>workspace.json says %1 = &quot;%2&quot;, but the site register says &quot;%3&quot;: the register&apos;s value is used.</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 was loaded by path as a development module (not registered with p11-kit, or changeable by others than root)</source>
        <translation>the PKCS#11 module %1 was loaded by path as a development module (not registered with p11-kit, or changeable by others than root)</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 has SHA-256 %2, but the site register records %3</source>
        <translation>the PKCS#11 module %1 has SHA-256 %2, but the site register records %3</translation>
    </message>
    <message>
        <source>Custodial actions are refused under the production profile: %1.</source>
        <translation>Custodial actions are refused under the production profile: %1.</translation>
    </message>
    <message>
        <source>Development: %1.</source>
        <translation>Development: %1.</translation>
    </message>
    <message>
        <source>The site cannot be created: %1 Version 1 must be signed by the cards of %2 custodians, with their PINs.</source>
        <translation>The site cannot be created: %1 Version 1 must be signed by the cards of %2 custodians, with their PINs.</translation>
    </message>
    <message>
        <source>This workspace is open read-only: %1 You can still read, verify and export.</source>
        <translation>This workspace is open read-only: %1 You can still read, verify and export.</translation>
    </message>
    <message>
        <source>The site register cannot be changed while it is not trusted: %1</source>
        <translation>The site register cannot be changed while it is not trusted: %1</translation>
    </message>
    <message>
        <source>workspace.json: field &quot;pkcs11_module&quot; must name the PKCS#11 module (its p11-kit name, or a .so path).</source>
        <translation>workspace.json: field &quot;pkcs11_module&quot; must name the PKCS#11 module (its p11-kit name, or a .so path).</translation>
    </message>
    <message>
        <source>the key token URI in Settings (%1) selects token %2, but the site register names %3</source>
        <translation>the key token URI in Settings (%1) selects token %2, but the site register names %3</translation>
    </message>
    <message>
        <source>Custodial actions are refused: %1. You can still open, read, verify and export.</source>
        <translation>Custodial actions are refused: %1. You can still open, read, verify and export.</translation>
    </message>
    <message>
        <source>the database fails its integrity check (PRAGMA quick_check): %1</source>
        <translation>the database fails its integrity check (PRAGMA quick_check): %1</translation>
    </message>
    <message>
        <source>the journal signing key %1 is missing</source>
        <translation>the journal signing key %1 is missing</translation>
    </message>
    <message>
        <source>the journal signing key %1 cannot be read: %2</source>
        <translation>the journal signing key %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>the journal signing key %1 is not a PEM public key</source>
        <translation>the journal signing key %1 is not a PEM public key</translation>
    </message>
    <message>
        <source>the journal signing key %1 was replaced: its fingerprint %2 is not this workspace&apos;s %3</source>
        <translation>the journal signing key %1 was replaced: its fingerprint %2 is not this workspace&apos;s %3</translation>
    </message>
    <message>
        <source>the checkpoint file %1 is missing</source>
        <translation>the checkpoint file %1 is missing</translation>
    </message>
    <message>
        <source>the checkpoint file %1 is empty</source>
        <translation>the checkpoint file %1 is empty</translation>
    </message>
    <message>
        <source>the checkpoint file is damaged: %1</source>
        <translation>the checkpoint file is damaged: %1</translation>
    </message>
    <message>
        <source>the journal cannot be verified: neither the signing key file nor the journal token gives its public key</source>
        <translation>the journal cannot be verified: neither the signing key file nor the journal token gives its public key</translation>
    </message>
    <message>
        <source>the journal does not verify at entry #%1: %2</source>
        <translation>the journal does not verify at entry #%1: %2</translation>
    </message>
    <message>
        <source>the journal does not verify: %1</source>
        <translation>the journal does not verify: %1</translation>
    </message>
    <message>
        <source>This workspace is in use by another program, which has not yet said who it is; close it there first. Nothing was changed.</source>
        <translation>This workspace is in use by another program, which has not yet said who it is; close it there first. Nothing was changed.</translation>
    </message>
    <message>
        <source>This workspace is in use by %1 (process %2, user %3 on host %4) since %5 UTC; close it there first. Nothing was changed.</source>
        <translation>This workspace is in use by %1 (process %2, user %3 on host %4) since %5 UTC; close it there first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The workspace lock %1 cannot be opened: %2</source>
        <translation>The workspace lock %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The workspace lock %1 cannot be taken: %2</source>
        <translation>The workspace lock %1 cannot be taken: %2</translation>
    </message>
    <message>
        <source>The journal witness on this card is malformed: the card was written by something other than Symbolon.</source>
        <translation>The journal witness on this card is malformed: the card was written by something other than Symbolon.</translation>
    </message>
    <message>
        <source>the journal ends at entry #%1, but the card of %2 co-signed entry #%3 at its last use: entries #%4 to #%3 (at least) were deleted</source>
        <translation>the journal ends at entry #%1, but the card of %2 co-signed entry #%3 at its last use: entries #%4 to #%3 (at least) were deleted</translation>
    </message>
    <message>
        <source>entry #%1 is not the one the card of %2 co-signed (card: %3…, journal: %4…): the journal was rewritten at or before entry #%1</source>
        <translation>entry #%1 is not the one the card of %2 co-signed (card: %3…, journal: %4…): the journal was rewritten at or before entry #%1</translation>
    </message>
    <message>
        <source>Journal entries %1 name you but your card never co-signed them: a process of yours stopped before signing, or someone else wrote them in your name. Check them in the Journal view; your card co-signs them now.</source>
        <translation>Journal entries %1 name you but your card never co-signed them: a process of yours stopped before signing, or someone else wrote them in your name. Check them in the Journal view; your card co-signs them now.</translation>
    </message>
    <message>
        <source>The PIN of %1&apos;s card is needed: the journal&apos;s first entry names %1, and their card co-signs it.</source>
        <translation>The PIN of %1&apos;s card is needed: the journal&apos;s first entry names %1, and their card co-signs it.</translation>
    </message>
    <message>
        <source>The card of %1 could not co-sign the journal (was it removed, or logged out by a wrong PIN?): %2 The action is recorded; close and reopen the workspace with the card to sign it.</source>
        <translation>The card of %1 could not co-sign the journal (was it removed, or logged out by a wrong PIN?): %2 The action is recorded; close and reopen the workspace with the card to sign it.</translation>
    </message>
    <message>
        <source>The action is recorded and signed, but the card of %1 could not keep the journal&apos;s head as its witness: %2</source>
        <translation>The action is recorded and signed, but the card of %1 could not keep the journal&apos;s head as its witness: %2</translation>
    </message>
    <message>
        <source>cards.json: field &quot;%1&quot; must be %2.</source>
        <translation>cards.json: field &quot;%1&quot; must be %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a base64 public key</source>
        <translation>a base64 public key</translation>
    </message>
    <message>
        <source>the SHA-256 of public_key</source>
        <translation>the SHA-256 of public_key</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>a list of names</translation>
    </message>
    <message>
        <source>This change alters who holds the shares of the key token&apos;s PINs, or k: it must re-share them, and this caller cannot. Nothing was changed.</source>
        <translation>This change alters who holds the shares of the key token&apos;s PINs, or k: it must re-share them, and this caller cannot. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 The key token&apos;s new PINs could not be undone either (%2): the next quorum undoes them.</source>
        <translation>%1 The key token&apos;s new PINs could not be undone either (%2): the next quorum undoes them.</translation>
    </message>
    <message>
        <source>A card can be enrolled only before anyone approves the change.</source>
        <translation>A card can be enrolled only before anyone approves the change.</translation>
    </message>
    <message>
        <source>The new card needs its holder&apos;s name (field &quot;holder&quot;).</source>
        <translation>The new card needs its holder&apos;s name (field &quot;holder&quot;).</translation>
    </message>
    <message>
        <source>The new card&apos;s role &quot;%1&quot; is not one of custodian, reviewer, responder, operator.</source>
        <translation>The new card&apos;s role &quot;%1&quot; is not one of custodian, reviewer, responder, operator.</translation>
    </message>
    <message>
        <source>The card with serial %1 is already in the site register: each card is enrolled once.</source>
        <translation>The card with serial %1 is already in the site register: each card is enrolled once.</translation>
    </message>
    <message>
        <source>The token with serial %1 is the site&apos;s key token or journal token, not a card.</source>
        <translation>The token with serial %1 is the site&apos;s key token or journal token, not a card.</translation>
    </message>
    <message>
        <source>A new custodian card changes who holds the shares of the key token&apos;s PINs: this change must re-share them, and this caller cannot. Nothing was changed.</source>
        <translation>A new custodian card changes who holds the shares of the key token&apos;s PINs: this change must re-share them, and this caller cannot. Nothing was changed.</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot;: %2</source>
        <translation>Card &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>its key pair does not sign and derive correctly</source>
        <translation>its key pair does not sign and derive correctly</translation>
    </message>
    <message>
        <source>Card &quot;%1&quot; cannot be enrolled: it must make an EC P-256 key pair that signs (ECDSA) and derives (ECDH): %2</source>
        <translation>Card &quot;%1&quot; cannot be enrolled: it must make an EC P-256 key pair that signs (ECDSA) and derives (ECDH): %2</translation>
    </message>
    <message>
        <source>keyslots.json could not follow register version %1: %2</source>
        <translation>keyslots.json could not follow register version %1: %2</translation>
    </message>
    <message>
        <source>Only %1 of the new custodians are custodians today, and k = %2 of them must be: replace custodians a few at a time, so that an interrupted re-share of the key token&apos;s PINs can always be undone. Nothing was changed.</source>
        <translation>Only %1 of the new custodians are custodians today, and k = %2 of them must be: replace custodians a few at a time, so that an interrupted re-share of the key token&apos;s PINs can always be undone. Nothing was changed.</translation>
    </message>
    <message>
        <source>This register version changes who holds the shares of the key token&apos;s PINs, or k, without re-sharing them. Nothing was changed.</source>
        <translation>This register version changes who holds the shares of the key token&apos;s PINs, or k, without re-sharing them. Nothing was changed.</translation>
    </message>
    <message>
        <source>a non-empty string, or absent</source>
        <translation>a non-empty string, or absent</translation>
    </message>
    <message>
        <source>module parameters</source>
        <translation>module parameters</translation>
    </message>
    <message>
        <source>%1 module</source>
        <translation>%1 module</translation>
    </message>
    <message>
        <source>%1 module SHA-256</source>
        <translation>%1 module SHA-256</translation>
    </message>
    <message>
        <source>%1 module parameters</source>
        <translation>%1 module parameters</translation>
    </message>
    <message>
        <source>%1 URI</source>
        <translation>%1 URI</translation>
    </message>
    <message>
        <source>the key token&apos;s SO PIN is now split among the custodians</source>
        <translation>the key token&apos;s SO PIN is now split among the custodians</translation>
    </message>
    <message>
        <source>the key token&apos;s SO PIN is no longer split among the custodians</source>
        <translation>the key token&apos;s SO PIN is no longer split among the custodians</translation>
    </message>
    <message>
        <source>it changes whether the key token&apos;s SO PIN is split among the custodians</source>
        <translation>it changes whether the key token&apos;s SO PIN is split among the custodians</translation>
    </message>
    <message>
        <source>Whether the key token&apos;s SO PIN is split among the custodians is decided when the site is created, and cannot be changed by a register change.</source>
        <translation>Whether the key token&apos;s SO PIN is split among the custodians is decided when the site is created, and cannot be changed by a register change.</translation>
    </message>
    <message>
        <source>The token %1 (&quot;%2&quot;) is not the key token the site register names (%3, &quot;%4&quot;): the quorum&apos;s PIN is not sent to it.</source>
        <translation>The token %1 (&quot;%2&quot;) is not the key token the site register names (%3, &quot;%4&quot;): the quorum&apos;s PIN is not sent to it.</translation>
    </message>
    <message>
        <source>the cards&apos; PKCS#11 module was initialised with the parameters &quot;%1&quot; from workspace.json, but the site register records &quot;%2&quot;</source>
        <translation>the cards&apos; PKCS#11 module was initialised with the parameters &quot;%1&quot; from workspace.json, but the site register records &quot;%2&quot;</translation>
    </message>
    <message>
        <source>workspace.json names a module for a token, but this workspace has no site register to confirm it: it is not loaded.</source>
        <translation>workspace.json names a module for a token, but this workspace has no site register to confirm it: it is not loaded.</translation>
    </message>
    <message>
        <source>Not used: %1.</source>
        <translation>Not used: %1.</translation>
    </message>
    <message>
        <source>The key token&apos;s PKCS#11 module did not load: %1</source>
        <translation>The key token&apos;s PKCS#11 module did not load: %1</translation>
    </message>
    <message>
        <source>The journal token is not present, so checkpoints cannot be signed: %1</source>
        <translation>The journal token is not present, so checkpoints cannot be signed: %1</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 must be an object.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a string.</source>
        <translation>%1: field &quot;%2&quot; must be a string.</translation>
    </message>
    <message>
        <source>%1 entry point</source>
        <translation>%1 entry point</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (expected module, sha256, init_args, token_uri, function_list).</source>
        <translation>%1: unknown field &quot;%2&quot; (expected module, sha256, init_args, token_uri, function_list).</translation>
    </message>
    <message>
        <source>%1: field &quot;function_list&quot; is empty (leave it out for C_GetFunctionList).</source>
        <translation>%1: field &quot;function_list&quot; is empty (leave it out for C_GetFunctionList).</translation>
    </message>
    <message>
        <source>%1: field &quot;function_list&quot; is given without &quot;module&quot;: name the module too.</source>
        <translation>%1: field &quot;function_list&quot; is given without &quot;module&quot;: name the module too.</translation>
    </message>
    <message>
        <source>%1 The journal token&apos;s new PIN could not be undone either (%2): the next open settles it.</source>
        <translation>%1 The journal token&apos;s new PIN could not be undone either (%2): the next open settles it.</translation>
    </message>
    <message>
        <source>A change of the database key that was interrupted has been completed: keyslots.json now holds the new key.</source>
        <translation>A change of the database key that was interrupted has been completed: keyslots.json now holds the new key.</translation>
    </message>
    <message>
        <source>The journal token&apos;s PIN could not be settled: %1</source>
        <translation>The journal token&apos;s PIN could not be settled: %1</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1</source>
        <translation>The database key could not be changed: %1</translation>
    </message>
    <message>
        <source>register version %1 took a card out</source>
        <translation>register version %1 took a card out</translation>
    </message>
    <message>
        <source>The register change was made, but the database key was not changed: %1 The next open changes it.</source>
        <translation>The register change was made, but the database key was not changed: %1 The next open changes it.</translation>
    </message>
    <message>
        <source>Checkpoint #%1 has no trusted timestamp (%2): journal verify --tsa-cert will name the entries it leaves unstamped.</source>
        <translation>Checkpoint #%1 has no trusted timestamp (%2): journal verify --tsa-cert will name the entries it leaves unstamped.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2.</source>
        <translation>%1 cannot be renamed to %2.</translation>
    </message>
    <message>
        <source>The database key is changed only on a workspace that opens without alarms.</source>
        <translation>The database key is changed only on a workspace that opens without alarms.</translation>
    </message>
    <message>
        <source>The database key was not changed: %1 The old key stays in use.</source>
        <translation>The database key was not changed: %1 The old key stays in use.</translation>
    </message>
    <message>
        <source>%1 The next open completes the key change.</source>
        <translation>%1 The next open completes the key change.</translation>
    </message>
    <message>
        <source>The workspace database did not reopen after its key was changed (%1): close and open the workspace again.</source>
        <translation>The workspace database did not reopen after its key was changed (%1): close and open the workspace again.</translation>
    </message>
    <message>
        <source>register version %1 took a card out, and the key had not changed since</source>
        <translation>register version %1 took a card out, and the key had not changed since</translation>
    </message>
    <message>
        <source>The journal token&apos;s PIN sealed to card %1 does not open: the seal was altered or damaged.</source>
        <translation>The journal token&apos;s PIN sealed to card %1 does not open: the seal was altered or damaged.</translation>
    </message>
    <message>
        <source>Your card holds no seal of the journal token&apos;s PIN, so checkpoints cannot be signed: a card enrolled in a change that could not seal to it. Another card holder&apos;s open seals it to your card.</source>
        <translation>Your card holds no seal of the journal token&apos;s PIN, so checkpoints cannot be signed: a card enrolled in a change that could not seal to it. Another card holder&apos;s open seals it to your card.</translation>
    </message>
    <message>
        <source>The journal token takes none of the %1 PINs sealed to your card: it was changed outside Symbolon. Checkpoints cannot be signed.</source>
        <translation>The journal token takes none of the %1 PINs sealed to your card: it was changed outside Symbolon. Checkpoints cannot be signed.</translation>
    </message>
    <message>
        <source>Your card holds no seal of the journal token&apos;s PIN.</source>
        <translation>Your card holds no seal of the journal token&apos;s PIN.</translation>
    </message>
    <message>
        <source>The journal token is not open, so its PIN cannot be changed. Nothing was changed.</source>
        <translation>The journal token is not open, so its PIN cannot be changed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Your card&apos;s pending seal is gone.</source>
        <translation>Your card&apos;s pending seal is gone.</translation>
    </message>
    <message>
        <source>Other connections to the workspace database are open (%1): the database key is changed at the next open, before any.</source>
        <translation>Other connections to the workspace database are open (%1): the database key is changed at the next open, before any.</translation>
    </message>
    <message>
        <source>The database key was changed, but keyslots.json could not take the new keyslots (%1): nobody else can open the workspace until it does.</source>
        <translation>The database key was changed, but keyslots.json could not take the new keyslots (%1): nobody else can open the workspace until it does.</translation>
    </message>
    <message>
        <source>The database key has not changed since register version %1 took a card out (%2): whoever held that card can still open the database. Remove what stops the change and open the workspace again.</source>
        <translation>The database key has not changed since register version %1 took a card out (%2): whoever held that card can still open the database. Remove what stops the change and open the workspace again.</translation>
    </message>
    <message>
        <source>A change of the journal token&apos;s PIN is pending and your card holds no seal of the new PIN: the next open by a card holder who does settles it.</source>
        <translation>A change of the journal token&apos;s PIN is pending and your card holds no seal of the new PIN: the next open by a card holder who does settles it.</translation>
    </message>
    <message>
        <source>An earlier change of the journal token&apos;s PIN is still pending: open the workspace again (the open settles it), then make this change. Nothing was changed.</source>
        <translation>An earlier change of the journal token&apos;s PIN is still pending: open the workspace again (the open settles it), then make this change. Nothing was changed.</translation>
    </message>
    <message>
        <source>Changing the journal token&apos;s PIN failed: %1 Nothing was changed here; the next open asks the token which PIN it takes.</source>
        <translation>Changing the journal token&apos;s PIN failed: %1 Nothing was changed here; the next open asks the token which PIN it takes.</translation>
    </message>
    <message>
        <source>card %1: state &quot;%2&quot; is not one of active, retired, replaced, revoked.</source>
        <translation>card %1: state &quot;%2&quot; is not one of active, retired, replaced, revoked.</translation>
    </message>
    <message>
        <source>Card %1 of %2 left the site (%3) and cannot come back: enrol a new card for them. Nothing was changed.</source>
        <translation>Card %1 of %2 left the site (%3) and cannot come back: enrol a new card for them. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 already holds a card as %2: one person has one role. Enrol this card as %2, or change their role first. Nothing was changed.</source>
        <translation>%1 already holds a card as %2: one person has one role. Enrol this card as %2, or change their role first. Nothing was changed.</translation>
    </message>
</context>
</TS>
