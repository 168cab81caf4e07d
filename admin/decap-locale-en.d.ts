// The shape of Decap’s English locale (decap-cms-locales ships no typings), which
// admin/locale-id.ts must match. Written by tests/unit/cms-locale.test.ts: after a Decap
// update, `npx vitest run tests/unit/cms-locale.test.ts -u` rewrites it from the installed locale.
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const en: {
    auth: {
      login: string;
      loggingIn: string;
      loginWithNetlifyIdentity: string;
      loginWithAzure: string;
      loginWithBitbucket: string;
      loginWithGitHub: string;
      loginWithGitLab: string;
      loginWithGitea: string;
      loginWithForgejo: string;
      errors: {
        email: string;
        password: string;
        identitySettings: string;
      };
    };
    app: {
      header: {
        content: string;
        workflow: string;
        media: string;
        quickAdd: string;
      };
      app: {
        errorHeader: string;
        configErrors: string;
        checkConfigYml: string;
        loadingConfig: string;
        waitingBackend: string;
      };
      notFoundPage: {
        header: string;
      };
    };
    collection: {
      sidebar: {
        collections: string;
        allCollections: string;
        searchAll: string;
        searchIn: string;
      };
      collectionTop: {
        sortBy: string;
        viewAs: string;
        viewAsList: string;
        viewAsGrid: string;
        newButton: string;
        newButtonAriaLabel: string;
        ascending: string;
        descending: string;
        searchResults: string;
        searchResultsInCollection: string;
        filterBy: string;
        groupBy: string;
      };
      entries: {
        loadingEntries: string;
        cachingEntries: string;
        longerLoading: string;
        noEntries: string;
        unpublishedHeader: string;
      };
      groups: {
        other: string;
        negateLabel: string;
      };
      defaultFields: {
        author: {
          label: string;
        };
        updatedOn: {
          label: string;
        };
      };
    };
    editor: {
      editorControl: {
        field: {
          optional: string;
          widgetLabel: string;
        };
      };
      editorControlPane: {
        widget: {
          required: string;
          regexPattern: string;
          processing: string;
          range: string;
          min: string;
          max: string;
          rangeCount: string;
          rangeCountExact: string;
          rangeMin: string;
          rangeMax: string;
          invalidPath: string;
          pathExists: string;
        };
        i18n: {
          writingInLocale: string;
          copyFromLocale: string;
          copyFromLocaleConfirm: string;
        };
      };
      editor: {
        onLeavePage: string;
        onUpdatingWithUnsavedChanges: string;
        onPublishingNotReady: string;
        onPublishingWithUnsavedChanges: string;
        onPublishing: string;
        onUnpublishing: string;
        onDeleteWithUnsavedChanges: string;
        onDeletePublishedEntry: string;
        onDeleteUnpublishedChangesWithUnsavedChanges: string;
        onDeleteUnpublishedChanges: string;
        loadingEntry: string;
        confirmLoadBackup: string;
      };
      editorInterface: {
        toggleI18n: string;
        togglePreview: string;
        toggleScrollSync: string;
        toggleNotes: string;
      };
      editorNotesPane: {
        title: string;
        emptyState: string;
        addNote: string;
        addPlaceholder: string;
        editPlaceholder: string;
        save: string;
        cancel: string;
        edit: string;
        delete: string;
        resolve: string;
        unresolve: string;
        confirmDelete: string;
        shortcut: string;
      };
      editorToolbar: {
        publishing: string;
        publish: string;
        published: string;
        unpublish: string;
        duplicate: string;
        unpublishing: string;
        publishAndCreateNew: string;
        publishAndDuplicate: string;
        deleteUnpublishedChanges: string;
        deleteUnpublishedEntry: string;
        deletePublishedEntry: string;
        deleteEntry: string;
        saving: string;
        save: string;
        statusInfoTooltipDraft: string;
        statusInfoTooltipInReview: string;
        deleting: string;
        updating: string;
        status: string;
        backCollection: string;
        unsavedChanges: string;
        changesSaved: string;
        draft: string;
        inReview: string;
        ready: string;
        publishNow: string;
        deployPreviewPendingButtonLabel: string;
        deployPreviewButtonLabel: string;
        deployButtonLabel: string;
      };
      editorWidgets: {
        markdown: {
          bold: string;
          italic: string;
          strikethrough: string;
          code: string;
          link: string;
          linkPrompt: string;
          headings: string;
          quote: string;
          bulletedList: string;
          numberedList: string;
          addComponent: string;
          richText: string;
          markdown: string;
          toggleMode: {
            rich: string;
            markdown: string;
          };
        };
        image: {
          choose: string;
          chooseMultiple: string;
          chooseUrl: string;
          replaceUrl: string;
          promptUrl: string;
          chooseDifferent: string;
          addMore: string;
          remove: string;
          removeAll: string;
        };
        file: {
          choose: string;
          chooseUrl: string;
          chooseMultiple: string;
          replaceUrl: string;
          promptUrl: string;
          chooseDifferent: string;
          addMore: string;
          remove: string;
          removeAll: string;
        };
        unknownControl: {
          noControl: string;
        };
        unknownPreview: {
          noPreview: string;
        };
        headingOptions: {
          headingOne: string;
          headingTwo: string;
          headingThree: string;
          headingFour: string;
          headingFive: string;
          headingSix: string;
        };
        datetime: {
          now: string;
          clear: string;
          setToNow: string;
        };
        list: {
          add: string;
          addType: string;
        };
        object: {
          expand: string;
          collapse: string;
        };
      };
    };
    mediaLibrary: {
      mediaLibraryCard: {
        draft: string;
        copy: string;
        copyUrl: string;
        copyPath: string;
        copyName: string;
        copied: string;
      };
      mediaLibrary: {
        onDelete: string;
        fileTooLarge: string;
      };
      mediaLibraryModal: {
        loading: string;
        close: string;
        noResults: string;
        noAssetsFound: string;
        noImagesFound: string;
        private: string;
        images: string;
        mediaAssets: string;
        search: string;
        uploading: string;
        upload: string;
        download: string;
        deleting: string;
        deleteSelected: string;
        chooseSelected: string;
      };
    };
    ui: {
      default: {
        goBackToSite: string;
      };
      errorBoundary: {
        title: string;
        details: string;
        reportIt: string;
        detailsHeading: string;
        privacyWarning: string;
        recoveredEntry: {
          heading: string;
          warning: string;
          copyButtonLabel: string;
        };
      };
      settingsDropdown: {
        logOut: string;
        account: string;
      };
      toast: {
        onFailToLoadEntries: string;
        onFailToLoadDeployPreview: string;
        onFailToPersist: string;
        onFailToDelete: string;
        onFailToUpdateStatus: string;
        missingRequiredField: string;
        entrySaved: string;
        entryPublished: string;
        entryUnpublished: string;
        onFailToPublishEntry: string;
        onFailToUnpublishEntry: string;
        entryUpdated: string;
        onDeleteUnpublishedChanges: string;
        noteAdded: string;
        onFailToAddNote: string;
        noteUpdated: string;
        onFailToUpdateNote: string;
        noteDeleted: string;
        onFailToDeleteNote: string;
        noteResolved: string;
        noteReopened: string;
        onFailToToggleNote: string;
        onFailToAuth: string;
        onLoggedOut: string;
        onBackendDown: string;
      };
    };
    workflow: {
      workflow: {
        loading: string;
        workflowHeading: string;
        newPost: string;
        description: string;
        dateFormat: string;
      };
      workflowCard: {
        lastChange: string;
        lastChangeNoAuthor: string;
        lastChangeNoDate: string;
        deleteChanges: string;
        deleteNewEntry: string;
        publishChanges: string;
        publishNewEntry: string;
      };
      workflowList: {
        onDeleteEntry: string;
        onPublishingNotReadyEntry: string;
        onPublishEntry: string;
        draftHeader: string;
        inReviewHeader: string;
        readyHeader: string;
        currentEntries: string;
      };
    };
  };
  export default en;
}
