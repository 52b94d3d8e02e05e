import Testing
@testable import DecorumCore

@Suite("UK identifiers")
struct IdentifierDetectorTests {
    typealias P = IdentifiersTestPolicy

    // MARK: NHS numbers

    @Test("a valid NHS number written plain, 3-3-4 or with dashes is an NHS number", arguments: [
        ("My NHS number is 943 476 5919 if that helps", "943 476 5919"),
        ("nhs no 9434765919", "9434765919"),
        ("her number is 943-476-5919 can someone ring me", "943-476-5919"),
        ("4010232137 is his NHS number", "4010232137"),
        ("NHS: 401 023 2137.", "401 023 2137"),
        ("nhs number 94347 65919", "94347 65919"),
        ("My dad's NHS number is 485 777 3457 can someone call him back", "485 777 3457"),
        ("4829301740", "4829301740"),
    ])
    func nhsNumbers(text: String, number: String) {
        #expect(P.found(.nhsNumber, in: text) == [number])
        #expect(P.found(.phone, in: text).isEmpty)
    }

    @Test("an NHS number with a wrong check digit is not an NHS number", arguments: [
        "My NHS number is 943 476 5918",
        "NHS no 9434765910",
        "nhs 401-023-2138",
        "NHS number 1234567890",
    ])
    func invalidNHSNumbers(text: String) {
        #expect(P.found(.nhsNumber, in: text).isEmpty)
    }

    @Test("a valid check digit inside a longer run, a reference or one repeated digit is not an NHS number", arguments: [
        "order 9434765919 has not arrived",
        "Our order number is 4829301740",
        "Please call our customer service representative on 7679046492 now",
        "tracking number 9434765919",
        "ref no. 943 476 5919",
        "account 94347659190",
        "code 19434765919",
        "0000000000",
        "it cost £9434765919",
        "https://facebook.com/groups/9434765919",
        "ABC9434765919",
    ])
    func nhsLookalikes(text: String) {
        #expect(P.found(.nhsNumber, in: text).isEmpty)
    }

    // MARK: Phones

    @Test("a UK phone number in any common written form is a phone number", arguments: [
        ("ring me on +44 7700 900123 please", "+44 7700 900123"),
        ("+44 (0)7700 900123", "+44 (0)7700 900123"),
        ("0044 7700 900123", "0044 7700 900123"),
        ("+447700900123", "+447700900123"),
        ("text 07700900123", "07700900123"),
        ("call her on 07700 900 123!", "07700 900 123"),
        ("07700-900-123", "07700-900-123"),
        ("his landline is 0116 123 4567", "0116 123 4567"),
        ("020 7946 0018", "020 7946 0018"),
        ("0300 123 4567 is the hospital", "0300 123 4567"),
        ("0800 123 4567", "0800 123 4567"),
        ("0845 678 9012", "0845 678 9012"),
        ("0870 123 4567", "0870 123 4567"),
        ("(0116) 296 1234", "(0116) 296 1234"),
        ("tel:07700900123", "07700900123"),
        ("07700.900.123", "07700.900.123"),
        ("016977 2345", "016977 2345"),
        ("my mobile is 07700 900123.", "07700 900123"),
        ("Please call our customer service representative on 7679046492 now", "7679046492"),
    ])
    func phones(text: String, number: String) {
        #expect(P.found(.phone, in: text) == [number])
        #expect(P.found(.nhsNumber, in: text).isEmpty)
    }

    @Test("two numbers side by side are two phone numbers")
    func twoPhones() {
        #expect(P.found(.phone, in: "07700 900123 07700 900456") == ["07700 900123", "07700 900456"])
        #expect(P.found(.phone, in: "home 0116 123 4567 or mobile 07700900123") == ["0116 123 4567", "07700900123"])
    }

    @Test("service numbers, prices, times, dates, years and short or long numbers are not phone numbers", arguments: [
        "ring 111 or 999 if it is urgent",
        "NHS 111 were useless",
        "it was £12.50 for a prescription",
        "the phone lines open at 08:00 and I called at 10:30",
        "appointment on 12/03/2025",
        "since 2019",
        "Room 101",
        "07700 900 12",
        "0770090012345",
        "077009001234",
        "0600 123 4567",
        "0200 123 456",
        "order 07700900123",
        "1,234,567,890 people",
        "waited 45 minutes from 8.00 to 8.45",
        "£0.01 0.02",
        "ID 01509412232x",
        "Booking ref 7305 2281 93",
    ])
    func notPhones(text: String) {
        #expect(P.found(.phone, in: text).isEmpty)
    }

    @Test("the practice's own phone number is marked as the practice's", arguments: [
        "01509 412232", "01509412232", "(01509) 412232", "+44 1509 412232", "+44 (0)1509 412232",
    ])
    func practicePhone(number: String) {
        let entities = P.entities("you can ring them on \(number) from 8am")
        #expect(entities.count == 1)
        #expect(entities.first?.kind == .phone)
        #expect(entities.first?.subject == .practice)
    }

    @Test("someone else's phone number is not marked as the practice's")
    func otherPhone() {
        let entities = P.entities("call my mum on 01509 412233")
        #expect(entities.map(\.subject) == [.unknown])
    }

    @Test("a 3-3-4 number that passes the check is an NHS number, not a phone number")
    func nhsOverPhone() {
        #expect(P.found(.nhsNumber, in: "patient 943 476 5919") == ["943 476 5919"])
        #expect(P.found(.phone, in: "patient 943 476 5919").isEmpty)
    }

    // MARK: E-mail

    @Test("an e-mail address is found whole", arguments: [
        ("email me at jo.bloggs@gmail.com", "jo.bloggs@gmail.com"),
        ("JO_BLOGGS+nhs@Hotmail.co.uk.", "JO_BLOGGS+nhs@Hotmail.co.uk"),
        ("(sarah-jane.o'neill@btinternet.com)", "sarah-jane.o'neill@btinternet.com"),
        ("contact: mike99@yahoo.com, thanks", "mike99@yahoo.com"),
        ("jo.bloggs [at] gmail.com", "jo.bloggs [at] gmail.com"),
    ])
    func emails(text: String, email: String) {
        #expect(P.found(.email, in: text) == [email])
    }

    @Test("mentions, handles and file names are not e-mail addresses", arguments: [
        "@Karen thank you so much",
        "me@home later",
        "logo@2x.png",
        "jo..bloggs@gmail.com",
        "meet @ 10",
        "user@localhost",
        "just show msg+ticket@kiosk.Valid 4-7/12",
        "rate 5000@sq.mtr",
    ])
    func notEmails(text: String) {
        #expect(P.found(.email, in: text).isEmpty)
    }

    @Test("the practice's own e-mail and its domains are marked as the practice's", arguments: [
        "quorn.reception@nhs.net", "Quorn.Reception@NHS.net", "appointments@quornmedical.nhs.uk", "someone@nhs.uk",
    ])
    func practiceEmail(email: String) {
        let entities = P.entities("email \(email) about it")
        #expect(entities.map(\.kind) == [.email])
        #expect(entities.first?.subject == .practice)
    }

    @Test("a personal e-mail address is not marked as the practice's")
    func personalEmail() {
        #expect(P.entities("jo.bloggs@gmail.com").map(\.subject) == [.unknown])
    }

    @Test("an e-mail address's digits are not also a phone number")
    func emailDigits() {
        let entities = P.entities("07700900123@gmail.com")
        #expect(entities.map(\.kind) == [.email])
    }

    // MARK: Postcodes

    @Test("a full UK postcode in any case, with or without the space, is a postcode", arguments: [
        ("she lives in LE11 3QF", "LE11 3QF"),
        ("le11 3qf", "le11 3qf"),
        ("LE113QF", "LE113QF"),
        ("M1 1AE", "M1 1AE"),
        ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"),
        ("W1A 0AX", "W1A 0AX"),
        ("EC1A 1BB", "EC1A 1BB"),
        ("SW1A 2AA", "SW1A 2AA"),
        ("GIR 0AA", "GIR 0AA"),
    ])
    func postcodes(text: String, postcode: String) {
        #expect(P.found(.postcode, in: text) == [postcode])
    }

    @Test("outward codes alone, times and impossible letters are not postcodes", arguments: [
        "we are in LE12 now",
        "see you b4 7am",
        "b4 9pm",
        "LE12 8CP",
        "LE12 8BI",
        "QE1 1AA",
        "AZ1 1AA",
        "W1I 1AA",
        "EC1C 1BB",
        "Room 101",
        "covid19 was awful",
        "it was 12 noon",
        "had my jab b4 2nd dose",
        "see you on the m1 5th of june",
    ])
    func notPostcodes(text: String) {
        #expect(P.found(.postcode, in: text).isEmpty)
    }

    @Test("the practice's own postcode is marked as the practice's")
    func practicePostcode() {
        #expect(P.entities("the surgery is at LE12 8BP").map(\.subject) == [.practice])
        #expect(P.entities("the surgery is at le128bp").map(\.subject) == [.practice])
        #expect(P.entities("I live at LE12 8BQ").map(\.subject) == [.unknown])
    }

    // MARK: Dates of birth

    @Test("a date with a birth cue is a date of birth", arguments: [
        ("DOB 12/03/1958", "12/03/1958"),
        ("D.O.B: 12.3.58", "12.3.58"),
        ("d.o.b 12-03-1958", "12-03-1958"),
        ("her date of birth is 12 March 1958", "12 March 1958"),
        ("he was born on March 12th 1958", "March 12th 1958"),
        ("my son was born on the 3rd of June 1990", "3rd of June 1990"),
        ("born 1958-03-12 in Leicester", "1958-03-12"),
        ("my birthday is 12th March", "12th March"),
        ("12/03/1958 (DOB) please check", "12/03/1958"),
        ("DOB is 3 Sept 1947", "3 Sept 1947"),
        ("dob: 21st december, 1961", "21st december, 1961"),
        ("DOB 12031958", "12031958"),
    ])
    func datesOfBirth(text: String, date: String) {
        #expect(P.found(.dateOfBirth, in: text) == [date])
    }

    @Test("a date without a birth cue is not a date of birth", arguments: [
        "my appointment is on 12/03/2025",
        "I waited from 12 March until 3rd of June",
        "the clinic on March 12th 2025 was cancelled",
        "Happy birthday mum! 12th March is a great day",
        "I was born in Leicester and have been with the surgery since 12/03/1990 as a patient",
        "born in 1958",
        "the baby was born last week, appointment 12/03/2025 went fine",
        "DOB please? Call 0116 123 4567",
        "born on 12345678",
        "since my baby was born in October. 2 home visits since",
    ])
    func notDatesOfBirth(text: String) {
        #expect(P.found(.dateOfBirth, in: text).isEmpty)
    }

    // MARK: Addresses

    @Test("a house number, street name and street type is an address", arguments: [
        ("she lives at 12 Station Road", "12 Station Road"),
        ("he's at 4a meadow lane", "4a meadow lane"),
        ("Flat 2, 14 Meadow Close", "Flat 2, 14 Meadow Close"),
        ("14 The Green", "14 The Green"),
        ("number 27 St Mary's Road", "27 St Mary's Road"),
        ("send it to 3 Barrow Rd, Quorn, Loughborough LE12 8BQ", "3 Barrow Rd, Quorn, Loughborough LE12 8BQ"),
        ("5 Ashby-de-la-Zouch Road", "5 Ashby-de-la-Zouch Road"),
        ("12 station street", "12 station street"),
        ("she lives on Barrow Road", "Barrow Road"),
        ("they live at leicester road", "leicester road"),
        ("lives in Fairfield Avenue, Quorn", "Fairfield Avenue, Quorn"),
    ])
    func addresses(text: String, address: String) {
        #expect(P.found(.address, in: text) == [address])
    }

    @Test("distances, counts and everyday phrases are not addresses", arguments: [
        "I waited 2 hours down the road",
        "3 green bottles",
        "10 minute walk",
        "took 2 people close to tears",
        "Room 101 Green Court",
        "it is a 5 minute drive",
        "lives on his own",
        "the road was closed",
        "1st class service",
        "my 2 kids view it differently",
        "£5 Station Road parking",
        "I DECIDED 2 GO N E WAY IM BROKE",
        "would like it to stay in Broad St building",
    ])
    func notAddresses(text: String) {
        #expect(P.found(.address, in: text).isEmpty)
    }

    @Test("an address with the practice's postcode is the practice's")
    func practiceAddress() {
        let entities = P.entities("Station Road, Quorn is at 2 Station Road, Quorn LE12 8BP")
        #expect(entities.filter { $0.kind == .address }.map(\.subject) == [.practice])
        #expect(entities.filter { $0.kind == .postcode }.map(\.subject) == [.practice])
    }

    // MARK: Everything

    @Test("spans count Unicode scalars and entities come in text order")
    func spans() {
        let text = "😀 DOB 12/03/1958, 07700 900123, jo@gmail.com, LE11 3QF"
        let entities = P.entities(text)
        #expect(entities.map(\.kind) == [.dateOfBirth, .phone, .email, .postcode])
        let analyzed = AnalyzedText(text)
        for entity in entities { #expect(analyzed.text(entity.span) == entity.text) }
        #expect(entities.allSatisfy { $0.detector == "uk-identifiers" })
    }

    @Test("a clean comment has no identifiers", arguments: [
        "Is the flu clinic still on Saturday? Thanks",
        "Thank you to all the team, 10/10 service",
        "Bank holiday hours: 8:00-18:30",
        "Dr Who is on tonight at 7.30",
        "My mum says thanks for the flu jab reminder",
        "waited 3 weeks for 2 prescriptions, 45 mins on hold, call 111",
    ])
    func clean(text: String) {
        #expect(P.entities(text).isEmpty)
    }
}
