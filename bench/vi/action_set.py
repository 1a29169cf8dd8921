"""Phone-call transcripts written for the action-item and summary stages (issue #11), as a
small recogniser would give them: run-on sentences, missing or odd punctuation, digits,
misheard words ("buy Friday"), PII said plainly (the product's redaction turns it into
placeholders before the notes read it). Written for this purpose by the author of the
action-item rules, so they are a check of generalisation beyond the realistic DEV half,
not an independent test: TUNE was looked at while tuning, CHECK only scored at the end.

Every call is on Monday 16 November 2026; `A:` is the agent (a workspace user, the callee),
`C:` the customer (a contact, the caller). Each action names what, the owner (agent or
customer by name), the due date (ISO) when one was said, and keywords a found item's text
must hold one of (all words of a keyword, by 5-letter prefix)."""

# ruff: noqa: E501 (transcript lines are long by nature)
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Act:
    what: str
    owner: str
    due: str | None
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Call:
    id: str
    agent: str
    customer: str
    reason: tuple[str, ...]  # words the reason line should hold (one of them)
    outcome: tuple[str, ...]  # words the outcome line should hold (one of them)
    actions: tuple[Act, ...]
    lines: str


TUNE: list[Call] = [
    Call(
        "own01-vet",
        "Helen Brooks",
        "Tom Avery",
        ("vaccin", "limping"),
        ("booked", "wednesday", "see you"),
        (
            Act("email the vaccination records", "Helen Brooks", "2026-11-16", ("record", "email")),
            Act("bring a stool sample", "Tom Avery", "2026-11-18", ("sample",)),
            Act("call back with the x-ray results", "Helen Brooks", None, ("x-ray", "result")),
        ),
        """
A: Good afternoon, Maple Vets, Helen speaking.
C: Hi yeah, it's Tom Avery, my dog Biscuit has been limping on his back leg since the weekend and I also need his vaccination records for the kennel.
A: Oh poor Biscuit. Let me just pull up his file. Right, I can see him here.
C: Great.
A: So for the records, I'll email those over to you this afternoon, is that the address ending tom dot avery at outlook dot com?
C: Yes that's the one.
A: And for the leg we've got Wednesday at 9:30 with Dr Shah, does that work?
C: Wednesday works yeah.
A: Lovely. Could you bring a stool sample with you on Wednesday as well, it's been a year since his last one.
C: Sure, no problem.
A: If she does an x-ray we'll call you back with the results, usually the same week.
C: Okay, thanks so much.
A: You're booked in, see you Wednesday.
""",
    ),
    Call(
        "own02-isp",
        "Marcus Lee",
        "Jenny Walsh",
        ("internet", "dropping", "connection"),
        ("engineer", "booked", "credit"),
        (
            Act("send an engineer to check the line", "Marcus Lee", "2026-11-19", ("engineer",)),
            Act("restart the router", "Jenny Walsh", "2026-11-16", ("router", "restart")),
            Act("credit the account for the outage", "Marcus Lee", None, ("credit",)),
            Act(
                "text the engineer's time slot",
                "Marcus Lee",
                "2026-11-18",
                ("text", "slot", "time"),
            ),
        ),
        """
A: Thanks for calling Skyline Broadband, you're speaking with Marcus, how can I help?
C: Hi Marcus, my internet keeps dropping out every evening, it's been like this for two weeks and I work from home so it's a real problem.
A: I'm sorry to hear that. Can I take the account number?
C: It's 4 4 7 1 9 2 0 3.
A: Thank you Jenny. I can see a lot of drops on the line. What I'd like you to do first is restart the router tonight, hold the reset button for ten seconds.
C: Okay, I can do that tonight.
A: And I'm going to book an engineer to check the line, the first slot is Thursday.
C: Thursday's fine.
A: Great, we'll text you the time slot the day before, so Wednesday.
C: Okay.
A: And for the trouble I'll apply a credit to your account for the outage, it'll show on the next bill.
C: That's really helpful thank you.
A: No problem at all, anything else?
C: No that's it, bye.
""",
    ),
    Call(
        "own03-insurance",
        "Rachel Green",
        "Omar Haddad",
        ("claim", "windscreen", "crack"),
        ("claim", "opened", "reference"),
        (
            Act("upload photos of the windscreen", "Omar Haddad", "2026-11-17", ("photo",)),
            Act("send the claim form", "Rachel Green", "2026-11-16", ("claim form", "form")),
            Act(
                "have the repairer contact the customer",
                "Rachel Green",
                "2026-11-23",
                ("repair", "contact"),
            ),
        ),
        """
A: Northgate Insurance claims, this is Rachel.
C: Hi, I'm calling about my car, a stone hit the windscreen on the motorway this morning and there's a big crack across it.
A: Oh dear, are you okay?
C: Yeah I'm fine, just annoyed.
A: Can I have your policy number please.
C: Yeah it's N G 5 5 8 2 1 7.
A: Thanks Mr Haddad. I've opened a claim for you, the reference is C L 9 0 4 4.
C: Okay.
A: I'll send you the claim form by email today. Can you upload some photos of the windscreen through the app by tomorrow?
C: Yes I'll do it tonight actually.
A: Perfect. Our repairer, Clearview, will contact you within five business days to book the fitting.
C: Alright, and is there an excess?
A: Yes it's 75 pounds for glass.
C: Fine. Thanks Rachel.
""",
    ),
    Call(
        "own04-dental",
        "Priti Shah",
        "George Hall",
        ("toothache", "pain", "filling"),
        ("appointment", "tomorrow", "booked"),
        (
            Act("send the new patient forms", "Priti Shah", "2026-11-16", ("form",)),
            Act(
                "fill in the medical history form",
                "George Hall",
                "2026-11-17",
                ("medical history", "fill"),
            ),
        ),
        """
A: Hello, Bright Smile Dental, Priti speaking.
C: Hello, um, I've got really bad toothache, I think a filling came out last night and I was wondering if you have anything today or tomorrow.
A: Oh no. Are you registered with us?
C: No, I just moved here.
A: Okay, no problem. I can fit you in tomorrow at 8:15 as an emergency.
C: Yes please, I'll take that.
A: Great. What's your full name?
C: George Hall, H A L L.
A: And a mobile number?
C: 07700 900 418.
A: Lovely. I'll send you our new patient forms by text this afternoon. If you could fill in the medical history form before you come in tomorrow that would save time.
C: Yeah, will do.
A: Perfect, see you tomorrow at 8:15.
C: Thanks, bye.
""",
    ),
    Call(
        "own05-utility",
        "Dave Morgan",
        "Sarah Ng",
        ("bill", "estimated", "high"),
        ("reading", "revised", "bill"),
        (
            Act(
                "send a meter reading photo",
                "Sarah Ng",
                "2026-11-20",
                ("meter", "reading", "photo"),
            ),
            Act("issue a revised bill", "Dave Morgan", "2026-11-23", ("revised", "bill")),
            Act("set up a payment plan", "Dave Morgan", None, ("payment plan",)),
        ),
        """
A: Good morning, Evergreen Energy, Dave speaking, how can I help.
C: Hi, my bill this month is nearly three times what it normally is and I think it's been estimated.
A: Let me take a look. Can I take your name and the first line of the address.
C: Sarah Ng, 14 Kestrel Road.
A: Thank you Sarah. Yes you're right, the last two bills were estimated. So what we need is an actual reading. Could you send us a photo of the meter reading buy Friday?
C: Sure, where do I send it?
A: Just reply to the email you got with the bill. Once we have it I'll issue a revised bill within five working days.
C: Okay. And can I spread the cost? Money's a bit tight.
A: Of course. I'll set up a payment plan for you, spread over six months.
C: That would be great, thank you.
A: You're welcome. Anything else today?
C: No, that's all.
""",
    ),
    Call(
        "own06-rental",
        "Lucy Adams",
        "Ben Carter",
        ("boiler", "heating", "hot water"),
        ("plumber", "thursday", "booked"),
        (
            Act("send a plumber", "Lucy Adams", "2026-11-19", ("plumber",)),
            Act("leave a key with the neighbour", "Ben Carter", "2026-11-18", ("key",)),
            Act("drop off an electric heater", "Lucy Adams", "2026-11-16", ("heater",)),
        ),
        """
A: Parkside Lettings, Lucy speaking.
C: Hi Lucy, it's Ben from flat 3, 22 Harbour Street. The boiler's broken again, we've had no heating or hot water since Saturday.
A: Oh no, I'm really sorry Ben. Is it showing an error code?
C: It says F28.
A: Okay, that's the ignition. I'm going to get a plumber out to you, the earliest is Thursday morning.
C: Thursday. That's ages, it's freezing.
A: I know. In the meantime I'll drop off an electric heater at the flat this evening.
C: Okay that helps.
A: Will you be in on Thursday?
C: No, I work. I can leave a key with my neighbour at number 5, I'll do that Wednesday night.
A: Perfect, I'll let the plumber know.
C: Thanks.
""",
    ),
    Call(
        "own07-airline",
        "Kevin O'Brien",
        "Anna Schmidt",
        ("flight", "cancelled", "rebook"),
        ("rebooked", "tomorrow", "hotel"),
        (
            Act("email the new itinerary", "Kevin O'Brien", "2026-11-16", ("itinerary",)),
            Act("submit the hotel receipt for a refund", "Anna Schmidt", None, ("receipt",)),
            Act("check in online", "Anna Schmidt", "2026-11-16", ("check in", "online")),
        ),
        """
A: Welcome to Blue Sky Airlines, my name is Kevin, can I have your booking reference?
C: Yes it's X Y 7 K 2 P. My flight to Berlin tonight was cancelled and I need to get there for a meeting tomorrow.
A: I'm sorry about that Ms Schmidt, let me see what we have. I can put you on the 6 40 tomorrow morning, arriving at 9 50.
C: Okay, that works.
A: Done, you're rebooked. I'll email you the new itinerary in the next few minutes.
C: What about tonight? I live two hours from the airport.
A: You can book a hotel near the airport and submit the receipt to us for a refund, up to 120 euros.
C: Okay, I'll submit it when I'm back.
A: And please check in online tonight, the airport desk will be very busy in the morning.
C: Will do. Thanks Kevin.
""",
    ),
    Call(
        "own08-pharmacy",
        "Nina Patel",
        "Frank Russo",
        ("prescription", "refill"),
        ("ready", "pick up", "tomorrow"),
        (
            Act(
                "call the doctor's office for authorisation",
                "Nina Patel",
                "2026-11-16",
                ("doctor", "office", "authoris"),
            ),
            Act("pick up the prescription", "Frank Russo", "2026-11-17", ("pick",)),
        ),
        """
A: Westside Pharmacy, this is Nina.
C: Hi Nina, I'm calling to get a refill on my blood pressure medication, but it says I have no refills left.
A: Let me check, what's your date of birth?
C: June 4th 1958.
A: Thank you Mr Russo. Yes, the prescription has run out. I'll call Dr Kim's office this afternoon to get an authorisation.
C: Oh, thank you. How long will that take?
A: Usually they get back to us the same day. You should be able to pick it up tomorrow after 2.
C: Great, I'll come by tomorrow afternoon then.
A: Perfect, we'll have it ready.
C: Thanks, bye.
""",
    ),
    Call(
        "own09-saas",
        "Chris Young",
        "Fatima Khan",
        ("invoice", "charged twice", "duplicate"),
        ("refund", "processed", "credit"),
        (
            Act("refund the duplicate charge", "Chris Young", "2026-11-20", ("refund",)),
            Act("send the updated invoice", "Chris Young", "2026-11-17", ("invoice",)),
            Act("forward the bank statement", "Fatima Khan", None, ("statement", "forward")),
            Act("update the billing contact", "Fatima Khan", "2026-11-30", ("billing contact",)),
        ),
        """
A: Hi, you're through to billing at Cloudnest, I'm Chris.
C: Hi Chris, this is Fatima Khan from Orbit Design, we've been charged twice for the November invoice.
A: Sorry about that, let me look at the account. Yes, I can see two payments of 480 dollars on the 2nd.
C: Right.
A: So I'll refund the duplicate charge, it should be back on your card in 3 to 5 business days, so by Friday at the latest.
C: Okay good.
A: Could you forward me the bank statement showing both charges? Just for our records.
C: Sure I can forward it.
A: Thanks. I'll also send an updated invoice tomorrow.
C: Great. Oh and our finance person has changed, I need to update the billing contact, I'll do that in the portal before the end of the month.
A: Perfect. Anything else?
C: No that's everything.
""",
    ),
    Call(
        "own10-auto",
        "Steve Ramirez",
        "Claire Dubois",
        ("service", "brakes", "noise"),
        ("booked", "courtesy car", "friday"),
        (
            Act("drop the car off", "Claire Dubois", "2026-11-20", ("drop",)),
            Act("call with a quote before doing any work", "Steve Ramirez", None, ("quote",)),
            Act("reserve a courtesy car", "Steve Ramirez", None, ("courtesy car",)),
        ),
        """
A: Ramirez Auto, Steve speaking.
C: Hi, I've got a grinding noise from the front brakes when I stop, it's getting worse.
A: That doesn't sound good. What's the car?
C: It's a 2017 Golf, registration K L 17 M N O.
A: Okay. Can you drop the car off Friday morning, around 8?
C: Yes I can do Friday.
A: Great. Once we've had a look, I'll give you a call with a quote before we do any work.
C: Okay, and is there a courtesy car?
A: Yes, I'll reserve the courtesy car for you.
C: Brilliant, thank you.
A: See you Friday then.
""",
    ),
]

CHECK: list[Call] = [
    Call(
        "own11-school",
        "Megan Price",
        "Paul Turner",
        ("absence", "sick", "homework"),
        ("homework", "send", "meeting"),
        (
            Act("email the homework packet", "Megan Price", "2026-11-17", ("homework",)),
            Act("send the doctor's note", "Paul Turner", "2026-11-20", ("doctor", "note")),
            Act("set up a meeting with the form tutor", "Megan Price", None, ("meeting",)),
        ),
        """
A: Oakfield Primary School, Megan speaking.
C: Hi, it's Paul Turner, Lily's dad in year 4. Lily's got the flu and she'll be off the rest of the week, and I wanted to ask about her homework.
A: Oh sorry to hear that, I hope she feels better. I'll email you the homework packet tomorrow morning.
C: Thanks. Do you need anything from us?
A: Yes, if you could send in a doctor's note by Friday, that covers the absence.
C: No problem, I'll send it in.
A: And you mentioned last time you wanted to talk to her form tutor, I'll set up a meeting with Mr Evans for when she's back.
C: That would be great.
A: Lovely, get well soon to Lily.
""",
    ),
    Call(
        "own12-telecom",
        "Jason Wright",
        "Emily Stone",
        ("phone", "screen", "broken", "upgrade"),
        ("ordered", "deliver", "wednesday"),
        (
            Act("deliver the new phone", "Jason Wright", "2026-11-18", ("deliver", "phone")),
            Act("back up the old phone", "Emily Stone", "2026-11-17", ("back up", "backup")),
            Act(
                "post back the old handset",
                "Emily Stone",
                "2026-11-30",
                ("handset", "post", "return"),
            ),
            Act("send the returns bag", "Jason Wright", None, ("returns bag", "bag")),
        ),
        """
A: Hi, you're through to Volt Mobile upgrades, I'm Jason.
C: Hi Jason. My screen is totally smashed and I'm due an upgrade anyway so I want to sort that out.
A: Sure. Can I get the mobile number on the account?
C: It's 07911 123 456.
A: Thanks Emily. So you're eligible, and the model you wanted is in stock. I've ordered it and it'll be delivered Wednesday.
C: Great.
A: Before it arrives, you'll want to back up the old phone, ideally tonight or tomorrow. Make sure it's done by tomorrow.
C: Okay.
A: We'll send a returns bag with the new phone. You need to post back the old handset before the end of the month, or there's a charge.
C: Got it.
A: Anything else I can help with?
C: No, thanks a lot.
""",
    ),
    Call(
        "own13-hotel",
        "Laura Kent",
        "Michael Brown",
        ("booking", "wedding", "rooms"),
        ("held", "deposit", "contract"),
        (
            Act("send the group booking contract", "Laura Kent", "2026-11-17", ("contract",)),
            Act("pay the deposit", "Michael Brown", "2026-11-27", ("deposit",)),
            Act("send the guest list", "Michael Brown", None, ("guest list",)),
        ),
        """
A: The Grand Harbour Hotel reservations, Laura speaking.
C: Hi Laura, I'd like to book a block of rooms for my daughter's wedding in June, about 20 rooms.
A: Congratulations! Let me check availability. Yes, for the 12th and 13th of June we can hold 20 rooms at the group rate.
C: That's fantastic.
A: I'll hold them under your name, Michael Brown. I'll send over the group booking contract tomorrow.
C: Okay.
A: To secure the rooms we'd need the deposit paid within 10 days, so by the 27th.
C: That's fine, I'll pay it by then.
A: And when you have it, could you send us the guest list so we can match the names.
C: Will do.
A: Wonderful, I'll look out for it.
""",
    ),
    Call(
        "own14-gov",
        "Robert King",
        "Sofia Rossi",
        ("permit", "parking"),
        ("approved", "permit", "post"),
        (
            Act("send proof of address", "Sofia Rossi", None, ("proof of address", "proof")),
            Act("post the permit", "Robert King", "2026-11-23", ("permit",)),
        ),
        """
A: City council parking services, Robert speaking.
C: Hello, I moved into Elm Street last month and I need a residents parking permit, I applied online but heard nothing.
A: Let me find it. Name please?
C: Sofia Rossi.
A: I can see the application, it's on hold because we don't have proof of address. Can you email a copy of a utility bill or your tenancy agreement to permits at the council?
C: Oh nobody told me that. Yes I'll send the tenancy agreement today.
A: Thanks. As soon as that's in, the permit will be approved and we'll post it to you within 5 working days.
C: Okay great, thank you.
""",
    ),
    Call(
        "own15-gym",
        "Amy Collins",
        "Jake Foster",
        ("cancel", "membership", "moving"),
        ("cancelled", "final", "confirmation"),
        (
            Act("send a cancellation confirmation", "Amy Collins", "2026-11-16", ("confirm",)),
            Act("return the key fob", "Jake Foster", "2026-11-30", ("fob", "key")),
        ),
        """
A: Hi, Pulse Fitness, Amy here.
C: Hi Amy, I want to cancel my membership, I'm moving to Leeds next month.
A: Sorry to lose you Jake. I can do that now, there's a one month notice period so your last payment will be on the 1st of December.
C: That's fine.
A: Done. I'll send you a cancellation confirmation by email later today.
C: Thanks. Anything else I need to do?
A: Just return your key fob to reception by the end of the month, otherwise there's a 10 pound charge.
C: Okay I'll drop it in.
A: Great, good luck with the move.
""",
    ),
    Call(
        "own16-plumbing",
        "Tony Silva",
        "Grace Liu",
        ("leak", "kitchen", "sink"),
        ("thursday", "visit", "booked"),
        (
            Act(
                "turn off the water under the sink",
                "Grace Liu",
                "2026-11-16",
                ("water", "turn off"),
            ),
            Act("come out to fix the leak", "Tony Silva", "2026-11-19", ("fix", "come", "leak")),
            Act("send a quote", "Tony Silva", "2026-11-17", ("quote",)),
        ),
        """
A: Silva Plumbing, Tony speaking.
C: Hi Tony, there's water leaking from under my kitchen sink, the cupboard's soaked.
A: Right, first thing, turn off the water at the valve under the sink now, there's a little tap on the pipe.
C: Okay, hang on. Done, it's off.
A: Good. I can come out and fix the leak on Thursday afternoon, I'm fully booked till then.
C: Thursday's okay.
A: I'll send you a quote tomorrow so you know roughly what it'll cost.
C: Great, thanks Tony.
""",
    ),
    Call(
        "own17-bank2",
        "Hannah Moore",
        "Victor Nowak",
        ("mortgage", "payment", "missed"),
        ("payment holiday", "letter", "arrange"),
        (
            Act("send a letter confirming the payment holiday", "Hannah Moore", None, ("letter",)),
            Act("send the last three payslips", "Victor Nowak", "2026-11-23", ("payslip",)),
            Act("call to review the arrangement", "Hannah Moore", "2026-12-14", ("review", "call")),
        ),
        """
A: Good afternoon, Northbank mortgages, Hannah speaking.
C: Hi. I lost my job last month and I'm worried I'm going to miss my mortgage payment in December.
A: I'm sorry to hear that, thank you for calling us early. Can I take your mortgage account number?
C: 7 7 1 0 2 9 4 5.
A: Thank you Mr Nowak. We can offer a three month payment holiday. I'll need you to send us your last three payslips within a week.
C: Okay, I can do that.
A: Once we have them I'll put the arrangement in place, and I'll send you a letter confirming the payment holiday.
C: Thank you, that's a relief.
A: I'll also give you a call in four weeks to review how things are going.
C: Great, thank you so much.
""",
    ),
    Call(
        "own18-it",
        "Oliver Grant",
        "Zoe Martin",
        ("laptop", "password", "locked"),
        ("reset", "unlocked", "temporary"),
        (
            Act("change the temporary password", "Zoe Martin", "2026-11-16", ("password",)),
            Act("send a replacement charger", "Oliver Grant", "2026-11-18", ("charger",)),
            Act(
                "raise a ticket with the network team", "Oliver Grant", None, ("ticket", "network")
            ),
        ),
        """
A: IT service desk, Oliver speaking.
C: Hi, it's Zoe in accounts, I'm locked out of my laptop and my charger's broken too, it's been a nightmare morning.
A: Oh no. Let's start with the account. I've reset it, your temporary password is in a text to your phone. Please change the temporary password as soon as you log in.
C: Okay, I'm in. Changing it now.
A: Great. For the charger, I'll get a replacement sent to your desk, it should be with you by Wednesday.
C: Thanks. Also the wifi on the third floor keeps cutting out.
A: I'll raise a ticket with the network team about that.
C: Brilliant, thanks Oliver.
""",
    ),
    Call(
        "own19-delivery",
        "Ian Hughes",
        "Beth Clark",
        ("parcel", "not arrived", "missing"),
        ("redeliver", "tomorrow", "investigation"),
        (
            Act("redeliver the parcel", "Ian Hughes", "2026-11-17", ("redeliver", "deliver")),
            Act("open an investigation with the driver", "Ian Hughes", None, ("investigat",)),
            Act("check with the neighbours", "Beth Clark", None, ("neighbour",)),
        ),
        """
A: Swift Parcels customer service, Ian speaking.
C: Hi, my parcel says delivered but it hasn't arrived, I've been in all day.
A: I'm sorry. Can I have the tracking number?
C: S P 4 4 1 8 8 2 0 G B.
A: Thanks. The scan shows it was left in a safe place. Could you check with your neighbours first, sometimes the driver leaves it next door.
C: I can check, but I doubt it.
A: Understood. I'll open an investigation with the driver, and if it hasn't turned up we'll redeliver a replacement tomorrow.
C: Okay, thank you.
""",
    ),
    Call(
        "own20-hr",
        "Diane Ross",
        "Leo Park",
        ("payslip", "wrong", "overtime"),
        ("correct", "next payroll", "adjust"),
        (
            Act("send the overtime timesheet", "Leo Park", "2026-11-18", ("timesheet",)),
            Act(
                "add the missing overtime to the next payroll",
                "Diane Ross",
                "2026-11-30",
                ("overtime", "payroll"),
            ),
        ),
        """
A: Payroll, Diane speaking.
C: Hi Diane, it's Leo Park in the warehouse, my payslip's missing the overtime I did in October, about 12 hours.
A: Let me check your record. Yes, I don't have any overtime logged for October. Can you send me the signed timesheet by Wednesday?
C: Yeah I'll get my manager to sign it and send it over.
A: Great, once I have it I'll add the missing overtime to the next payroll, that's the 30th.
C: Brilliant, thanks.
""",
    ),
]
