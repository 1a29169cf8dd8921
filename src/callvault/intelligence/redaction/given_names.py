"""Common given names, for people named in passing (issue #11: "our adjuster, Marcus Webb,
will call you", "Kevin Tran will bring it"): a third person is neither a party of the call nor
in the workspace's directory, so only the name itself says it is one.

Source: written by hand for this module from the most frequent given names in the US Social
Security Administration's baby-name tables (births of the 1950s to the 2000s), with common
Hispanic and Arabic names US call centres hear; 415 names (528 since stop 34). Left out on
purpose: names that are everyday words, places or brands ("Will", "Grace", "April", "Austin",
"Chase", "Jesus" as an exclamation; see `common_names.COMMON`, which is also excluded here),
because a name rule that fires on ordinary speech would cost more than it hides. The list is
lower-case; the recogniser writes a name capitalised, and only capitalised words are taken."""

from __future__ import annotations

GIVEN_NAMES = frozenset(
    [
    "aaron", "abigail", "adam", "adrian", "aisha", "alan", "albert", "alberto", "alejandro",
    "alex", "alexander", "alexandra", "alexis", "alfred", "alice", "alicia", "alison", "allen",
    "allison", "alvin", "amanda", "amelia", "amy", "ana", "andre", "andrea", "andres", "andrew",
    "angela", "angelica", "angie", "anita", "ann", "anna", "anne", "annette", "anthony", "antonio",
    "arthur", "ashley", "audrey", "barbara", "barry", "beatrice", "becky", "ben", "benjamin",
    "bernard", "beth", "bethany", "betty", "beverly", "billy", "blake", "bobby", "bonnie", "brad",
    "bradley", "brandon", "brenda", "brent", "brett", "brian", "brittany", "bruce", "bryan",
    "caleb", "calvin", "cameron", "carl", "carla", "carlos", "carmen", "carol", "caroline",
    "carolyn", "carrie", "casey", "catherine", "cathy", "cecilia", "chad", "charles", "charlie",
    "cheryl", "chloe", "chris", "christina", "christine", "christopher", "cindy", "claire",
    "clara", "claudia", "clifford", "cody", "colin", "connie", "craig", "cristina", "curtis",
    "cynthia", "damian", "dan", "dana", "daniel", "danielle", "danny", "darius", "darlene",
    "darren", "dave", "david", "deborah", "debra", "denise", "dennis", "derek", "derrick", "diana",
    "diane", "diego", "dolores", "dominic", "donald", "donna", "doris", "dorothy", "douglas",
    "duane", "dustin", "dylan", "eddie", "edgar", "eduardo", "edward", "edwin", "eileen", "elaine",
    "eleanor", "elena", "elijah", "elizabeth", "ella", "ellen", "emily", "emma", "enrique", "eric",
    "erica", "erik", "erin", "ernest", "esther", "ethan", "eugene", "eva", "evan", "evelyn",
    "fatima", "felicia", "felix", "fernando", "francisco", "frederick", "gabriel", "gabriela",
    "gail", "gary", "gavin", "george", "gerald", "gina", "gladys", "glenn", "gloria", "gordon",
    "greg", "gregory", "gustavo", "hannah", "harold", "harry", "hector", "heidi", "helen", "henry",
    "howard", "hugo", "ian", "irene", "isaac", "isabel", "isabella", "jacob", "jacqueline",
    "jaime", "jake", "jamal", "james", "jamie", "jane", "janet", "janice", "jared", "jason",
    "javier", "jeffrey", "jennifer", "jenny", "jeremy", "jerome", "jerry", "jesse", "jessica",
    "jill", "jim", "jimmy", "joan", "joanne", "joe", "joel", "john", "johnny", "jon", "jonathan",
    "jorge", "jose", "joseph", "joshua", "juan", "judith", "judy", "julia", "julian", "julie",
    "justin", "karen", "karina", "katherine", "kathleen", "kathryn", "kathy", "katie", "kayla",
    "keith", "kelly", "ken", "kenneth", "kevin", "kim", "kimberly", "kyle", "lamar", "larry",
    "laura", "lauren", "leah", "leon", "leonard", "leslie", "liam", "linda", "lindsay", "lisa",
    "logan", "lori", "lorraine", "louis", "louise", "lucas", "lucia", "lucy", "luis", "luke",
    "luz", "lydia", "lynn", "mandy", "manuel", "marcus", "margaret", "maria", "marie", "marilyn",
    "mario", "marisol", "marlene", "martha", "martin", "marvin", "mary", "matthew", "maureen",
    "megan", "melanie", "melissa", "michael", "michelle", "miguel", "mike", "mildred", "mohammed",
    "monica", "nadia", "nancy", "naomi", "natalie", "nathan", "nathaniel", "neil", "nicholas",
    "nicole", "noah", "norma", "olivia", "omar", "oscar", "pablo", "pamela", "patricia", "patrick",
    "paul", "paula", "peggy", "peter", "philip", "phillip", "priscilla", "rachel", "rafael",
    "ralph", "ramon", "randy", "raul", "raymond", "rebecca", "regina", "renee", "ricardo",
    "richard", "rick", "ricky", "rita", "robert", "roberto", "roger", "ronald", "rosa", "roxanne",
    "roy", "russell", "ruth", "ryan", "sabrina", "sally", "samantha", "samuel", "sandra", "sara",
    "sarah", "scott", "sean", "sergio", "shannon", "sharon", "shawn", "sheila", "shirley", "sofia",
    "sonia", "sophia", "stacy", "stanley", "stephanie", "stephen", "steve", "steven", "susan",
    "sylvia", "tamara", "tammy", "tanya", "tara", "teresa", "terry", "theresa", "thomas",
    "tiffany", "timothy", "tina", "todd", "tom", "tommy", "tony", "tracy", "travis", "trevor",
    "troy", "tyler", "valerie", "vanessa", "vernon", "veronica", "vicki", "vincent", "walter",
    "wanda", "wayne", "wendy", "wesley", "william", "yolanda", "yvonne", "zachary",
    # Added at stop 34 (fifteenth-dev left "Leo", "Owen", "Constance"): more of the SSA
    # tables' frequent names of the 1950s-1980s, the 2000s-2010s names the first list lacked,
    # and names from the Indian, West African and East Asian families US call centres hear.
    # Still left out: words and places ("Miles", "Ruby", "Violet", "Willow", "Iris",
    # "Madison", "Savannah", "Jackson", "Mason", "Jasper", "Paisley", "Genesis", "Autumn").
    "allan", "arlene", "bernice", "charlene", "clarence", "colleen", "constance", "corey",
    "cory", "courtney", "darrell", "darryl", "debbie", "edith", "floyd", "frances", "fred",
    "geraldine", "harvey", "herbert", "jeanette", "jeff", "jeffery", "joyce", "juanita",
    "julio", "karl", "kristen", "kurt", "laurie", "lawrence", "leroy", "lillian", "lloyd",
    "loretta", "marcia", "maurice", "melinda", "melvin", "michele", "mitchell", "pauline",
    "pedro", "randall", "reginald", "rhonda", "rodney", "roland", "ron", "ronnie", "roberta",
    "ruben", "sam", "shane", "stacey", "suzanne", "ted", "theodore", "tim", "tonya", "tyrone",
    "vivian",
    "addison", "aiden", "aubrey", "ava", "avery", "camila", "eliana", "ellie", "emilia",
    "everly", "ezra", "hailey", "isla", "josephine", "kinsley", "layla", "leo", "mateo",
    "mia", "mila", "nora", "oliver", "owen", "penelope", "quinn", "riley", "sadie", "scarlett",
    "silas", "skylar", "theo", "zoe",
    "ahmed", "amara", "anil", "arjun", "chidi", "deepak", "emeka", "hiroshi", "kenji", "kofi",
    "kwame", "ngozi", "priya", "rahul", "ravi", "sunita", "tunde", "yuki", "yusuf",
    ]
)  # fmt: skip
