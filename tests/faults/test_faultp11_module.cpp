// tests/faultp11 itself, in process through raw PKCS#11: calls pass through; the n-th call of a
// function fails with the planned CKR; the control file re-arms the plan (and restarts the
// counts) between runs; an operation whose finishing call is failed is left closed in SoftHSM2
// (the next C_*Init works), where failing it without calling SoftHSM2 would leave it active (the
// control check below shows that SoftHSM2 does keep it active); counts and injected faults are
// written to their files.
#include "FaultInjection.h"
#include "TestPaths.h"
#include "TokenStore.h"

#include <p11-kit/pkcs11.h>

#include <QFile>
#include <QTest>

#include <dlfcn.h>

using namespace symbolon;

class TestFaultp11Module : public QObject {
    Q_OBJECT
    test::TokenStore m_store;
    QString m_control, m_counts, m_log;
    CK_FUNCTION_LIST* m_f = nullptr;
    CK_FUNCTION_LIST* m_real = nullptr;
    CK_SESSION_HANDLE m_s = 0;
    CK_OBJECT_HANDLE m_key = 0;

    void arm(const QByteArray& plan) {
        QFile f(m_control);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(plan);
    }
    CK_RV encrypt(CK_FUNCTION_LIST* f, bool sizeQueryOnly) {
        CK_MECHANISM m{CKM_AES_ECB, nullptr, 0};
        CK_RV rv = f->C_EncryptInit(m_s, &m, m_key);
        if (rv != CKR_OK)
            return rv;
        unsigned char in[16] = {}, out[16];
        CK_ULONG len = sizeof out;
        return f->C_Encrypt(m_s, in, sizeof in, sizeQueryOnly ? nullptr : out, &len);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_store.initTokenWithTool(QStringLiteral("Fault test"), QStringLiteral("123456"),
                                          QStringLiteral("654321")));
        m_control = m_store.root() + QStringLiteral("/plan.txt");
        m_counts = m_store.root() + QStringLiteral("/counts.txt");
        m_log = m_store.root() + QStringLiteral("/faults.log");
        qputenv("SYMBOLON_FAULT_FILE", m_control.toUtf8());
        qputenv("SYMBOLON_FAULT_COUNT", m_counts.toUtf8());
        qputenv("SYMBOLON_FAULT_LOG", m_log.toUtf8());
        qputenv("SYMBOLON_FAULT_REAL_MODULE", test::softhsmModule().toUtf8());
        void* h = dlopen(test::FaultInjection::modulePath().toUtf8().constData(), RTLD_NOW | RTLD_LOCAL);
        QVERIFY2(h, dlerror());
        auto get = reinterpret_cast<CK_C_GetFunctionList>(dlsym(h, "C_GetFunctionList"));
        QVERIFY(get);
        QCOMPARE(get(&m_f), CKR_OK);
        QCOMPARE(m_f->C_Initialize(nullptr), CKR_OK);
        // SoftHSM2 itself, the same instance (glibc hands out the loaded library again).
        void* real = dlopen(test::softhsmModule().toUtf8().constData(), RTLD_NOW | RTLD_LOCAL);
        QVERIFY(real);
        auto getReal = reinterpret_cast<CK_C_GetFunctionList>(dlsym(real, "C_GetFunctionList"));
        QCOMPARE(getReal(&m_real), CKR_OK);
        QVERIFY(m_real != m_f);

        CK_SLOT_ID slots[8];
        CK_ULONG n = 8;
        QCOMPARE(m_f->C_GetSlotList(CK_TRUE, slots, &n), CKR_OK);
        CK_SLOT_ID slot = 0;
        bool found = false;
        for (CK_ULONG i = 0; i < n; ++i) {
            CK_TOKEN_INFO ti{};
            if (m_f->C_GetTokenInfo(slots[i], &ti) == CKR_OK && (ti.flags & CKF_TOKEN_INITIALIZED)) {
                slot = slots[i];
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(m_f->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &m_s),
                 CKR_OK);
        unsigned char pin[] = "123456";
        QCOMPARE(m_f->C_Login(m_s, CKU_USER, pin, 6), CKR_OK);
        CK_MECHANISM gen{CKM_AES_KEY_GEN, nullptr, 0};
        CK_ULONG len = 16;
        CK_BBOOL yes = CK_TRUE;
        CK_ATTRIBUTE t[] = {
            {CKA_VALUE_LEN, &len, sizeof len}, {CKA_ENCRYPT, &yes, sizeof yes}, {CKA_SIGN, &yes, sizeof yes}};
        QCOMPARE(m_f->C_GenerateKey(m_s, &gen, t, 3, &m_key), CKR_OK);
    }

    void nthCallFails() {
        arm("C_GenerateRandom:2:CKR_DEVICE_ERROR\n");
        unsigned char buf[8];
        QCOMPARE(m_f->C_GenerateRandom(m_s, buf, sizeof buf), CKR_OK);
        QCOMPARE(m_f->C_GenerateRandom(m_s, buf, sizeof buf), CKR_DEVICE_ERROR);
        QCOMPARE(m_f->C_GenerateRandom(m_s, buf, sizeof buf), CKR_OK);
        // A new plan restarts the counts: the first call now.
        arm("C_GenerateRandom:1:CKR_DEVICE_MEMORY,C_GenerateRandom:3:0x32");
        QCOMPARE(m_f->C_GenerateRandom(m_s, buf, sizeof buf), CKR_DEVICE_MEMORY);
        QCOMPARE(m_f->C_GenerateRandom(m_s, buf, sizeof buf), CKR_OK);
        QCOMPARE(m_f->C_GenerateRandom(m_s, buf, sizeof buf), CKR_DEVICE_REMOVED);
        arm("");
        QCOMPARE(m_f->C_GenerateRandom(m_s, buf, sizeof buf), CKR_OK);
        const QStringList log = test::FaultInjection::readLog(m_log);
        QVERIFY(log.contains(QStringLiteral("C_GenerateRandom 2 CKR_DEVICE_ERROR")));
        QVERIFY(log.contains(QStringLiteral("C_GenerateRandom 3 CKR_DEVICE_REMOVED")));
    }

    // Control: SoftHSM2 keeps an operation active after a size query, so a shim that failed
    // C_Encrypt without calling through would leave it open.
    void softHsmKeepsAnOperationOpen() {
        arm("");
        QCOMPARE(encrypt(m_real, true), CKR_OK);
        CK_MECHANISM m{CKM_AES_ECB, nullptr, 0};
        QCOMPARE(m_real->C_EncryptInit(m_s, &m, m_key), CKR_OPERATION_ACTIVE);
        QVERIFY(encrypt(m_real, false) == CKR_OPERATION_ACTIVE); // the init fails, the op still open
        unsigned char in[16] = {}, out[16];
        CK_ULONG len = sizeof out;
        QCOMPARE(m_real->C_Encrypt(m_s, in, sizeof in, out, &len), CKR_OK); // finishes it
    }

    void failedOperationsAreClosed_data() {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<bool>("sizeQuery");
        QTest::newRow("C_Encrypt, size query") << QByteArray("C_Encrypt:1:CKR_DEVICE_ERROR") << true;
        QTest::newRow("C_Encrypt") << QByteArray("C_Encrypt:1:CKR_SESSION_HANDLE_INVALID") << false;
    }
    void failedOperationsAreClosed() {
        QFETCH(QByteArray, plan);
        QFETCH(bool, sizeQuery);
        arm(plan);
        const CK_RV rv = encrypt(m_f, sizeQuery);
        QVERIFY2(rv != CKR_OK, "the planned fault did not fire");
        arm("");
        QCOMPARE(encrypt(m_f, false), CKR_OK); // no CKR_OPERATION_ACTIVE
    }

    void failedSignAndFindAreClosed() {
        CK_MECHANISM cmac{CKM_AES_CMAC, nullptr, 0};
        unsigned char data[16] = {}, sig[16];
        CK_ULONG len = sizeof sig;
        arm("C_Sign:1:CKR_DEVICE_ERROR");
        QCOMPARE(m_f->C_SignInit(m_s, &cmac, m_key), CKR_OK);
        QCOMPARE(m_f->C_Sign(m_s, data, sizeof data, sig, &len), CKR_DEVICE_ERROR);
        QCOMPARE(m_f->C_SignInit(m_s, &cmac, m_key), CKR_OK);
        len = sizeof sig;
        QCOMPARE(m_f->C_Sign(m_s, data, sizeof data, sig, &len), CKR_OK);

        arm("C_Sign:1:CKR_DEVICE_ERROR");
        QCOMPARE(m_f->C_SignInit(m_s, &cmac, m_key), CKR_OK);
        QCOMPARE(m_f->C_Sign(m_s, data, sizeof data, nullptr, &len), CKR_DEVICE_ERROR); // a size query
        QCOMPARE(m_f->C_SignInit(m_s, &cmac, m_key), CKR_OK);
        len = sizeof sig;
        QCOMPARE(m_f->C_Sign(m_s, data, sizeof data, sig, &len), CKR_OK);

        arm("C_SignUpdate:1:CKR_DEVICE_REMOVED");
        QCOMPARE(m_f->C_SignInit(m_s, &cmac, m_key), CKR_OK);
        QCOMPARE(m_f->C_SignUpdate(m_s, data, sizeof data), CKR_DEVICE_REMOVED);
        QCOMPARE(m_f->C_SignInit(m_s, &cmac, m_key), CKR_OK);
        len = sizeof sig;
        QCOMPARE(m_f->C_Sign(m_s, data, sizeof data, sig, &len), CKR_OK);

        arm("C_FindObjects:1:CKR_DEVICE_ERROR");
        QCOMPARE(m_f->C_FindObjectsInit(m_s, nullptr, 0), CKR_OK);
        CK_OBJECT_HANDLE found[4];
        CK_ULONG n = 0;
        QCOMPARE(m_f->C_FindObjects(m_s, found, 4, &n), CKR_DEVICE_ERROR);
        QCOMPARE(m_f->C_FindObjectsInit(m_s, nullptr, 0), CKR_OK);
        QCOMPARE(m_f->C_FindObjects(m_s, found, 4, &n), CKR_OK);
        QCOMPARE(m_f->C_FindObjectsFinal(m_s), CKR_OK);
        arm("");
    }

    void countsAreWritten() {
        QFile::remove(m_counts);
        arm("# counts restart with a new plan\n");
        unsigned char buf[8];
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_f->C_GenerateRandom(m_s, buf, sizeof buf), CKR_OK);
        QCOMPARE(m_f->C_Finalize(nullptr), CKR_OK);
        const auto counts = test::FaultInjection::readCounts(m_counts);
        QCOMPARE(counts.value(QStringLiteral("C_GenerateRandom")), 3UL);
        QCOMPARE(counts.value(QStringLiteral("C_Finalize")), 1UL);
        const auto sites =
            test::FaultInjection::sample({{QStringLiteral("C_X"), 9}, {QStringLiteral("C_Y"), 1}});
        QCOMPARE(sites.size(), 4); // C_X#1, #5, #9; C_Y#1
        QCOMPARE(sites[1].toString(), QStringLiteral("C_X#5"));
    }
};

QTEST_GUILESS_MAIN(TestFaultp11Module)
#include "test_faultp11_module.moc"
