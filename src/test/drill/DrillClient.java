import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster drill's client (run by run-drill.sh): enterprises register, draft, upload and submit through
 * nginx; staff claim and work every step; an administrator makes public-notice timers due so that the
 * nodes' job executors fire them. Every request is retried on a failure with the same Idempotency-Key,
 * every answer is counted, and what the API accepted is remembered. Afterwards it checks the database
 * and the API and prints the counts; it exits 1 when a check fails.
 *
 * Usage: java DrillClient.java BASE_URL JDBC_URL DB_USER DB_PASSWORD LOAD_SECONDS DRAIN_SECONDS ENTERPRISES
 * (with the PostgreSQL driver on the class path).
 */
public class DrillClient {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final Pattern TASK = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"taskDefinitionKey\":\""
            + "([^\"]+)\",\"applicationId\":(\\d+),\"applicationNumber\":\"[^\"]*\",\"programme\":\"[^\"]*\","
            + "\"region\":\"[^\"]*\",\"assignee\":(null|\"[^\"]*\")");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static final byte[] PDF = onePagePdf();

    /** A small, well-formed one-page PDF (catalog, page tree, page, cross-reference table), as uploads are parsed. */
    static byte[] onePagePdf() {
        String[] objects = {"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n").append(start).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    final String base;
    volatile boolean loading = true;
    volatile boolean running = true;
    final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    final List<String> unclean = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger transportErrors = new AtomicInteger();
    final Map<Long, String> acceptedDrafts = new ConcurrentHashMap<>();
    final Set<Long> acceptedSubmissions = ConcurrentHashMap.newKeySet();
    final Set<Long> confirmedPayments = ConcurrentHashMap.newKeySet();
    final Set<String> scored = ConcurrentHashMap.newKeySet();
    final AtomicInteger registrations = new AtomicInteger();
    final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    DrillClient(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        DrillClient client = new DrillClient(args[0]);
        int load = Integer.parseInt(args[4]);
        int drain = Integer.parseInt(args[5]);
        int enterprises = Integer.parseInt(args[6]);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < enterprises; i++) {
            int n = i;
            threads.add(started(() -> client.enterprise(n)));
        }
        for (String staff : List.of("reviewer1", "reviewer2", "reviewer3", "expert1", "expert2", "expert3", "expert4",
                "expert5", "expert6",
                "approver1", "finance1")) {
            threads.add(started(() -> client.staff(staff)));
        }
        threads.add(started(client::noticeClock));
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).toSeconds() < load) {
            Thread.sleep(5000);
            System.out.printf("drill client: %3d s, %d drafts, %d submitted, %d paid, answers %s%n",
                    Duration.between(start, Instant.now()).toSeconds(), client.acceptedDrafts.size(),
                    client.acceptedSubmissions.size(), client.confirmedPayments.size(), new TreeMap<>(client.counts()));
        }
        client.loading = false;
        System.out.println("drill client: load over, staff drain open work for " + drain + " s");
        Thread.sleep(drain * 1000L);
        client.running = false;
        for (Thread t : threads) {
            t.join(120_000);
        }
        boolean ok = client.check(args[1], args[2], args[3]);
        System.exit(ok ? 0 : 1);
    }

    static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    Map<String, Integer> counts() {
        Map<String, Integer> copy = new TreeMap<>();
        answers.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    // ---- load --------------------------------------------------------------------------------------------

    void enterprise(int n) {
        while (loading) {
            try {
                String user = register(n);
                if (user == null) {
                    continue;
                }
                for (int app = 0; app < 3 && loading; app++) {
                    apply(user);
                }
            } catch (RuntimeException e) {
                System.out.println("enterprise " + n + ": " + e);
            }
        }
    }

    String register(int n) {
        int i = registrations.incrementAndGet();
        String user = ("drill" + run + "x" + i).toLowerCase();
        StringBuilder first17 = new StringBuilder("91150" + (i % 2 == 0 ? "200" : "100") + "MA");
        while (first17.length() < 17) {
            first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        String code = first17.toString() + check(first17.toString());
        String body = json(Map.of("username", user, "password", "Drill-Steppe-Horse-26", "enterpriseName", "演练企业 " + user,
                "creditCode", code, "region", i % 2 == 0 ? "150200" : "150100", "contactName", "演练",
                "contactPhone", "0471-1234567", "email", user + "@example.org"));
        // A lost answer may hide a registration that took place: 409 on a retry then means "done".
        HttpResponse<String> r = retrying(() -> send("POST", "/api/enterprises", null, body, null), 201, 409);
        if (r == null) {
            return null;
        }
        // The grant pays money, so its submission needs the enterprise's complete profile.
        String people = json(Map.of("legalRepresentative", "演练", "contactName", "演练", "contactPhone", "0471-1234567",
                "email", user + "@example.org", "address", "呼和浩特市演练路 1 号"));
        String profile = people.substring(0, people.length() - 1) + ",\"bankAccount\":" + json(Map.of("bankName",
                "演练银行", "accountName", "演练企业 " + user, "accountNumber", "1234567890123")) + "}";
        return retrying(() -> send("PUT", "/api/enterprise", user, profile, null), 200) != null ? user : null;
    }

    void apply(String user) {
        String createKey = UUID.randomUUID().toString();
        String data = "{\"programme\":\"patent-transformation-grant\",\"data\":{\"projectName\":\"演练项目 " + createKey
                + "\",\"projectSummary\":\"集群演练\",\"patents\":[{\"patentNumber\":\"ZL202310123456.6\",\"title\":\"演练专利\","
                + "\"patentType\":\"invention\",\"acquisition\":\"transferred\",\"cnipaRecordNumber\":\"2023990000123\"}],"
                + "\"transferFeePaid\":100000,\"totalInvestment\":3000000,\"amountRequested\":40000,"
                + "\"expectedOutput\":800,\"expectedJobs\":25}}";
        HttpResponse<String> created = retrying(() -> send("POST", "/api/applications", user, data, createKey), 201);
        if (created == null) {
            return;
        }
        long id = Long.parseLong(first(ID, created.body()));
        acceptedDrafts.put(id, user);
        for (String kind : List.of("patent-certificate", "contract", "contract-registration", "payment-proof",
                "business-licence")) {
            if (retrying(() -> upload(user, id, kind), 201) == null) {
                return;
            }
        }
        String submitKey = UUID.randomUUID().toString();
        if (retrying(() -> send("POST", "/api/applications/" + id + "/submit", user, null, submitKey), 200) != null) {
            acceptedSubmissions.add(id);
        }
    }

    void staff(String user) {
        // Separation of duties: each review step of an application by someone else (the inbox offers no other).
        // The grant's experts are drawn from the pool: each works the declarations and scores assigned to them.
        List<String> expertSteps = List.of("Task_ExpertDeclaration", "Task_ExpertScoring");
        Map<String, List<String>> steps = Map.ofEntries(
                Map.entry("reviewer1", List.of("Task_RegionalPreReview")),
                Map.entry("reviewer2", List.of("Task_RegionalPreReview")),
                Map.entry("reviewer3", List.of("Task_FormalReview")),
                Map.entry("expert1", expertSteps), Map.entry("expert2", expertSteps), Map.entry("expert3", expertSteps),
                Map.entry("expert4", expertSteps), Map.entry("expert5", expertSteps), Map.entry("expert6", expertSteps),
                Map.entry("approver1", List.of("Task_ApproverDecision")),
                Map.entry("finance1", List.of("Task_Disbursement")));
        while (running) {
            boolean worked = false;
            for (String step : steps.get(user)) {
                HttpResponse<String> list = attempt(() -> send("GET", "/api/tasks?sort=AGE&step=" + step, user, null, null));
                if (list == null || list.statusCode() != 200) {
                    pause(1000);
                    continue;
                }
                Matcher m = TASK.matcher(list.body());
                int taken = 0;
                while (m.find() && taken < 5 && running) {
                    String task = m.group(1);
                    long app = Long.parseLong(m.group(3));
                    boolean mine = m.group(4).equals("\"" + user + "\"");
                    if (!mine && !m.group(4).equals("null")) {
                        continue;
                    }
                    if (step.equals("Task_ExpertScoring") && scored.contains(user + "/" + app)) {
                        continue;
                    }
                    taken++;
                    worked |= work(user, step, task, app, mine);
                }
            }
            if (!worked) {
                pause(500);
            }
        }
    }

    boolean work(String user, String step, String task, long app, boolean mine) {
        if (!mine) {
            HttpResponse<String> claim = attempt(() -> send("POST", "/api/tasks/" + task + "/claim", user, null, null));
            if (claim == null || claim.statusCode() != 200) {
                return false;
            }
        }
        String data = switch (step) {
            case "Task_FormalReview" -> ThreadLocalRandom.current().nextInt(10) == 0
                    ? "{\"decision\":\"reject\",\"comment\":\"演练：不符合条件\"}" : "{\"decision\":\"approve\"}";
            case "Task_ExpertDeclaration" -> "{\"decision\":\"accept\"}";
            case "Task_ExpertScoring" -> "{\"score\":85,\"comment\":\"演练评分\"}";
            case "Task_ApproverDecision" -> "{\"decision\":\"approve\",\"approvedAmount\":1000}";
            case "Task_Disbursement" -> "{\"paidAmount\":1000,\"paymentReference\":\"DRILL-" + app + "\",\"paidOn\":\""
                    + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"}";
            default -> "{\"decision\":\"approve\"}";
        };
        HttpResponse<String> done = retrying(() -> send("POST", "/api/tasks/" + task + "/complete", user,
                "{\"data\":" + data + "}", null), 200, 400, 404);
        if (done == null) {
            return false;
        }
        if (done.statusCode() == 400 && step.equals("Task_ApproverDecision")) {
            // The yearly cap left less than asked: the approver rejects instead.
            done = retrying(() -> send("POST", "/api/tasks/" + task + "/complete", user,
                    "{\"data\":{\"decision\":\"reject\",\"comment\":\"演练：超出年度上限\"}}", null), 200, 404);
        } else if (done.statusCode() == 400) {
            attempt(() -> send("POST", "/api/tasks/" + task + "/unclaim", user, null, null));
        }
        if (done != null && done.statusCode() == 200) {
            if (step.equals("Task_ExpertScoring")) {
                scored.add(user + "/" + app);
            }
            if (step.equals("Task_Disbursement")) {
                confirmedPayments.add(app);
            }
            return true;
        }
        return false;
    }

    /**
     * The office would wait five working days: the administrator runs the notice timers now, through
     * IPFlow's admin API (with a reason, audited), as /engine-rest offers no job operations.
     */
    void noticeClock() {
        Pattern number = Pattern.compile("\"number\":\"([^\"]+)\"");
        Pattern job = Pattern.compile("\\{[^{}]*\\}");
        Pattern id = Pattern.compile("\"id\":\"([^\"]+)\"");
        while (running) {
            HttpResponse<String> notices = attempt(() -> send("GET", "/api/public/notices", null, null, null));
            if (notices != null && notices.statusCode() == 200) {
                Matcher n = number.matcher(notices.body());
                while (n.find() && running) {
                    String app = n.group(1);
                    HttpResponse<String> jobs = attempt(() -> send("GET", "/api/admin/applications/" + app + "/jobs",
                            "admin", null, null));
                    if (jobs == null || jobs.statusCode() != 200) {
                        continue;
                    }
                    Matcher m = job.matcher(jobs.body());
                    while (m.find()) {
                        if (m.group().contains("\"activity\":\"Timer_NoticeEnds\"")) {
                            String jobId = first(id, m.group());
                            attempt(() -> send("POST", "/api/admin/jobs/" + jobId + "/run", "admin",
                                    "{\"reason\":\"drill: five working days in seconds\"}", null));
                        }
                    }
                }
            }
            pause(3000);
        }
    }

    // ---- HTTP --------------------------------------------------------------------------------------------

    interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    /** Sends until one of the expected answers comes (a 5xx or a broken connection is retried); null if never. */
    HttpResponse<String> retrying(Call call, int... expected) {
        for (int attempt = 0; attempt < 60 && running; attempt++) {
            HttpResponse<String> r = attempt(call);
            if (r != null) {
                for (int status : expected) {
                    if (r.statusCode() == status) {
                        return r;
                    }
                }
                if (r.statusCode() < 500) {
                    return null;
                }
            }
            pause(1000);
        }
        return null;
    }

    HttpResponse<String> attempt(Call call) {
        try {
            HttpResponse<String> r = call.send();
            answers.computeIfAbsent(Integer.toString(r.statusCode()), k -> new AtomicInteger()).incrementAndGet();
            if (r.statusCode() >= 500) {
                String body = r.body() == null ? "" : r.body();
                boolean json = body.startsWith("{\"error\":");
                boolean stack = body.contains("Exception") || body.contains("\tat ") || body.contains("at org.");
                if (!(r.statusCode() == 502 || r.statusCode() == 503 || r.statusCode() == 504) || stack || !json) {
                    unclean.add(r.statusCode() + " " + r.request().method() + " " + r.uri().getPath() + ": "
                            + body.substring(0, Math.min(300, body.length())));
                }
            }
            return r;
        } catch (IOException e) {
            transportErrors.incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    HttpResponse<String> send(String method, String path, String user, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Accept-Language", "en");
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String user, long id, String kind) throws IOException, InterruptedException {
        String boundary = "drill" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + kind
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(PDF);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/applications/" + id + "/attachments"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        String password = user.startsWith("drill") ? "Drill-Steppe-Horse-26" : "demo";
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---- checks ------------------------------------------------------------------------------------------

    boolean check(String jdbcUrl, String dbUser, String dbPassword) throws Exception {
        List<String> failures = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            String drillUsers = "created_by like 'drill" + run.toLowerCase() + "x%'";
            long rows = count(db, "select count(*) from application where " + drillUsers);
            long keys = count(db, "select count(*) from idempotency_key where operation = 'CREATE' and username like 'drill"
                    + run.toLowerCase() + "x%'");
            long missing = acceptedDrafts.keySet().stream().filter(id -> count(db,
                    "select count(*) from application where id = " + id) != 1).count();
            long unsubmitted = acceptedSubmissions.stream().filter(id -> count(db,
                    "select count(*) from application where id = " + id + " and status <> 'DRAFT'") != 1).count();
            long processes = acceptedSubmissions.stream().filter(id -> count(db, "select count(*) from act_hi_procinst p "
                    + "join application a on a.number = p.business_key_ where a.id = " + id) != 1).count();
            long duplicateProcesses = count(db, "select count(*) from (select business_key_ from act_hi_procinst "
                    + "group by business_key_ having count(*) > 1) d");
            report("applications accepted by the API (201)", acceptedDrafts.size());
            report("applications in the database from the drill", rows);
            report("  of which made through an Idempotency-Key", keys);
            report("accepted applications missing or duplicated", missing);
            expect(failures, "every accepted application exists exactly once", missing == 0 && rows == keys);
            report("submissions accepted by the API (200)", acceptedSubmissions.size());
            report("accepted submissions not submitted in the database", unsubmitted);
            report("accepted submissions without exactly one process instance", processes);
            report("business keys with more than one process instance", duplicateProcesses);
            expect(failures, "every accepted submission has one process", unsubmitted == 0 && processes == 0
                    && duplicateProcesses == 0);

            Map<String, Long> byStatus = new TreeMap<>();
            long misplaced = 0;
            try (ResultSet rs = db.createStatement().executeQuery("select a.id, a.status, p.end_time_, "
                    + "(select string_agg(distinct e.act_id_, ',') from act_ru_execution e where e.proc_inst_id_ = "
                    + "a.process_instance_id and e.act_id_ not like '%#multiInstanceBody' and e.act_id_ <> "
                    + "'SubProcess_PublicNotice') as steps from application a left join act_hi_procinst p on "
                    + "p.proc_inst_id_ = a.process_instance_id where a.status <> 'DRAFT' and a." + drillUsers)) {
                while (rs.next()) {
                    String status = rs.getString("status");
                    byStatus.merge(status, 1L, Long::sum);
                    if (!where(status, rs.getTimestamp("end_time_") != null, rs.getString("steps"))) {
                        misplaced++;
                        System.out.println("  misplaced: application " + rs.getLong("id") + " " + status + " at "
                                + rs.getString("steps") + (rs.getTimestamp("end_time_") != null ? " (ended)" : ""));
                    }
                }
            }
            report("submitted applications by status " + byStatus, byStatus.values().stream().mapToLong(x -> x).sum());
            report("processes not where their status says", misplaced);
            expect(failures, "every process is where its history says", misplaced == 0);

            long disbursed = count(db, "select count(*) from application where status = 'DISBURSED' and " + drillUsers);
            long payments = count(db, "select count(*) from disbursement d join application a on a.id = d.application_id "
                    + "where a." + drillUsers);
            long unpaid = count(db, "select count(*) from application a where a.status = 'DISBURSED' and a." + drillUsers
                    + " and (select count(*) from disbursement d where d.application_id = a.id) <> 1");
            long strayPayments = count(db, "select count(*) from disbursement d join application a on a.id = "
                    + "d.application_id where a.status <> 'DISBURSED' and a." + drillUsers);
            long confirmedUnpaid = confirmedPayments.stream().filter(id -> count(db,
                    "select count(*) from disbursement where application_id = " + id) != 1).count();
            report("disbursements confirmed by the API (200)", confirmedPayments.size());
            report("applications DISBURSED", disbursed);
            report("payments recorded", payments);
            report("DISBURSED without exactly one payment", unpaid);
            report("payments of applications not DISBURSED", strayPayments);
            report("confirmed disbursements without exactly one payment", confirmedUnpaid);
            expect(failures, "no payment duplicated or missing", disbursed == payments && unpaid == 0
                    && strayPayments == 0 && confirmedUnpaid == 0);
            // Checks of "none lost, none doubled" also hold when nothing was done: the drill must have done work.
            expect(failures, "applications went all the way to payment", !confirmedPayments.isEmpty());

            long failedJobs = count(db, "select count(*) from act_ru_job where retries_ = 0");
            long expiredLocks = count(db, "select count(*) from act_ru_job where lock_owner_ is not null and "
                    + "lock_exp_time_ < now() - interval '30 seconds'");
            long overdue = count(db, "select count(*) from act_ru_job where retries_ > 0 and lock_owner_ is null and "
                    + "duedate_ < now() - interval '60 seconds'");
            long incidents = count(db, "select count(*) from act_ru_incident");
            long retried = count(db, "select count(*) from act_ru_job where exception_msg_ is not null");
            report("jobs with retries exhausted", failedJobs);
            report("jobs locked with an expired lock", expiredLocks);
            report("due jobs not picked up within 60 s", overdue);
            report("incidents", incidents);
            report("jobs waiting for a retry after a failure", retried);
            expect(failures, "no job stuck", failedJobs == 0 && expiredLocks == 0 && overdue == 0 && incidents == 0);

            long apiMismatch = 0;
            for (Map.Entry<Long, String> e : acceptedDrafts.entrySet()) {
                HttpResponse<String> r = attempt(() -> send("GET", "/api/applications/" + e.getKey(), e.getValue(), null, null));
                String dbStatus = string(db, "select status from application where id = " + e.getKey());
                if (r == null || r.statusCode() != 200 || !first(STATUS, r.body()).equals(dbStatus)) {
                    apiMismatch++;
                }
            }
            report("accepted applications the API shows differently from the database", apiMismatch);
            expect(failures, "the API agrees with the database", apiMismatch == 0);
        }
        report("answers by status " + counts(), counts().values().stream().mapToLong(x -> x).sum());
        report("connections nginx refused or dropped (retried)", transportErrors.get());
        report("5xx answers that were not a clean 502/503/504 JSON error", unclean.size());
        unclean.stream().limit(10).forEach(u -> System.out.println("  " + u));
        expect(failures, "outage answers are clean (503 JSON, never a stack trace)", unclean.isEmpty());
        System.out.println(failures.isEmpty() ? "DRILL PASSED" : "DRILL FAILED: " + failures);
        return failures.isEmpty();
    }

    /** Finished statuses end the process; the others wait exactly where that status belongs. */
    static boolean where(String status, boolean ended, String steps) {
        Set<String> allowed = switch (status) {
            case "SUBMITTED" -> Set.of("Task_RegionalPreReview");
            case "IN_REVIEW" -> Set.of("Task_FormalReview", "Task_ExpertDeclaration", "Task_ExpertScoring",
                    "Task_ApproverDecision");
            case "PUBLIC_NOTICE" -> Set.of("Timer_NoticeEnds", "Task_ReviewObjection", "StartEvent_ObjectionFiled");
            case "APPROVED" -> Set.of("Task_Disbursement");
            case "RETURNED" -> Set.of("Task_AwaitCorrection");
            default -> Set.of();
        };
        if (allowed.isEmpty()) {
            return ended && steps == null;
        }
        return !ended && steps != null && allowed.containsAll(List.of(steps.split(",")));
    }

    static void report(String what, long value) {
        System.out.printf("%8d  %s%n", value, what);
    }

    static void expect(List<String> failures, String what, boolean ok) {
        System.out.println((ok ? "   PASS   " : "   FAIL   ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    static long count(Connection db, String sql) {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static String string(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static String json(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v).append('"'));
        return out.append('}').toString();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
