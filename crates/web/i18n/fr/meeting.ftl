# La réunion annuelle : inscription et accréditation, file d'approbation, badges, enregistrement, certificats, lettres de visa.
meeting-title = La réunion
meeting-no-dates = pas encore fixées
meeting-intro = Inscrivez-vous à la réunion, sur place ou en ligne, indépendamment de votre compte du forum. Les participants sur place doivent fournir une photo de badge ; chaque organisation peut envoyer au plus { $max } délégués sur place. Le Secrétariat examine chaque inscription et vous envoie sa décision par courriel.
meeting-staff = Pour le Secrétariat
meeting-counts = { $count } en attente de décision · { $total } approuvés sur place · { $n } approuvés en ligne
meeting-queue-title = Inscriptions à examiner
meeting-check-in-title = Accueil des participants
meeting-verify-title = Vérifier un certificat ou une lettre de visa
meeting-mine = Votre inscription
meeting-status = Statut
meeting-status-submitted = Soumise
meeting-status-approved = Approuvée
meeting-status-more-information = Informations complémentaires demandées
meeting-status-refused = Refusée
meeting-status-all = Toutes
meeting-reason = Motif
meeting-attendance = Participation
meeting-attendance-onsite = Sur place
meeting-attendance-online = En ligne
meeting-days-attended = Jours de présence
meeting-photo-alt = Votre photo de badge
meeting-photo-of = Photo de badge de { $name }
meeting-badge-title = Badge
meeting-visa-letter-title = Lettre d'invitation pour le visa
meeting-certificate-title = Certificat de participation
meeting-sign-in = Connectez-vous pour vous inscrire à la réunion
meeting-register = S'inscrire à la réunion
meeting-update = Modifier mon inscription
meeting-photo = Photo de badge (sur place uniquement)
meeting-photo-hint = Une photo récente de votre visage, JPEG ou PNG, de { $size } Mo au plus, d'au moins { $min } pixels, en portrait ou carrée.
meeting-photo-kept = Laissez vide pour garder la photo envoyée.
meeting-photo-privacy = Seuls vous et le Secrétariat voyez votre photo ; elle est supprimée après la réunion.
meeting-closed = Les inscriptions à cette réunion sont closes.
meeting-queue-empty = Aucune inscription ici.
meeting-decision = Décision
meeting-reason-hint = Obligatoire pour demander des informations ou refuser ; la personne le lira.
meeting-decide = Enregistrer la décision
meeting-retention = Conservation des photos de badge
meeting-retention-rule = Les photos de badge sont supprimées { $n } jours après la fin de la réunion.
meeting-retention-never = La tâche de suppression n'a pas encore été exécutée pour ce cycle.
meeting-retention-run = { $date } : { $count } photos supprimées
meeting-retention-run-now = Supprimer les photos arrivées à échéance
meeting-badge-print = Imprimez cette page ; le code sous le QR code peut aussi être saisi à l'accueil.
meeting-badge-code = Code du badge
meeting-checked-in = Enregistré.
meeting-already-checked-in = Déjà enregistré aujourd'hui.
meeting-check-in-refused = Non enregistré :
meeting-check-in-hint = Lisez le QR code du badge avec un lecteur, ou saisissez ou collez le code imprimé dessous.
meeting-check-in-submit = Enregistrer
meeting-live-counts = Aujourd'hui à l'accueil
meeting-checked-in-today = Enregistrés le { $date }
meeting-checked-in-ever = Personnes enregistrées au moins une fois
meeting-approved-onsite = Participants approuvés sur place
meeting-refresh = Actualiser les chiffres
meeting-document-print = Imprimez cette page ou enregistrez-la en PDF depuis votre navigateur.
meeting-certificate-certifies = Nous certifions que
meeting-certificate-attended = a participé à { $title } les jours suivants :
meeting-letter-to = À l'attention de l'agent consulaire concerné,
meeting-letter-body = { $name } ({ $organization }, { $country }) est inscrit(e) et accrédité(e) pour participer en personne à { $title }.
meeting-letter-dates = La réunion se tient du { $since } au { $date }.
meeting-letter-no-costs = Cette lettre n'est qu'une invitation : elle n'engage le forum à aucun frais de voyage ou de séjour.
meeting-issued-on = Délivré le { $date }.
meeting-verification-code = Code de vérification
meeting-verify-at = Vérifiez ce document sur
meeting-certificate-intro = Votre certificat est établi à partir de vos enregistrements vérifiés à la réunion.
meeting-visa-letter-intro = La lettre indique votre nom, votre organisation et les dates de la réunion, avec un code qu'un consulat peut vérifier.
meeting-certificate-issue = Obtenir mon certificat
meeting-visa-letter-issue = Obtenir ma lettre de visa
meeting-verify-intro = Saisissez le code imprimé sur un certificat de participation ou une lettre d'invitation pour le visa.
meeting-verify-submit = Vérifier
meeting-verified-certificate = Un certificat de participation authentique.
meeting-verified-visa-letter = Une lettre d'invitation pour le visa authentique.
meeting-verified-name = Nom
meeting-verified-meeting = Réunion
meeting-verified-issued = Délivré le
meeting-verify-unknown = Aucun certificat ni aucune lettre ne porte ce code. Vérifiez qu'il a été saisi exactement comme imprimé.
meeting-error-attendance = Choisissez sur place ou en ligne.
meeting-error-organization = Indiquez votre organisation (200 caractères au plus).
meeting-error-stakeholder-group = Choisissez le groupe de parties prenantes de votre organisation.
meeting-cap-reached = Votre organisation a déjà { $max } délégués inscrits sur place, le maximum autorisé pour cette réunion. Vous pouvez vous inscrire en ligne.
meeting-photo-missing = Les participants sur place doivent fournir une photo de badge.
meeting-photo-too-large = La photo dépasse { $size } Mo.
meeting-photo-not-an-image = Le fichier n'est pas une image JPEG ou PNG.
meeting-photo-unreadable = L'image est endommagée et ne peut pas être lue.
meeting-photo-too-small = La photo est trop petite : au moins { $min } pixels.
meeting-photo-too-big = La photo a trop de pixels : au plus { $max }.
meeting-photo-aspect = La photo doit être en portrait ou carrée : sa largeur divisée par sa hauteur entre { $min } et { $max }.
meeting-photo-uniform = La photo est vide ou d'une seule couleur.
meeting-reason-required = Donnez un motif sur lequel la personne peut agir.
meeting-decision-not-from = Cette décision ne peut pas être prise sur une inscription au statut « { $value } ».
meeting-token-malformed = Ce n'est pas un code de badge. Saisissez-le à nouveau exactement comme imprimé.
meeting-token-forged = Ce badge n'a pas été délivré par ce forum (sa signature ne correspond pas).
meeting-token-other-cycle = Ce badge est celui de la réunion d'une autre année.
meeting-token-expired = Ce badge a expiré.
meeting-not-a-meeting-day = L'enregistrement n'est ouvert que les jours de la réunion.
meeting-badge-withdrawn = L'inscription liée à ce badge n'est plus approuvée.
meeting-certificate-no-attendance = Un certificat n'est délivré qu'après votre enregistrement à la réunion.
meeting-letter-not-approved = Une lettre de visa n'est délivrée que pour une inscription sur place approuvée.
forbidden-meeting-badge-not-approved = Un badge n'est délivré que pour une inscription sur place approuvée.
mail-meeting-submitted-subject = Votre inscription à { $title } a été reçue
mail-meeting-submitted-body =
    Bonjour { $name },

    Nous avons reçu votre inscription à { $title }. Le Secrétariat va l'examiner et vous enverra sa décision par courriel.

    { $link }
mail-meeting-approved-subject = Votre inscription à { $title } est approuvée
mail-meeting-approved-body =
    Bonjour { $name },

    Votre inscription à { $title } est approuvée. Les participants sur place peuvent imprimer leur badge et, si besoin, une lettre d'invitation pour le visa :

    { $link }
mail-meeting-more-information-subject = Votre inscription à { $title } : informations complémentaires demandées
mail-meeting-more-information-body =
    Bonjour { $name },

    Le Secrétariat a besoin d'informations complémentaires sur votre inscription à { $title } :

    { $reason }

    Modifiez votre inscription ici : { $link }
mail-meeting-refused-subject = Votre inscription à { $title } a été refusée
mail-meeting-refused-body =
    Bonjour { $name },

    Votre inscription à { $title } a été refusée, pour le motif suivant :

    { $reason }

    { $link }
settings-meeting-delegates-per-organization = Délégués sur place par organisation (réunion)
settings-meeting-photo-retention-days = Jours après la réunion avant la suppression des photos de badge

cycle-statistics-meeting-attendance = Accréditation à la réunion (inscriptions)
cycle-statistics-approved-onsite = Approuvés pour participer sur place
cycle-statistics-approved-online = Approuvés pour participer en ligne
cycle-statistics-checked-in = Enregistrés à l'accueil
