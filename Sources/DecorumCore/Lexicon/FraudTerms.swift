/// Scam, spam and phishing signals, for `FraudDetector`.
enum FraudTerms {
    /// Prescription-only and controlled medicines that scammers sell.
    static let medicines = "diazepam|valium|xanax|alprazolam|tramadol|codeine|oxycodone|oxycontin|oxy|fentanyl|pregabalin|lyrica|gabapentin|zopiclone|zolpidem|ambien|temazepam|lorazepam|nitrazepam|etizolam|clonazepam|klonopin|modafinil|armodafinil|adderall|ritalin|methylphenidate|vyvanse|elvanse|viagra|cialis|sildenafil|tadalafil|kamagra|ozempic|wegovy|mounjaro|saxenda|semaglutide|tirzepatide|liraglutide|phentermine|duromine|clenbuterol|anavar|steroids|sarms|morphine|dihydrocodeine|ketamine|benzos|benzodiazepines|dnp|retatrutide"
    static let sellVerbs = "buy|purchase|selling|sell|sells|supply|supplying|supplier|suppliers|vendor|shipping|ship"
    /// Ways of taking a conversation private.
    static let privateContact = "dm|pm|inbox|message|msg|messege|whatsapp|telegram|wa|snapchat|snap|kik|wickr"

    /// `confidence kind pattern`; a kind is counted once, at its strongest.
    static let phrases = """
    0.88 medicine no|without [a] prescription|prescriptions|script|rx|gp|doctor|consultation ~1 needed|required|necessary|neccessary
    0.85 medicine prescription|script free
    0.85 medicine \(sellVerbs) ~3 \(medicines)
    0.85 medicine \(medicines) ~3 sale|dm|pm|inbox|whatsapp|telegram|discreet|discrete|nextday|worldwide|wholesale|bulk|cheap|cheapest
    0.85 medicine weight loss jab*|injection*|pen|pens|shot|shots ~4 dm|pm|inbox|message|whatsapp|sale|price*|cheap|cheapest|delivered|discreet
    0.85 medicine fat|skinny|slimming jab*|injection*|pen|pens|shot|shots ~4 dm|pm|inbox|message|whatsapp|sale|price*|cheap|cheapest|delivered|discreet|available
    0.80 medicine \(privateContact) ~2 me|us ~3 \(medicines)
    0.40 money bitcoin|btc|crypto*|cryptocurrency|forex|ethereum|usdt
    0.75 money binary option*
    0.85 money invest|invested|investing|investment|investments|investor|investors|trading|trade|trader ~4 bitcoin|btc|crypto*|forex|profit*|returns|daily|weekly|income|binary
    0.85 money bitcoin|btc|crypto*|forex ~4 profit*|returns|earn*|income|invest|invested|investing|investment|mining|trader|expert|mentor|account manager
    0.80 money investment ~2 opportunity|platform|returns|profits|scheme|plan|package|manager|expert|mentor
    0.75 money passive|extra|residual income
    0.75 money financial freedom
    0.75 money financially free|independent
    0.70 money side hustle
    0.75 money earn|make|making ~2 money|cash|income ~2 online|daily|weekly|fast|easy|quick
    0.75 money earn|earning ~3 from home
    0.75 money make|making money|cash|income ~2 from home
    0.35 money work|working from home
    0.85 money double|triple your ~1 money|investment|bitcoin|income|cash
    0.65 money 100|guaranteed ~1 profit*|returns|income|legit|genuine
    0.60 money account|trading manager
    0.70 loan payday loan*
    0.70 loan loan*|lender|lenders ~3 approved|guaranteed|instant|fast|quick|apply|available|offer*|credit
    0.60 loan debt|debts ~2 written|wiped|cleared
    0.45 prize giveaway|giveaways
    0.85 prize youve|uve won
    0.85 prize you|u have won
    0.85 prize you|u are|r ~1 lucky|the winner
    0.85 prize youre ~1 lucky|the winner
    0.75 prize claim your|ur ~2 prize|reward|voucher|gift|refund|winnings|cash
    0.75 prize congratulations|congrats ~4 won|winner|selected|eligible|chosen
    0.65 prize free ~1 iphone|ipad|ps5|giftcard|vouchers|voucher|gift|cash|money|samsung
    0.70 prize awarded|selected|chosen ~4 prize|reward|bonus|cash|voucher|vouchers|holiday
    0.45 prize prize|prizes|winnings
    0.60 prize call|ring|dial 09*|087*
    0.60 promo txt|text|reply|send ~3 to 8*|6*
    0.40 promo urgent
    0.60 prize cash app
    0.60 prize cashapp
    0.50 prize paypal me
    0.80 adult onlyfans|fansly|hookup|hookups
    0.75 adult escort|escorts agency|service|services|girls
    0.80 adult sugar daddy|mummy|momma|mama|baby
    0.75 adult hot|lonely|sexy singles|milfs
    0.45 promo check|visit|see my|our profile|page|bio|website|site
    0.55 promo link|links in ~1 bio|profile
    0.45 promo click|tap|follow ~2 link|here|below
    0.45 promo serious ~1 enquiries|inquiries|buyers only
    0.40 promo limited ~1 spaces|offer|time|places|slots
    0.45 promo no upfront ~1 fees|fee|cost|payment
    0.45 promo 100 legit|genuine
    0.35 contact \(privateContact) me|us|meh
    0.45 contact \(privateContact) me|us ~2 for|now|today|asap|details|info|more|prices
    0.55 contact whatsapp|telegram|wa ~3 0*|number|me
    0.45 link dot com|co|net|org|uk|xyz|ly|io|info
    0.88 credentials verify|confirm|update|validate|reenter|enter|provide|send|submit|share|reactivate|unlock|reconfirm ~3 your|ur ~2 password|pin|bank|card|passcode|otp|credentials|username|login|sort|security|cvv
    0.88 credentials verify|confirm|update|validate|reenter|enter|provide|send|submit|share|reactivate|unlock|reconfirm ~3 your|ur nhs ~1 login|log|account|number|password
    0.80 credentials account|nhs|profile|app ~3 suspended|locked|restricted|compromised|deactivated|blocked|expire*|disabled|flagged|deleted ~5 click|verify|link|confirm|within|immediately|update|avoid
    0.70 credentials unusual|suspicious activity|login|sign ~2 account|detected
    0.75 credentials click|tap|follow|visit ~3 link|here|below ~3 verify|confirm|claim|update|reactivate|unlock|avoid|secure
    0.85 credentials send|give|tell|share|dm|pm|message|inbox ~1 me|us ~2 your|ur ~2 password|pin|bank|card|login|otp|code|passcode|sort|cvv|nhs|date
    """

    /// Services that hide where a link goes.
    static let shorteners: Set<String> = [
        "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "cutt.ly", "rb.gy", "buff.ly", "t.ly", "shorturl.at",
        "tiny.cc", "rebrand.ly", "bl.ink", "s.id", "v.gd", "lnkd.in", "short.io", "shorturl.com", "tiny.one", "qrco.de",
        "linktr.ee", "urlz.fr", "shorte.st", "adf.ly", "bitly.com", "x.co", "soo.gd", "clck.ru", "n9.cl", "t2m.io", "wa.link", "wa.me",
    ]

    /// Well-known sites patients share that are no sign of a scam.
    static let reputable = "bbc.co.uk bbc.com facebook.com fb.com m.facebook.com youtube.com youtu.be google.com google.co.uk nice.org.uk who.int patient.info nhsinform.scot gov.wales mind.org.uk cancerresearchuk.org macmillan.org.uk diabetes.org.uk bhf.org.uk theguardian.com itv.com leicestermercury.co.uk boots.com instagram.com"

    /// Endings that cost little and are mostly used for throwaway sites.
    static let cheapEndings = "xyz top click link online site buzz icu cam tk ml ga cf gq sbs cfd rest lol win bid loan vip shop store live fun space website pw ws su ru cn"

    /// Words in a host name that phishing and pill sites use.
    static let hostBait = "login signin logon verify verification secure account update portal wallet refund claim prize bonus pharmacy pharma meds pills rx crypto invest profit loan payment billing appointment booking covid vaccine jab"

    /// Words in a practice's name that do not tell it from another.
    static let genericNameWords = "the medical medicals centre center surgery practice practise health healthcare group clinic gp gps partnership family doctors doctor and of nhs primary care community hospital unit st saint road lane street village town"

    /// Words added to a copied practice name by impersonators.
    static let impersonatorWords = "support help helpdesk desk team admin administrator official service services customer info verification verify appointments appointment patient patients online booking bookings reception contact update updates page fb giveaway enquiries department dept nhs uk"
}
