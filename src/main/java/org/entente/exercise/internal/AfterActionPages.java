package org.entente.exercise.internal;

import org.entente.access.CurrentActor;
import org.entente.web.Csv;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An exercise's after-action report as a page (printable: the print stylesheet leaves out the navigation and the links) and as a CSV
 * download, for those who read its injects.
 */
@Controller
class AfterActionPages {

    private final AfterActionReports reports;
    private final CurrentActor actor;

    AfterActionPages(AfterActionReports reports, CurrentActor actor) {
        this.reports = reports;
        this.actor = actor;
    }

    @GetMapping("/organizations/{organization}/after-action")
    String report(@PathVariable String organization, Model model) {
        AfterActionReports.Report report = reports.of(organization, actor.get());
        model.addAttribute("report", report);
        model.addAttribute("view", AfterActionView.of(report));
        return "after-action";
    }

    @GetMapping("/organizations/{organization}/after-action.csv")
    ResponseEntity<byte[]> csv(@PathVariable String organization) {
        AfterActionReports.Report report = reports.of(organization, actor.get());
        return Csv.download(Csv.filename(report.exercise().code().value(), "after-action"), AfterActionView.csv(report));
    }
}
