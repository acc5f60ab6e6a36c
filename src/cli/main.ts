console.log('treaty-diff');
