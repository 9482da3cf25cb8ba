// Context words shared by several detectors, English and Spanish. Matching
// is on normalised text (lower case, no accents), so write words that way.

export const CONTEXT_WORDS = {
  // Pupils and the classroom: what makes a photo or a name about students.
  school: [
    'student', 'students', 'my class', 'our class', 'the class', 'class today', 'classroom', 'my classroom',
    'homeroom', 'kiddos', 'my kiddos', 'our kiddos', 'scholars', 'my scholars', 'learners', 'my learners',
    'pupils', 'field trip', 'fieldtrip', 'field day', 'recess', 'pep rally', 'homecoming', 'prom',
    'graduation', 'graduates', 'seniors', 'juniors', 'sophomores', 'freshmen', 'freshman', 'graders',
    'kindergarten', 'kinders', 'kinder', 'pre-k', 'prek', 'preschoolers', 'first graders', '1st graders',
    'science fair', 'spelling bee', 'book fair', 'class trip', 'class photo', 'class picture', 'school play',
    'our team', 'the team', 'my team won', 'varsity', 'jv', 'band kids', 'choir kids', 'robotics team',
    'my players', 'our players', 'the girls team', 'the boys team', 'cheer squad', 'state champs',
    'hour class', 'period class', 'block class', 'the kids in my', 'my kids at school', 'kids in my class',
    'my students', 'our students', 'these students', 'cosmetology students', 'welding students',
    'nursing students', 'culinary students', 'automotive students', 'my cohort', 'lab today', 'shop class',
    'art class', 'math class', 'science class', 'reading group', 'circle time', 'show and tell',
    'scienceclass', 'mathclass', 'artclass', 'readingclass', 'classroomfun', 'fieldtripfun', 'studentwork',
    'morning announcements', 'broadcast kids', 'theater kids', 'drama kids', 'art kids', 'robotics kids',
    'marching band', 'band practice', 'drumline', 'choir practice', 'football practice', 'our band', 'kindness club',
    'our club', 'club members', 'student council', 'ffa', 'fccla', 'skillsusa', 'skills usa', 'hosa', 'deca', 'key club',
    'beta club', 'kick return', 'touchdown', 'jersey',
    'student of the month', 'students of the month', 'honor roll', 'award ceremony', 'awards assembly',
    'assembly', 'lunch duty', 'class of', 'class party', 'class pet', 'career day', 'reading buddies',
    'alumnos', 'alumnas', 'mis alumnos', 'mis alumnas', 'estudiantes', 'mis estudiantes', 'mi clase',
    'nuestra clase', 'en clase', 'en mi clase', 'clase', 'el salon', 'salon de clases', 'excursion', 'paseo escolar', 'recreo', 'graduacion',
    'graduandos', 'mis ninos de la escuela', 'escuela', 'kinder', 'primer grado', 'segundo grado',
    'tercer grado', 'cuarto grado', 'quinto grado', 'feria de ciencias', 'mis chicos', 'mis peques',
    'salon', 'compañeros de clase', 'companeros de clase', 'equipo escolar',
    // Teachers' names for their pupils, clubs and school days.
    'middle schoolers', 'high schoolers', 'elementary schoolers', 'schoolers', 'tiny humans', 'little humans',
    'youngsters', 'the little ones', 'chaperoning', 'chaperones', 'chaperone', 'chaperoned', 'school dance', 'grade dance', 'kindergarten', 'kindergartners', 'kinder*', 'mathletes', 'science olympiad',
    'quiz bowl', 'academic team', 'debate team', 'chess club', 'yearbook', 'student government', 'robotics', 'cheerleaders',
    'cheer team', 'pom squad', 'drill team', 'color guard', 'cross country', 'drama club', 'art club', 'book club kids',
    'picture day', 'spirit week', 'twin day', 'pajama day', 'crazy hair day', 'crazy sock day', '100th day', 'field day',
    'dare graduates', 'dare graduation', 'class pictures', 'class picture day', 'my program', 'our program',
    'my cohort', 'program students', 'my homeroom', 'advisory', 'my advisory', 'lab partners', 'first graders',
    'second graders', 'third graders', 'fourth graders', 'fifth graders', 'sixth graders', 'seventh graders',
    'eighth graders', 'kinders', 'mi grupo', 'el grupo de',
    'mis estudiantes de', 'alumnos de', 'ninos de la escuela', 'dia de fotos', 'semana de espiritu',
  ],
  // "3rd hour", "5th period", "4th grade": handled by a pattern too.
  ownFamily: [
    'my son', 'my daughter', 'my sons', 'my daughters', 'my boy', 'my girl', 'my baby', 'my babies',
    'my little one', 'my kiddo', 'my own kids', 'my own children', 'my children', 'my grandson',
    'my granddaughter', 'my grandkids', 'my grandbabies', 'my nephew', 'my niece', 'my nephews', 'my nieces',
    'my husband', 'my wife', 'my hubby', 'my family', 'our family', 'family photo', 'family pic',
    'family vacation', 'family reunion', 'reunion', 'my twins', 'our son', 'our daughter', 'our kids',
    'our boys', 'our girls', 'my stepson', 'my stepdaughter', 'my godson', 'my goddaughter', 'my cousin',
    'birthday boy', 'birthday girl', 'his birthday party', 'her birthday party', 'birthday party',
    'mi hijo', 'mi hija', 'mis hijos', 'mis hijas', 'mi nieto', 'mi nieta', 'mis nietos', 'mi sobrino',
    'mi sobrina', 'mis sobrinos', 'mi familia', 'nuestra familia', 'mi esposo', 'mi esposa', 'mi bebe',
    'mi chiquito', 'mi chiquita', 'mijo', 'mija', 'cumpleanos de mi', 'mi primo', 'mi prima',
  ],
  // Career-tech trades, which name a class when a group word follows.
  trade: [
    'welding', 'nursing', 'cosmetology', 'culinary', 'automotive', 'auto tech', 'hvac', 'diesel', 'electrical',
    'carpentry', 'construction', 'plumbing', 'aviation', 'barbering', 'machining', 'medical assisting',
    'dental assisting', 'pharmacy tech', 'graphic design', 'cybersecurity', 'cyber security', 'criminal justice',
    'early childhood', 'health careers',
  ],
  // The author's own past: an old photo of themselves.
  ownPast: [
    'throwback', 'tbt', 'flashback', 'back in my day', 'my own senior', 'my own prom', 'my senior prom', 'my prom',
    'my own graduation', 'my graduation', 'when i was in high school', 'when i was in school', 'when i was a kid',
    'my high school', 'my old school', 'years ago', 'class of 19*', 'cuando yo estaba en', 'mi graduacion',
  ],
  adults: [
    'pd day', 'professional development', 'inservice', 'in-service',
    'selfie', 'me and my husband', 'me and my wife', 'date night', 'girls night', 'girls trip', 'book club',
    'my friends', 'old friends', 'college friends', 'bridal', 'wedding', 'bachelorette', 'our anniversary',
    'mis amigas', 'mis amigos', 'boda', 'aniversario',
  ],
  colleagues: [
    'coworker', 'coworkers', 'co-worker', 'co-workers', 'colleague', 'colleagues', 'fellow teachers',
    'fellow teacher', 'teacher friends', 'teacher bestie', 'teacher besties', 'work wife', 'work husband',
    'work bestie', 'our staff', 'the staff', 'staff party', 'staff photo', 'staff pic', 'staff meeting',
    'our faculty', 'the faculty', 'faculty', 'grade level team', 'grade-level team', 'team teachers',
    'my team teachers', 'our principal', 'my principal', 'the principal', 'our assistant principal',
    'our counselor', 'our librarian', 'our nurse', 'our secretary', 'lunch ladies', 'office ladies', 'front office ladies', 'office staff', 'custodian', 'custodians',
    'our admin', 'department', 'the english department', 'the math department', 'paras', 'teacher squad',
    'teammates at work', 'compañeros de trabajo', 'companeros de trabajo', 'companeras de trabajo',
    'mis colegas', 'colegas', 'maestras', 'los maestros', 'las maestras', 'el personal', 'la directora',
    'el director', 'staff', 'teachers',
    // Teams and crews of adults at work.
    'grade team', 'teaching team', 'teaching partner', 'teaching partners', 'co-teacher',
    'coteacher', 'co-teachers', 'work bff', 'work bffs', 'work friends', 'work fam', 'work family', 'work besties',
    'hallway crew', 'custodial', 'custodial crew', 'custodial staff', 'cafeteria crew', 'cafeteria staff',
    'cafeteria ladies', 'lunch crew', 'office crew', 'maintenance crew', 'bus drivers', 'admin team', 'leadership team',
    'dept', 'science dept', 'math dept', 'english dept', 'ela dept', 'science department', 'math department',
    'ela team', 'math team teachers', 'we went as', 'we dressed as', 'we dressed up as', 'staff costume',
    'teacher costume', 'teacher costumes', 'staff retreat', 'staff potluck', 'mis companeras', 'mis companeros',
    'mis companeras de', 'mis companeros de', 'mis compas del trabajo',
  ],
  // The author says no student is in the picture.
  noStudents: [
    'no students in this', 'no students in the', 'no students shown', 'no kids in this', 'no kids in the',
    'before the kids got there', 'before the kids arrived', 'after the kids left', 'after the students left',
    'empty classroom', 'sin alumnos', 'sin estudiantes', 'antes de que llegaran los alumnos',
    // Faces that are not people.
    'mannequin', 'mannequins', 'mannequin heads', 'maniquies', 'maniqui',
  ],
  consent: [
    'media release', 'media releases', 'media consent', 'photo release', 'photo releases', 'photo consent',
    'consent form', 'consent forms', 'permission slips on file', 'parent permission', 'parents permission',
    'parental consent', 'parental permission', 'with permission', 'with their permission', 'with her permission', 'with his permission',
    'permission from parents', 'permission from their parents', 'parents gave permission',
    'parents said ok', 'releases on file', 'release on file', 'consent on file', 'forms on file',
    'signed permission', 'signed photo release', 'signed media release', 'parents signed', 'permiso firmado',
    'firmaron el permiso', 'permiso de fotos', 'permiso para fotos', 'permiso para las fotos', 'permiso de los padres', 'autorizacion de los padres', 'con permiso', 'consentimiento',
  ],
  // Physical photo / video words, for tags in text.
  photoWords: [
    'photo', 'photos', 'pic', 'pics', 'picture', 'pictures', 'video', 'videos', 'selfie', 'snapshot',
    'foto', 'fotos', 'pictured', 'in this photo', 'in the photo', 'in this pic', 'clip',
  ],
} as const;
