package org.ipflow.application.receipt;

import org.ipflow.application.Application;
import org.ipflow.application.Applications;
import org.ipflow.application.StateConflict;
import org.ipflow.application.internal.Documents;
import org.ipflow.application.internal.QueryCodes;
import org.ipflow.enterprise.Enterprises;
import org.ipflow.programme.ProgrammeCatalog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a receipt states, read in one transaction for a caller who may see the application. */
@Service
class Receipts {

    private final Applications applications;
    private final QueryCodes codes;
    private final Enterprises enterprises;
    private final ProgrammeCatalog programmes;
    private final Documents documents;

    Receipts(Applications applications, QueryCodes codes, Enterprises enterprises, ProgrammeCatalog programmes,
            Documents documents) {
        this.applications = applications;
        this.codes = codes;
        this.enterprises = enterprises;
        this.programmes = programmes;
        this.documents = documents;
    }

    /** @throws StateConflict for a draft, which has no receipt until its first submission */
    @Transactional(readOnly = true)
    ReceiptPdf.Contents of(Authentication user, long id) {
        Application application = applications.visible(user, id);
        String code = codes.of(id).orElseThrow(() -> new StateConflict("application " + id + " has no receipt yet"));
        return new ReceiptPdf.Contents(application, programmes.find(application.programmeKey()).orElseThrow(),
                enterprises.findById(application.enterpriseId()).orElseThrow(), documents.list(id), code);
    }
}
