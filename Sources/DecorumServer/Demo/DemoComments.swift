import DecorumCore

/// The demo stream's comments, in the order they are played: what visitors write on a GP practice's
/// Facebook page in a busy week, in many voices, with the categories a practice manager would give each.
///
/// About a third are clean (questions about clinics, opening hours, parking, thanks for a reminder,
/// hard negatives such as "I could kill for a coffee"); the rest cover every category of the code of
/// conduct, several in more than one. Everyone in them is made up: no real patients, numbers from
/// Ofcom's drama range (07700 900xxx), NHS numbers from the 999 range that is never issued (valid check
/// digits, so the engine reads them as NHS numbers), e-mail at example.com, staff from `examples/staff.csv`.
/// `DemoCorpusTests` judges every one with the real engine.
public enum DemoComments {
    /// Every demo comment, in play order; a reply follows the comment it answers.
    public static let all: [DemoComment] = [
        DemoComment(
            "Maureen Tansley", id: "2502111867908113",
            "Is the flu clinic still on this Saturday? Can I just turn up or do I need to book"),
        DemoComment(
            "Dean Whitworth", id: "5380446408282705",
            "You have to book, I rang Thursday and got a 10.20 slot. Took about 5 mins to get through",
            repliesToPrevious: true),
        DemoComment(
            "Siobhan Kelly", id: "1105820154671945",
            "Huge thank you to Nurse Beth for being so patient with my daughter at her jabs today, she was terrified going in and came out smiling 💕",
            expected: [.staffIdentification, .review]),
        DemoComment(
            "Kyle Broadhurst", id: "7140287434157106",
            "what time do u close on fridays"),
        DemoComment(
            "Gordon Pickering", id: "7894616573339495",
            "Worst surgery in the county. 8am phone queue, I'm number 27, and by 8.20 every appointment has gone. Every. Single. Day.",
            expected: [.review, .complaint]),
        DemoComment(
            "Amber-Leigh Cotton", id: "6260159388881418",
            "FREE NHS covid refund 💷 everyone who had the jab is owed £250, claim yours at nhs-refunds.co before Friday!!",
            expected: [.fraud]),
        DemoComment(
            "Joan Atherton", id: "8248987070711809",
            "Good afternoon. Could you kindly advise whether the surgery will be closed for staff training on Wednesday afternoon, as in previous months? Many thanks."),
        DemoComment(
            "Lee Shipley", id: "3195387936838782",
            "That Gary on reception needs to learn some manners. Spoke to me like I was something he'd trodden in",
            expected: [.staffIdentification, .complaint]),
        DemoComment(
            "Nadia Hussain", id: "9658695623906011",
            "Does anyone know if the chemist next door is open bank holiday Monday?"),
        DemoComment(
            "Tracey Dunmore", id: "6049150160336757",
            "Just seen Janet Kirby from number 14 coming out of the mental health clinic bless her, hope she's ok",
            expected: [.thirdPartyPII]),
        DemoComment(
            "Callum Reid", id: "9366424541015776",
            "you lot are a bunch of useless f***ing clowns",
            expected: [.abusive]),
        DemoComment(
            "Pauline Greaves", id: "4564145223974107",
            "Thank you for the reminder about the shingles jab, I'd never have known I was due. Booked in for next week."),
        DemoComment(
            "Ryan Toft", id: "6438883395014989",
            "I don't see the point in anything anymore. Been on the waiting list for counselling for 6 months. I've been saving up my tablets just in case",
            expected: [.safeguarding]),
        DemoComment(
            "Hannah Leggett", id: "1578326593268748",
            "Please ring 111 and choose the mental health option, or Samaritans on 116 123, they're there all night. You're not on your own ❤️",
            repliesToPrevious: true),
        DemoComment(
            "Stuart Barlow", id: "6803688575727311",
            "Dr Marsh fobbed me off again, says my knee pain is just my age. I'm 39!!",
            expected: [.staffIdentification, .complaint],
            edit: .init("Got fobbed off again, apparently my knee pain is just my age. I'm 39!!", expected: [.complaint])),
        DemoComment(
            "Megan Pryce", id: "3081876190152186",
            "Can someone from the surgery ring me back please, it's about my smear results. 07700 900461 thanks",
            expected: [.ownPII]),
        DemoComment(
            "Derek Fairbrother", id: "6875508479406711",
            "Don't bother with the flu jab, it gives you the flu. Every year I've had it I've been ill for a week after",
            expected: [.misinformation]),
        DemoComment(
            "Olivia Marsden", id: "9482734165680161",
            "Is the blood pressure machine in reception free for anyone to use or do you have to book?"),
        DemoComment(
            "Yvonne Castle", id: "7596753807361752",
            "Waiting room at 10am. Standing room only. Lovely.",
            expected: [.photography, .complaint],
            attachments: [Attachment(type: .photo, url: "https://scontent.example.fbcdn.net/v/demo/waiting-room-10am.jpg")]),
        DemoComment(
            "Ibrahim Malik", id: "3152576062985945",
            "Have to say this is the best surgery I've ever been with. Always seen same day if it's urgent and everyone's so kind. 10/10",
            expected: [.review]),
        DemoComment(
            "Craig Slater", id: "2211304327351842",
            "Dr Nowak was drunk at my appointment on Tuesday, I could smell it on him from the door",
            expected: [.defamation, .staffIdentification]),
        DemoComment(
            "Shannon Eyre", id: "9890069472212142",
            "Third time I've put in for my repeat prescription and it STILL hasn't gone to the chemist. I've got two tablets left. What is going on??",
            expected: [.complaint]),
        DemoComment(
            "Kerry Bostock", id: "8576056871264236",
            "Is there a number for out of hours? Mine's fallen off the fridge lol"),
        DemoComment(
            "Dave Middleton", id: "6895987293949489",
            "111 after half 6 love, they'll put you through to the on call doctor if you need one",
            repliesToPrevious: true),
        DemoComment(
            "Jade Roper", id: "4242479746220720",
            "can't ring while he's in the house. he checks my phone. is there another way to get an appointment about the bruises",
            expected: [.safeguarding]),
        DemoComment(
            "Arthur Wilkinson", id: "6931669351569201",
            "I have been with this practice for forty one years and I have never once been let down. A first class service.",
            expected: [.review]),
        DemoComment(
            "Chloe Winfield", id: "9411892478107919",
            "I recorded my appointment with the doctor on my phone and I'll be putting it on here so everyone can hear how rude he was to me",
            expected: [.consultationRecording, .complaint]),
        DemoComment(
            "Graham Tilley", id: "5452288694465138",
            "Can someone check if my husband's bloods are back? Trevor Ashworth, DOB 03/02/1958. He won't ring himself, stubborn man",
            expected: [.thirdPartyPII]),
        DemoComment(
            "Fatima Begum", id: "2095806707533601",
            "How do I register my newborn? Do I need the red book or just the birth certificate?"),
        DemoComment(
            "Darren Kettle", id: "6881790521108447",
            "Get your weight loss jabs delivered with no prescription needed 💉 DM me for prices",
            expected: [.fraud]),
        DemoComment(
            "Lisa Frost", id: "8359505581822666",
            "Really worried about the little boy next door, he's always out till gone 10 at night in just a nappy and I can hear screaming. I don't know who to tell",
            expected: [.thirdPartyPII, .safeguarding]),
        DemoComment(
            "Bernard Cole", id: "3065435059083360",
            "Dr Qureshi is the only one there who actually listens. Please don't ever retire!",
            expected: [.staffIdentification, .review]),
        DemoComment(
            "Kirsty Lamb", id: "1668350582397360",
            "I could kill for a coffee after sitting in that queue on the roundabout this morning 😂"),
        DemoComment(
            "Tariq Iqbal", id: "1893440974034714",
            "The MMR causes autism, look it up. Not letting my two anywhere near it",
            expected: [.misinformation]),
        DemoComment(
            "Sandra Oakes", id: "4776860263988902",
            "Still waiting for my physio referral from February, can someone message me",
            expected: [.complaint],
            edit: .init("Still waiting for my physio referral from February, can someone message me. My number is 07700 900837", expected: [.ownPII, .complaint])),
        DemoComment(
            "Tyler Nash", id: "7867509276238722",
            "sh1t service from sh1t staff. hope ur all proud of urselves",
            expected: [.abusive, .review, .complaint]),
        DemoComment(
            "Rita Quinlan", id: "3145989247947265",
            "Do you still do travel jabs or do we have to go private now? Off to Kenya in March"),
        DemoComment(
            "Wayne Hodson", id: "4069400848699398",
            "The practice manager has been fiddling the books for years, everyone round here knows it",
            expected: [.defamation, .staffIdentification]),
        DemoComment(
            "Evie Sharpe", id: "1845239410512958",
            "do i need my mum with me for the meningitis jab im 17"),
        DemoComment(
            "Patricia Goodwin", id: "1373903305839888",
            "I don't like to complain but I was told my results would be back within a week and it's now been three. Nobody has rung me. Is there someone I can speak to?",
            expected: [.complaint]),
        DemoComment(
            "Liam Parkes", id: "7228046660458836",
            "honestly everyone would be better off without me. cant even get an appt to talk to anyone",
            expected: [.complaint, .safeguarding]),
        DemoComment(
            "Gemma Hall", id: "9749840376036686",
            "Is the car park going to be shut again when they resurface it? Last time I had to park on the main road"),
        DemoComment(
            "Neil Armitage", id: "9717626430192747",
            "Got a pic of the receptionist who laughed at me. Shall I put it on here? 😡",
            expected: [.photography, .staffIdentification, .complaint]),
        DemoComment(
            "Beverley Spencer", id: "3943034380790552",
            "My NHS number is 999 159 0838 and my DOB is 14/07/1962 so you can look me up, I need my repeat for amlodipine",
            expected: [.ownPII]),
        DemoComment(
            "Josh Varley", id: "6730030684726520",
            "Patients must re-verify their NHS login by Friday or lose access to prescriptions. Log in here bit.ly/nhs-verify-acc",
            expected: [.fraud]),
        DemoComment(
            "Margaret Henshaw", id: "1409387472403384",
            "Morning, is the hearing aid battery drop-in still the first Tuesday of the month?"),
        DemoComment(
            "Zoe Cartwright", id: "5960408965145120",
            "1 star. Avoid.",
            expected: [.review, .complaint]),
        DemoComment(
            "Andy Birch", id: "9657207115494846",
            "Keep fobbing me off and see what happens. I'll be waiting for you in the car park when you finish",
            expected: [.abusive, .complaint]),
        DemoComment(
            "Sharon Pugh", id: "1812619618233865",
            "Sister Hughes has been my nurse for 10 years and she's an angel. Always makes time for a chat",
            expected: [.staffIdentification, .review]),
        DemoComment(
            "Connor Doherty", id: "6819843420563731",
            "antibiotics are the only thing that'll shift a cold. why wont they just prescribe them",
            expected: [.misinformation]),
        DemoComment(
            "Irene Musgrove", id: "3472162451228838",
            "My neighbour is 91 and her son took her bank card. She's not had a hot meal in days and she's too frightened to say anything",
            expected: [.safeguarding]),
        DemoComment(
            "Karl Whittaker", id: "6240519652590392",
            "Can you get the covid booster and the flu jab on the same day or do they have to be spaced out?"),
        DemoComment(
            "Jasmine Okafor", id: "8571535041299738",
            "Ringing is impossible so posting here. My mother's NHS number is 999 526 0182, she needs her warfarin review booked please",
            expected: [.thirdPartyPII]),
        DemoComment(
            "Phil Dunn", id: "6065056199342231",
            "Got my text reminder, all sorted. Cheers",
            edit: .init("Got my text reminder, all sorted. Cheers. PS got some spare codeine going cheap if anyone needs it, DM me", expected: [.fraud])),
        DemoComment(
            "Aisha Siddiqui", id: "8154659033183513",
            "One of the nurses stole £20 out of my nan's purse while she was in having her dressing changed",
            expected: [.defamation]),
        DemoComment(
            "Steve Grainger", id: "2091697096734678",
            "Credit where it's due, Will on the front desk sorted out a 3 week prescription mess in 10 minutes. Give that lad a pay rise",
            expected: [.staffIdentification, .review]),
        DemoComment(
            "Kelly Brannigan", id: "4620939294813375",
            "I've emailed three times about my fit note and heard nothing! kelly.brannigan89@example.com, reply to that please",
            expected: [.ownPII, .complaint]),
        DemoComment(
            "Terry Lomas", id: "8676372743029286",
            "Turmeric and cider vinegar works better than any statin. Binned mine months ago and never felt better",
            expected: [.misinformation]),
        DemoComment(
            "Paige Holloway", id: "9794603814323829",
            "Is the surgery shut Christmas Eve afternoon or just Boxing Day?"),
        DemoComment(
            "Roy Entwistle", id: "9151211352414158",
            "Complained in writing in March about how I was treated and I've still had no reply. I'll be going to the ombudsman",
            expected: [.complaint]),
        DemoComment(
            "Ellie Stanton", id: "7014725127924539",
            "Tip for anyone with a memory like mine, record every phone consultation so you don't forget what they said. I do it every time, they don't need to know 🤫",
            expected: [.consultationRecording]),
        DemoComment(
            "Brian Hextall", id: "3632394917725201",
            "Dr Who is on at 7 tonight, anyone else watching? Sorry wrong page 🙈"),
        DemoComment(
            "Naomi Burrows", id: "9470234517898153",
            "the new paramedic Mark was lovely, didnt rush me at all and explained everything",
            expected: [.staffIdentification, .review]),
        DemoComment(
            "Gavin Royle", id: "9996004014031655",
            "The receptionists are a pack of c*nts, every last one of them",
            expected: [.abusive]),
        DemoComment(
            "Dawn Ward", id: "7275243045049895",
            "Lily Morton in my son's class has chickenpox and her mum sent her in anyway. Great.",
            expected: [.thirdPartyPII]),
        DemoComment(
            "Harvey Bloor", id: "8127150530312509",
            "Made £4,000 in a week trading bitcoin from home 💰 message me and I'll show you how",
            expected: [.fraud]),
        DemoComment(
            "Linda Crowther", id: "3820492493086761",
            "Where do I drop off a urine sample, is it still the box by the front door?"),
        DemoComment(
            "Martin Swales", id: "9977139541100110",
            "Thanks for posting this, didn't know the pharmacist could sort out water infections now without seeing a GP"),
        DemoComment(
            "Abigail Trent", id: "2985261247599866",
            "Priya gave my son the wrong dose of antibiotics and now he's worse. She should be struck off",
            expected: [.defamation, .staffIdentification, .complaint]),
        DemoComment(
            "Rebecca Lowe", id: "4001310311004957",
            "Hi, is the flu jab just for over 65s or can carers have it as well? I look after my husband"),
        DemoComment(
            "Dylan Horrocks", id: "5894437615051111",
            "Took this in the queue this morning, 40 minutes past my appointment time and still sat here. Half of them coughing their guts up",
            expected: [.photography, .complaint],
            attachments: [Attachment(type: .photo, url: "https://scontent.example.fbcdn.net/v/demo/queue-morning.jpg")]),
        DemoComment(
            "Gillian Moss", id: "7772052992078612",
            "Brilliant news about the new baby clinic times, much easier with the school run"),
        DemoComment(
            "Kieran Fox", id: "9492042431879416",
            "rang at 8 on the dot, 45 mins on hold then cut off. how r u meant to get an appt in this place",
            expected: [.complaint]),
        DemoComment(
            "Ruth Ainsworth", id: "1001477974075058",
            "Sorry to be a pain, does anyone know if the defib outside is working again?"),
        DemoComment(
            "Ben Cartledge", id: "9410738638083632",
            "They're killing patients to save money, mark my words. My uncle would still be here",
            expected: [.defamation]),
        DemoComment(
            "Valerie Prentice", id: "3313565796275880",
            "Shared with my mum, she's been asking when the over 75s can have theirs"),
        DemoComment(
            "Jordan Mistry", id: "7709589432653962",
            "Lovely caring practice. They actually listen. Would recommend to anyone new to the area",
            expected: [.review]),
        DemoComment(
            "Tina Fletcher", id: "6017057025631782",
            "think my ex's new bloke is hurting my daughter. she comes back from his with bruises and wont say what happened. i dont know who to tell",
            expected: [.safeguarding]),
        DemoComment(
            "Siobhan Carr", id: "6575389336308047",
            "Right, I've held off posting this for weeks but I've had enough. My dad is 84 and he's been ringing for a call back about his leg since the start of the month. Nobody rang. We ended up in A&E on Sunday and the doctor there said it should have been looked at weeks ago. He's now on IV antibiotics. I'm not having a go at anyone in particular but the system is broken and someone needs to answer for it",
            expected: [.complaint]),
        DemoComment(
            "Morag Buchanan", id: "8828849304746862",
            "Anyone know if yous are doing the flu jabs at the weekend again? Ma maw's asking"),
        DemoComment(
            "Owen Greenhalgh", id: "8040289605054540",
            "Cheers for getting the new disabled spaces painted, makes a big difference for my wife"),
    ]
}
