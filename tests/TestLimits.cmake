# Time limits of the tests, in seconds, for the default build (the sanitizer build multiplies
# them by SYMBOLON_SANITIZE_SLOWDOWN). Set from measured durations on a 2-core machine running
# `ctest -j2`: about three times the longest seen, so that a test that needs more than a third of
# its limit is looked at before it fails CI (issue #22). Measured figures: docs/ci.md.
# label        limit   longest measured, default build | sanitizer build (x3 limit)
set(SYMBOLON_TIMEOUT_unit 60)        #   0.2 s |   1 s
set(SYMBOLON_TIMEOUT_hsm 120)        #  11 s (inventory_import: 200,000 rows) |  28 s
set(SYMBOLON_TIMEOUT_interop 120)    #   5 s (siem_relp) | not run
set(SYMBOLON_TIMEOUT_ui 120)         #  14 s (translations) | not run
set(SYMBOLON_TIMEOUT_faults 300)     #  46 s (ceremony_faults.rekey, full sweep) | 49 s (sampled)
set(SYMBOLON_TIMEOUT_kill 300)       #  39 s (kill_rekey, with its 300 us latency row) | 102 s (kill_rekey; kill_rollover 72 s)
set(SYMBOLON_TIMEOUT_site 180)       #  31 s (site_create_faults; nss_production's longest 7.5 s) | not run
set(SYMBOLON_TIMEOUT_robustness 120) #  19 s (cli_leaks, valgrind) | 35 s (bad_input_catalogue)

# The PKCS#11 fault sweep, one CTest test per case.
set(SYMBOLON_FUNCTIONS_test_ceremony_faults
    workspaceOpen checkpointSigning generateKeks transportKey exportSharedKey importSharedKey migrate rekey)

# The insider attacks of issue #14, one CTest test per attack: each makes its own demo workspace,
# and a process serves one embedded token store.
set(SYMBOLON_FUNCTIONS_test_insider_attacks
    aModuleNamedByTheWorkspaceFolderIsNeverLoaded aModuleWhoseHashChangedIsRefusedBeforeLoading
    aCardHolderCannotGiveThemselvesARole aRegisterForgedFromVersionOneIsFoundByEveryOtherCard
    aRegisterCutBackIsFound workspaceJsonSettingsAreOnlyAMirror onePersonApprovesOnceWhateverTheFilesSay
    aRegisterChangeIsJournaledAndAccepted)

# The journal insider of issue #15, likewise one CTest test per attack.
set(SYMBOLON_FUNCTIONS_test_journal_insider
    anotherPersonsEntryRewritten ownEntryRewritten newestEntriesDeleted anEntryNamingAnotherPersonCannotBeAdded
    theOpenersLoggedInCardStillNeedsItsPin aCleanEvidencePackNamesItsCoSigners)

# The journal token's PIN sealed to the cards (issue #15), one demo (token store) per process.
set(SYMBOLON_FUNCTIONS_test_journal_pin
    theDatabaseHoldsNoClearJournalPin aRevokedCardLosesTheJournalPin aCardWithoutASealIsSealedToAtTheNextOpen
    theClearRowOfAnOlderWorkspaceIsRetired aChangeKilledAfterTheTokenTookTheNewPinIsCompleted
    aChangeKilledBeforeTheTokenTookItIsDropped)
set(SYMBOLON_FUNCTIONS_test_leaver_database_key
    aRevokedCardsKeyOpensNothingCurrent aKeyChangeThatCannotBeMadeIsAnAlarmUntilItIs
    aKillBetweenTheSwapAndTheKeyslotsIsCompletedAtOpen)
set(SYMBOLON_FUNCTIONS_test_timestamps
    everyCheckpointIsTimestampedAndVerifies aTsaThatDoesNotAnswerIsShownNotFatal anOldEntryRewrittenKeepingItsTimes
    anOldEntryRewrittenAndReDated theCliChecksThemAgainstAPinnedRoot deletedTimestampsAreFound)

# Issue #19: NSS softoken in its two modes, one process per test (a library serves one entry
# point per process).
set(SYMBOLON_FUNCTIONS_test_nss_production
    productionOnNssFipsModeTakesNoFallback theCountingModuleSeesWhatTheJournalDeclares
    theSharedKeyTravelsWrappedBetweenFipsTokens
    whatTheTokenLacksIsRefusedByName readinessOnSoftHsmAndNssSoftoken readinessOnNssFipsMode
    oneEntryPointPerLibrary aFailedUnwrapOfAnUnlabelledKeyDestroysNothingElse)
