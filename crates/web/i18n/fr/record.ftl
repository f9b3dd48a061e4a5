# Agora — catalogue français : le registre public.
record-title = Registre public
record-intro = Chaque changement public de ce forum — inscriptions comptées, organisations, cycles, propositions, examen préliminaire, décisions — est ajouté à un journal haché en arbre de Merkle (RFC 9162, comme Certificate Transparency) et signé. Chacun peut vérifier que rien n’a été modifié, supprimé ou réordonné après coup.
record-head = Dernière tête d’arbre signée
record-size = Entrées
record-root = Hachage racine
record-signed-at = Signée le
record-signature = Signature (ed25519)
record-no-head = Aucune tête d’arbre n’a encore été signée.
record-public-key = Clé publique du forum
record-verify = Vérifiez vous-même
record-verify-how = Le programme agora vérifie la signature, recalcule l’arbre à partir de chaque entrée, nomme toute entrée qui ne correspond pas et, avec un état enregistré, vérifie que le journal n’a fait que croître depuis votre dernière vérification :
record-recent = Dernières entrées
record-when = Quand
record-what = Quoi
